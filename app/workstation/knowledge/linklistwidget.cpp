#include "knowledge/linklistwidget.h"

#include "calendar/workcalendar.h"
#include "common/messages.h"
#include "common/workspace.h"
#include "knowledge/linkdialog.h"
#include "security/permissions.h"

#include <QDesktopServices>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace hotline::ui {
namespace {

constexpr int kIndexRole = Qt::UserRole;

LinkListWidget::UrlOpener& opener()
{
    static LinkListWidget::UrlOpener o;
    return o;
}

LinkListWidget::Confirm& confirmer()
{
    static LinkListWidget::Confirm c;
    return c;
}

void shortcut(QWidget* parent, const QKeySequence& key, const std::function<void()>& run)
{
    auto* s = new QShortcut(key, parent);
    s->setContext(Qt::WidgetWithChildrenShortcut);
    QObject::connect(s, &QShortcut::activated, parent, run);
}

} // namespace

void LinkListWidget::setUrlOpener(UrlOpener o)
{
    opener() = std::move(o);
}

void LinkListWidget::setConfirm(Confirm c)
{
    confirmer() = std::move(c);
}

LinkListWidget::LinkListWidget(Workspace& workspace, knowledge::LinkKind kind, QWidget* parent)
    : QWidget(parent), m_ws(workspace), m_kind(kind)
{
    setObjectName(kind == knowledge::LinkKind::Course ? QStringLiteral("courseLinkListWidget")
                                                      : QStringLiteral("newsLinkListWidget"));
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("linksTreeWidget"));
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels({tr("Title"), tr("Date"), tr("Starts")});
    m_list->setColumnHidden(Starts, kind != knowledge::LinkKind::Course);
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setWordWrap(true);
    m_list->setSortingEnabled(true);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(Title, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(Date, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(Starts, QHeaderView::ResizeToContents);
    connect(m_list, &QTreeWidget::itemActivated, this, &LinkListWidget::openSelected); // double-click and Enter
    connect(m_list, &QTreeWidget::currentItemChanged, this, &LinkListWidget::updateButtons);

    m_open = new QPushButton(tr("&Open in browser"), this);
    m_open->setObjectName(QStringLiteral("openLinkButton"));
    m_add = new QPushButton(tr("&Add (Ins)"), this);
    m_add->setObjectName(QStringLiteral("addLinkButton"));
    m_edit = new QPushButton(tr("&Edit (F2)"), this);
    m_edit->setObjectName(QStringLiteral("editLinkButton"));
    m_remove = new QPushButton(tr("&Remove (Del)"), this);
    m_remove->setObjectName(QStringLiteral("removeLinkButton"));
    connect(m_open, &QPushButton::clicked, this, &LinkListWidget::openSelected);
    connect(m_add, &QPushButton::clicked, this, &LinkListWidget::addLink);
    connect(m_edit, &QPushButton::clicked, this, &LinkListWidget::editSelected);
    connect(m_remove, &QPushButton::clicked, this, &LinkListWidget::removeSelected);
    shortcut(this, QKeySequence(Qt::Key_Insert), [this] { addLink(); });
    shortcut(this, QKeySequence(Qt::Key_F2), [this] { editSelected(); });
    shortcut(this, QKeySequence(QKeySequence::Delete), [this] { removeSelected(); });
    m_status = new QLabel(this);
    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("linkDetailLabel"));
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::RichText);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setMinimumHeight(fontMetrics().lineSpacing() * 4 + 16); // title, two lines of summary, the address
    m_detail->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_detail->setStyleSheet(QStringLiteral("QLabel { background: #f6f8fa; border: 1px solid #d8dee4; padding: 6px; }"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_open);
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_detail);
    layout->addLayout(buttons);
}

void LinkListWidget::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    reload();
}

