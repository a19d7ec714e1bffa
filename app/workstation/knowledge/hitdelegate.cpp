#include "knowledge/hitdelegate.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QRegularExpression>
#include <QTextDocument>

namespace hotline::ui {
namespace {

constexpr int kMargin = 4;

void prepare(QTextDocument& doc, const QStyleOptionViewItem& option, const QString& html, int width)
{
    doc.setDefaultFont(option.font);
    doc.setDocumentMargin(kMargin);
    doc.setHtml(html);
    doc.setTextWidth(std::max(width, 80));
}

} // namespace

QString HitDelegate::snippetHtml(const QString& snippet)
{
    QString out = snippet.toHtmlEscaped();
    out.replace(QStringLiteral("〖"), QStringLiteral("<b>")).replace(QStringLiteral("〗"), QStringLiteral("</b>"));
    return out;
}

void HitDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QString html = index.data(HtmlRole).toString();
    if (html.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    QStyle* style = opt.widget != nullptr ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget); // background, selection, focus
    const bool selected = (opt.state & QStyle::State_Selected) != 0;
    QTextDocument doc;
    // On the selection colour, grey and coloured labels would be hard to read: the highlighted text colour instead.
    static const QRegularExpression colours(QStringLiteral(" style='color:#[0-9a-fA-F]+'"));
    prepare(doc, opt, selected ? QString(html).remove(colours) : html, opt.rect.width());
    QAbstractTextDocumentLayout::PaintContext ctx;
    ctx.palette = opt.palette;
    const QVariant foreground = index.data(Qt::ForegroundRole);
    ctx.palette.setColor(QPalette::Text, selected               ? opt.palette.color(QPalette::HighlightedText)
                                         : foreground.isValid() ? foreground.value<QBrush>().color()
                                                                : opt.palette.color(QPalette::Text));
    painter->save();
    painter->translate(opt.rect.topLeft());
    painter->setClipRect(opt.rect.translated(-opt.rect.topLeft()));
    doc.documentLayout()->draw(painter, ctx);
    painter->restore();
}

QSize HitDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QString html = index.data(HtmlRole).toString();
    if (html.isEmpty()) {
        return QStyledItemDelegate::sizeHint(option, index);
    }
    QTextDocument doc;
    const int width = option.widget != nullptr ? option.widget->width() - 24 : option.rect.width();
    prepare(doc, option, html, width);
    return {static_cast<int>(doc.idealWidth()), static_cast<int>(doc.size().height())};
}

} // namespace hotline::ui
