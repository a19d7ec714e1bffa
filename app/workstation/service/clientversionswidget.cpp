#include "service/clientversionswidget.h"

#include "calendar/workcalendar.h"
#include "common/workspace.h"
#include "security/permissions.h"
#include "service/clientversiondialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hotline::ui {
namespace {

constexpr int kIndexRole = Qt::UserRole;

void shortcut(QWidget* parent, const QKeySequence& key, const std::function<void()>& run)
{
    auto* s = new QShortcut(key, parent);
    s->setContext(Qt::WidgetWithChildrenShortcut);
    QObject::connect(s, &QShortcut::activated, parent, run);
}

} // namespace

ClientVersionsWidget::ClientVersionsWidget(Workspace& workspace, QWidget* parent) : QWidget(parent), m_ws(workspace)
{
    setObjectName(QStringLiteral("clientVersionsWidget"));
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("clientVersionsTreeWidget"));
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels({tr("Version"), tr("Released"), tr("Bureau's deadline"), tr("Result"), tr("Checked"),
                             tr("Verified by"), tr("Manual revised")});
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setSortingEnabled(true);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(Manual, QHeaderView::Stretch);
    connect(m_list, &QTreeWidget::itemActivated, this, &ClientVersionsWidget::openSelected);
    m_status = new QLabel(this);
    m_add = new QPushButton(tr("&New version (Ins)"), this);
    m_add->setObjectName(QStringLiteral("newClientVersionButton"));
    m_open = new QPushButton(tr("&Open checklist (F2)"), this);
    m_open->setObjectName(QStringLiteral("openClientVersionButton"));
    connect(m_add, &QPushButton::clicked, this, &ClientVersionsWidget::addVersion);
    connect(m_open, &QPushButton::clicked, this, &ClientVersionsWidget::openSelected);
    shortcut(this, QKeySequence(Qt::Key_Insert), [this] { addVersion(); });
    shortcut(this, QKeySequence(Qt::Key_F2), [this] { openSelected(); });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_add);
    buttons->addWidget(m_open);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    reload();
}

void ClientVersionsWidget::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    reload();
}

bool ClientVersionsWidget::manager() const
{
    return security::roleHas(m_ws.currentOperator.role, security::Permission::ManageClientVersions);
}

void ClientVersionsWidget::reload()
{
    auto listed = materials::listClientVersions(m_ws.db->connection());
    m_versions = listed.value_or({});
    m_list->setSortingEnabled(false);
    m_list->clear();
    const QDate today = m_ws.clock->now().toTimeZone(calendar::beijingTime()).date();
    for (qsizetype i = 0; i < m_versions.size(); ++i) {
        const materials::ClientVersion& v = m_versions.at(i);
        int decided = 0;
        for (const materials::ChecklistItem& c : v.checklist) {
            decided += c.passed ? 1 : 0;
        }
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(Version, v.clientVersion);
        item->setText(Released, v.releasedOn.toString(Qt::ISODate));
        item->setText(Deadline, v.deadlineOn.isValid() ? v.deadlineOn.toString(Qt::ISODate) : tr("none"));
        item->setText(Result, materials::displayName(v.result));
        item->setText(Checked, QStringLiteral("%1 / %2").arg(decided).arg(v.checklist.size()));
        item->setText(
            VerifiedBy,
            v.verifiedAt.isValid()
                ? QStringLiteral("%1 %2").arg(
                      v.verifiedByName,
                      v.verifiedAt.toTimeZone(calendar::beijingTime()).toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                : QString());
        item->setText(Manual, v.manualRevised ? tr("Yes: %1").arg(v.manualNote) : tr("No"));
        item->setData(0, kIndexRole, static_cast<int>(i));
        const QColor resultColour = v.result == materials::VerificationResult::Passed   ? QColor(0x1a, 0x7f, 0x37)
                                    : v.result == materials::VerificationResult::Failed ? QColor(0xb0, 0x00, 0x20)
                                                                                        : QColor(0x55, 0x55, 0x55);
        item->setForeground(Result, resultColour);
        if (v.result == materials::VerificationResult::Pending && v.deadlineOn.isValid()) {
            if (v.deadlineOn < today) {
                item->setForeground(Deadline, QColor(0xb0, 0x00, 0x20));
                item->setToolTip(Deadline, tr("The deadline has passed and the version is not verified."));
            } else if (today.daysTo(v.deadlineOn) <= 7) {
                item->setForeground(Deadline, QColor(0x8a, 0x5a, 0x00));
                item->setToolTip(
                    Deadline, tr("%n day(s) left to verify.", nullptr, static_cast<int>(today.daysTo(v.deadlineOn))));
            }
        }
    }
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(Released, Qt::DescendingOrder);
    m_status->setText(listed ? tr("%n version(s)", nullptr, static_cast<int>(m_versions.size()))
                             : listed.error().message);
    m_add->setVisible(manager());
}

void ClientVersionsWidget::addVersion()
{
    if (!manager()) {
        return;
    }
    materials::ClientVersion v;
    v.releasedOn = m_ws.clock->now().toTimeZone(calendar::beijingTime()).date();
    v.checklist = materials::defaultChecklist();
    open(v);
}

void ClientVersionsWidget::openSelected()
{
    QTreeWidgetItem* item = m_list->currentItem();
    if (item == nullptr) {
        return;
    }
    open(m_versions.value(item->data(0, kIndexRole).toInt()));
}

void ClientVersionsWidget::open(const materials::ClientVersion& v)
{
    auto* dialog = new ClientVersionDialog(m_ws, v, !manager(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ClientVersionDialog::saved, this, [this] {
        reload();
        emit dataChanged();
    });
    dialog->open();
}

} // namespace hotline::ui
