#pragma once
// A tree row that sorts a column by the number or time kept in its Qt::UserRole + 1 (when set) instead of its text,
// so 已评/计划, totals and rates sort as numbers in the sampling and feedback tabs.

#include <QTreeWidgetItem>

namespace hotline::ui {

inline constexpr int kQaSortRole = Qt::UserRole + 1;

class QaSortItem final : public QTreeWidgetItem {
public:
    using QTreeWidgetItem::QTreeWidgetItem;

    bool operator<(const QTreeWidgetItem& other) const override
    {
        const int column = treeWidget() != nullptr ? treeWidget()->sortColumn() : 0;
        const QVariant a = data(column, kQaSortRole);
        const QVariant b = other.data(column, kQaSortRole);
        if (a.isValid() && b.isValid()) {
            return a.toDouble() < b.toDouble();
        }
        return QTreeWidgetItem::operator<(other);
    }

    // Text shown, number sorted by.
    void setSorted(int column, const QString& text, double key)
    {
        setText(column, text);
        setData(column, kQaSortRole, key);
    }
};

} // namespace hotline::ui
