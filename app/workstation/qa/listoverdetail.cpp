#include "qa/listoverdetail.h"

#include <QSplitter>
#include <QVBoxLayout>

namespace hotline::ui {

void layOutListOverDetail(QWidget* owner, QWidget* list, QWidget* detail, QLayout* buttons)
{
    auto* split = new QSplitter(Qt::Vertical, owner);
    split->addWidget(list);
    split->addWidget(detail);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    auto* layout = new QVBoxLayout(owner);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split, 1);
    layout->addLayout(buttons);
}

} // namespace hotline::ui