void LinkListWidget::reload()
{
    auto links = knowledge::listLinks(m_ws.db->connection(), m_kind);
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    m_links = links.value_or({});
    if (!links) {
        m_status->setText(links.error().message);
    }
    m_list->setSortingEnabled(false);
    for (qsizetype i = 0; i < m_links.size(); ++i) {
        const knowledge::KbLink& l = m_links.at(i);
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(Title, l.title);
        item->setText(Date, l.publishedOn.toString(Qt::ISODate));
        if (l.startsAt.isValid() && l.startsAt >= m_ws.clock->now()) { // an upcoming topic course
            item->setText(Starts,
                          l.startsAt.toTimeZone(calendar::beijingTime()).toString(QStringLiteral("yyyy-MM-dd HH:mm")));
            item->setForeground(Starts, QColor(0x1f, 0x6f, 0xb2));
        }
        item->setToolTip(Title, l.summary.isEmpty() ? l.url : l.summary + QLatin1Char('\n') + l.url);
        item->setData(0, kIndexRole, static_cast<int>(i));
    }
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(Date, Qt::DescendingOrder);
    if (links) {
        m_status->setText(tr("%n link(s)", nullptr, static_cast<int>(m_links.size())));
    }
    updateButtons();
}

std::optional<knowledge::KbLink> LinkListWidget::selected() const
{
    QTreeWidgetItem* item = m_list->currentItem();
    if (item == nullptr) {
        return std::nullopt;
    }
    return m_links.value(item->data(0, kIndexRole).toInt());
}

bool LinkListWidget::curator() const
{
    return security::roleHas(m_ws.currentOperator.role, security::Permission::ManageKnowledge);
}

void LinkListWidget::updateButtons()
{
    const bool curator = this->curator();
    const bool any = m_list->currentItem() != nullptr;
    m_open->setEnabled(any);
    for (QPushButton* b : {m_add, m_edit, m_remove}) {
        b->setVisible(curator);
    }
    m_edit->setEnabled(any);
    m_remove->setEnabled(any);
    const auto link = selected();
    m_detail->setText(
        !link ? tr("Select an item to see its summary; Enter opens it in the browser.")
              : QStringLiteral("<b>%1</b><br>%2<br><span style='color:#1f6fb2'>%3</span>")
                    .arg(link->title.toHtmlEscaped(), link->summary.toHtmlEscaped(), link->url.toHtmlEscaped()));
}

void LinkListWidget::openSelected()
{
    const auto link = selected();
    if (!link) {
        return;
    }
    const QUrl url(link->url);
    const bool opened = opener() ? opener()(url) : QDesktopServices::openUrl(url);
    if (!opened) {
        Messages::show(this, Messages::Kind::Warning, tr("Open link"),
                       tr("The browser could not be started for %1.").arg(link->url));
    }
}

void LinkListWidget::addLink()
{
    if (!curator()) {
        return;
    }
    knowledge::KbLink l;
    l.kind = m_kind;
    edit(l);
}

void LinkListWidget::editSelected()
{
    if (const auto link = selected(); link && curator()) {
        edit(*link);
    }
}

void LinkListWidget::edit(const knowledge::KbLink& link)
{
    auto* dialog = new LinkDialog(m_ws, link, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &LinkListWidget::reload);
    dialog->open();
}

void LinkListWidget::removeSelected()
{
    const auto link = selected();
    if (!link || !curator()) {
        return;
    }
    const QString question = tr("Remove \"%1\"?").arg(link->title);
    const bool yes = confirmer() ? confirmer()(this, question)
                                 : QMessageBox::question(this, tr("Remove link"), question) == QMessageBox::Yes;
    if (!yes) {
        return;
    }
    Outcome done = knowledge::removeLink(*m_ws.db, link->id, m_ws.currentOperator, *m_ws.clock);
    if (!done) {
        Messages::show(this, Messages::Kind::Warning, tr("Remove link"), done.error().message);
    }
    reload();
}

} // namespace hotline::ui
