#pragma once
// QChartView::setChart gives up the previous chart without deleting it (Qt Charts' documentation: "to avoid memory
// leaks users need to make sure the previous chart is deleted"): every chart shown anew goes through here.

#include <QChart>
#include <QChartView>

namespace hotline::ui {

inline void replaceChart(QChartView* view, QChart* chart)
{
    QChart* previous = view->chart();
    view->setChart(chart);
    if (previous != chart) {
        delete previous;
    }
}

} // namespace hotline::ui
