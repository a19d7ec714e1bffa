#pragma once
// Draws a knowledge-base search result as rich text: the title in bold, then the category and the snippet with the
// matched words in bold (the snippet's 〖〗 markers become <b>). The item's HtmlRole holds the HTML; the display
// text stays plain for accessibility and tests.

#include <QStyledItemDelegate>

namespace hotline::ui {

class HitDelegate final : public QStyledItemDelegate {
    Q_OBJECT
public:
    static constexpr int HtmlRole = Qt::UserRole + 1;

    using QStyledItemDelegate::QStyledItemDelegate;

    // A snippet as HTML: escaped, with its 〖〗 runs in bold.
    static QString snippetHtml(const QString& snippet);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace hotline::ui
