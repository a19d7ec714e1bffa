#include "service/complaintswidget.h"

#include "calendar/workcalendar.h"
#include "common/messages.h"
#include "common/workspace.h"
#include "qa/qasortitem.h"
#include "security/permissions.h"
#include "service/complaintdialog.h"
#include "workflow/complaintservice.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hotline::ui {
namespace {

enum Column { Number, Received, Severity, Subject, Status, Owner, Summary, ColumnCount };
constexpr int kIdRole = Qt::UserRole;

QString beijingText(const QDateTime& t)
{
    return t.isValid() ? t.toTimeZone(calendar::beijingTime()).toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

} // namespace

ComplaintsWidget::ComplaintsWidget(Workspace& workspace, QWidget* parent)
    : QWidget(parent), m_ws(workspace),
      m_handler(security::roleHas(workspace.currentOperator.role, security::Permission::HandleComplaints))
{
    setObjectName(QStringLiteral("complaintsWidget"));
    using namespace workflow;

    auto* create = new QPushButton(tr("&New complaint…"), this);
    create->setObjectName(QStringLiteral("newComplaintButton"));
    create->setToolTip(tr("Register a complaint (Ctrl+Shift+C)"));
    connect(create, &QPushButton::clicked, this, &ComplaintsWidget::newComplaint);
    auto* shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), this);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(shortcut, &QShortcut::activated, this, &ComplaintsWidget::newComplaint);

    m_statusFilter = new QComboBox(this);
    m_statusFilter->setObjectName(QStringLiteral("complaintStatusFilterComboBox"));
    m_statusFilter->addItem(tr("All statuses"), QString());
    for (ComplaintStatus s : kAllComplaintStatuses) {
        m_statusFilter->addItem(displayName(s), key(s));
    }
    m_severityFilter = new QComboBox(this);
    m_severityFilter->setObjectName(QStringLiteral("complaintSeverityFilterComboBox"));
    m_severityFilter->addItem(tr("All severities"), QString());
    for (ComplaintSeverity s : kAllComplaintSeverities) {
        m_severityFilter->addItem(displayName(s), key(s));
    }
    m_ownerFilter = new QComboBox(this);
    m_ownerFilter->setObjectName(QStringLiteral("complaintOwnerFilterComboBox"));
    m_ownerFilter->addItem(tr("Any owner"), QStringLiteral("*"));
    m_ownerFilter->addItem(tr("No owner yet"), QString());
    m_owner = new QComboBox(this);
    m_owner->setObjectName(QStringLiteral("complaintOwnerComboBox"));
    m_owner->addItem(tr("(not assigned)"), QString()); // an unowned complaint must not look assigned
    for (const security::Operator& op : security::OperatorRepository(m_ws.db->connection()).all().value_or({})) {
        if (security::roleHas(op.role, security::Permission::HandleComplaints)) {
            m_ownerFilter->addItem(op.name, op.id);
            m_owner->addItem(op.name, op.id);
        }
    }
    m_ownerFilter->setVisible(m_handler);
    for (QComboBox* f : {m_statusFilter, m_severityFilter, m_ownerFilter}) {
        connect(f, &QComboBox::currentIndexChanged, this, &ComplaintsWidget::reload);
    }
    auto* bar = new QHBoxLayout;
    bar->addWidget(create);
    bar->addStretch();
    bar->addWidget(new QLabel(tr("Show:"), this));
    bar->addWidget(m_statusFilter);
    bar->addWidget(m_severityFilter);
    bar->addWidget(m_ownerFilter);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("complaintsTreeWidget"));
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels(
        {tr("Number"), tr("Received"), tr("Severity"), tr("About"), tr("Status"), tr("Owner"), tr("Summary")});
    m_list->setRootIsDecorated(false);
    m_list->setSortingEnabled(true);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &ComplaintsWidget::showSelected);
    connect(m_list->header(), &QHeaderView::sectionClicked, this, [this] { m_sortedByUser = true; });

    // The detail: facts, the recording, the handling steps and the trail.
    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("complaintHeaderLabel"));
    m_header->setStyleSheet(QStringLiteral("font-size: 12pt; font-weight: bold;"));
    // A read-only text, not a label: a wrapped label in the splitter gets no height for its lines.
    m_facts = new QPlainTextEdit(this);
    m_facts->setObjectName(QStringLiteral("complaintFactsPlainTextEdit"));
    m_facts->setReadOnly(true);
    m_facts->setFrameShape(QFrame::NoFrame);
    m_facts->setMaximumHeight(150);
    m_facts->setBackgroundRole(QPalette::Window);
    m_play = new QPushButton(tr("&Play the recording in Quality"), this);
    m_play->setObjectName(QStringLiteral("playComplaintRecordingButton"));
    m_play->setVisible(security::roleHas(m_ws.currentOperator.role, security::Permission::ListenRecordings));
    connect(m_play, &QPushButton::clicked, this, [this] {
        if (!m_recordingId.isEmpty()) {
            emit openRecording(m_recordingId);
        }
    });

    m_handling = new QGroupBox(tr("Handling"), this);
    m_investigation = new QPlainTextEdit(m_handling);
    m_investigation->setObjectName(QStringLiteral("complaintInvestigationPlainTextEdit"));
    m_investigation->setReadOnly(true);
    m_investigation->setMaximumHeight(90);
    m_note = new QLineEdit(m_handling);
    m_note->setObjectName(QStringLiteral("complaintNoteLineEdit"));
    m_note->setPlaceholderText(tr("Investigation note, or the reason to reopen; Enter adds the note"));
    connect(m_note, &QLineEdit::returnPressed, this, &ComplaintsWidget::addNote);
    auto* assignButton = new QPushButton(tr("Assi&gn"), m_handling);
    assignButton->setObjectName(QStringLiteral("assignComplaintButton"));
    connect(assignButton, &QPushButton::clicked, this, &ComplaintsWidget::assign);
    m_result = new QComboBox(m_handling);
    m_result->setObjectName(QStringLiteral("complaintResultComboBox"));
    m_result->addItem(tr("(not decided)"), QString());
    for (ComplaintResult r : kAllComplaintResults) {
        m_result->addItem(displayName(r), key(r));
    }
    auto* resultButton = new QPushButton(tr("Save res&ult"), m_handling);
    resultButton->setObjectName(QStringLiteral("saveComplaintResultButton"));
    connect(resultButton, &QPushButton::clicked, this, &ComplaintsWidget::saveResult);
    m_reply = new QPlainTextEdit(m_handling);
    m_reply->setObjectName(QStringLiteral("complaintReplyPlainTextEdit"));
    m_reply->setPlaceholderText(tr("What the complainant was told"));
    m_reply->setTabChangesFocus(true);
    m_reply->setMaximumHeight(70);
    m_replyButton = new QPushButton(tr("&Reply"), m_handling);
    m_replyButton->setObjectName(QStringLiteral("replyComplaintButton"));
    connect(m_replyButton, &QPushButton::clicked, this, &ComplaintsWidget::reply);
    m_closeButton = new QPushButton(tr("C&lose"), m_handling);
    m_closeButton->setObjectName(QStringLiteral("closeComplaintButton"));
    connect(m_closeButton, &QPushButton::clicked, this, &ComplaintsWidget::closeComplaint);
    m_reopenButton = new QPushButton(tr("Re&open"), m_handling);
    m_reopenButton->setObjectName(QStringLiteral("reopenComplaintButton"));
    m_reopenButton->setToolTip(tr("Reopen the closed complaint, with the reason written in the note field"));
    connect(m_reopenButton, &QPushButton::clicked, this, &ComplaintsWidget::reopen);
    auto* ownerRow = new QHBoxLayout;
    ownerRow->addWidget(m_owner, 1);
    ownerRow->addWidget(assignButton);
    auto* resultRow = new QHBoxLayout;
    resultRow->addWidget(m_result, 1);
    resultRow->addWidget(resultButton);
    auto* replyButtons = new QHBoxLayout;
    replyButtons->addStretch();
    replyButtons->addWidget(m_replyButton);
    replyButtons->addWidget(m_closeButton);
    replyButtons->addWidget(m_reopenButton);
    auto* handlingForm = new QFormLayout(m_handling);
    handlingForm->addRow(tr("Owner:"), ownerRow);
    handlingForm->addRow(tr("Investigation:"), m_investigation);
    handlingForm->addRow(tr("&Note:"), m_note);
    handlingForm->addRow(tr("Result:"), resultRow);
    handlingForm->addRow(tr("Reply:"), m_reply);
    handlingForm->addRow(QString(), replyButtons);
    m_handling->setVisible(m_handler);

    m_trail = new QTreeWidget(this);
    m_trail->setObjectName(QStringLiteral("complaintTrailTreeWidget"));
    m_trail->setHeaderLabels({tr("When"), tr("Step"), tr("By"), tr("Detail")});
    m_trail->setRootIsDecorated(false);
    m_trail->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_trail->header()->setStretchLastSection(true);

    auto* detail = new QWidget(this);
    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_header);
    detailLayout->addWidget(m_facts);
    detailLayout->addWidget(m_play, 0, Qt::AlignLeft);
    detailLayout->addWidget(m_handling);
    detailLayout->addWidget(new QLabel(tr("Trail:"), detail));
    detailLayout->addWidget(m_trail, 1);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_list);
    split->addWidget(detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(split, 1);
    reload();
}

void ComplaintsWidget::reload()
{
    using namespace workflow;
    const QString keep = selectedId();
    ComplaintFilter filter;
    filter.status = complaintStatusFromKey(m_statusFilter->currentData().toString());
    filter.severity = complaintSeverityFromKey(m_severityFilter->currentData().toString());
    const QString owner = m_ownerFilter->currentData().toString();
    if (owner != QLatin1String("*")) {
        filter.ownerId = owner;
    }
    auto rows = ComplaintService(m_ws.db->connection(), *m_ws.clock, *m_ws.ids).list(filter, m_ws.currentOperator);
    m_list->setSortingEnabled(false);
    m_list->clear();
    if (!rows) {
        Messages::show(this, Messages::Kind::Warning, tr("Complaints"), rows.error().message);
        return;
    }
    int order = 0;
    for (const Complaint& c : rows.value()) {
        auto* item = new QaSortItem(m_list);
        item->setData(Number, kIdRole, c.id);
        // Sorted by the register's order (open first, newest first) until a header is clicked.
        item->setSorted(Number, c.number, order++);
        item->setSorted(Received, beijingText(c.receivedAt), double(c.receivedAt.toMSecsSinceEpoch()));
        item->setSorted(Severity, displayName(c.severity), double(int(c.severity)));
        item->setText(Subject, c.subject == ComplaintSubject::Agent
                                   ? displayName(c.subject) + QStringLiteral(" ") + c.subjectAgentName
                                   : displayName(c.subject));
        item->setSorted(Status, displayName(c.status), double(int(c.status)));
        item->setText(Owner, c.ownerName);
        item->setText(Summary, c.summary.simplified().left(80));
        item->setToolTip(Summary, c.summary);
        if (c.severity == ComplaintSeverity::Serious && c.status != ComplaintStatus::Closed) {
            for (int col = 0; col < ColumnCount; ++col) {
                item->setForeground(col, QColor(0xc0, 0x1c, 0x1c));
            }
        }
        if (c.status == ComplaintStatus::Closed) {
            for (int col = 0; col < ColumnCount; ++col) {
                item->setForeground(col, palette().color(QPalette::Disabled, QPalette::Text));
            }
        }
    }
    m_list->setSortingEnabled(true);
    if (!m_sortedByUser) {
        m_list->sortByColumn(Number, Qt::AscendingOrder);
    }
    if (!selectComplaint(keep) && m_list->topLevelItemCount() > 0) {
        m_list->setCurrentItem(m_list->topLevelItem(0));
    }
    showSelected();
}

bool ComplaintsWidget::selectComplaint(const QString& id)
{
    for (int i = 0; i < m_list->topLevelItemCount() && !id.isEmpty(); ++i) {
        if (m_list->topLevelItem(i)->data(Number, kIdRole).toString() == id) {
            m_list->setCurrentItem(m_list->topLevelItem(i));
            return true;
        }
    }
    return false;
}

QString ComplaintsWidget::selectedId() const
{
    const QTreeWidgetItem* item = m_list->currentItem();
    return item != nullptr ? item->data(Number, kIdRole).toString() : QString();
}

void ComplaintsWidget::showSelected()
{
    using namespace workflow;
    m_trail->clear();
    m_recordingId.clear();
    const QString id = selectedId();
    const bool any = !id.isEmpty();
    m_handling->setEnabled(any);
    m_play->setEnabled(false);
    if (!any) {
        m_header->setText(tr("No complaint selected"));
        m_facts->clear();
        m_investigation->clear();
        return;
    }
    auto detail = ComplaintService(m_ws.db->connection(), *m_ws.clock, *m_ws.ids).get(id, m_ws.currentOperator);
    if (!detail) {
        m_header->setText(detail.error().message);
        m_facts->clear();
        return;
    }
    const Complaint& c = detail.value().complaint;
    m_header->setText(QStringLiteral("%1  %2 · %3").arg(c.number, displayName(c.status), displayName(c.severity)));
    QStringList facts;
    facts << tr("Received %1 by %2").arg(beijingText(c.receivedAt), displayName(c.channel));
    facts << tr("Complainant: %1 %2").arg(c.complainantName, c.complainantPhone);
    facts << tr("About: %1")
                 .arg(c.subject == ComplaintSubject::Agent
                          ? displayName(c.subject) + QStringLiteral(" ") + c.subjectAgentName
                          : displayName(c.subject));
    if (!c.ticketNo.isEmpty()) {
        facts << tr("Work order: %1").arg(c.ticketNo);
    }
    facts << tr("Recording: %1").arg(c.recordingId.isEmpty() ? tr("none") : tr("linked"));
    facts << tr("Registered by %1").arg(c.createdByName);
    if (c.result) {
        facts << tr("Result: %1").arg(displayName(*c.result));
    }
    if (c.repliedAt.isValid()) {
        facts << tr("Replied %1: %2").arg(beijingText(c.repliedAt), c.reply);
    }
    facts << QString() << c.summary;
    m_facts->setPlainText(facts.join(QLatin1Char('\n')));
    m_recordingId = c.recordingId;
    m_play->setEnabled(!c.recordingId.isEmpty());
    m_investigation->setPlainText(c.investigation);
    m_owner->setCurrentIndex(std::max(0, m_owner->findData(c.ownerId)));
    m_result->setCurrentIndex(std::max(0, m_result->findData(c.result ? key(*c.result) : QString())));
    // A reply being written stays while the same complaint is refreshed; another complaint shows its own.
    if (id != m_shownId || m_reply->toPlainText().isEmpty() || c.status == ComplaintStatus::Closed) {
        m_reply->setPlainText(c.reply);
    }
    m_shownId = id;
    const bool closed = c.status == ComplaintStatus::Closed;
    m_replyButton->setEnabled(!closed);
    m_closeButton->setEnabled(!closed && c.result.has_value() && c.repliedAt.isValid());
    m_reopenButton->setEnabled(closed);
    for (const ComplaintEvent& e : detail.value().events) {
        auto* row = new QTreeWidgetItem(m_trail);
        row->setText(0, beijingText(e.at));
        row->setText(1, eventKindName(e.kind));
        row->setText(2, e.operatorName);
        const auto result = complaintResultFromKey(e.detail);
        row->setText(3, result ? displayName(*result) : e.detail.simplified());
        row->setToolTip(3, e.detail);
    }
}

template <typename R> void ComplaintsWidget::afterStep(const R& result)
{
    if (!result) {
        Messages::show(this, Messages::Kind::Warning, tr("Complaints"), result.error().message);
        return;
    }
    m_note->clear();
    reload();
    emit dataChanged();
}

void ComplaintsWidget::newComplaint()
{
    auto* dialog = new ComplaintDialog(m_ws, {}, {}, this);
    connect(dialog, &ComplaintDialog::registered, this, [this](const QString& id) {
        reload();
        selectComplaint(id);
        emit dataChanged();
    });
    dialog->open();
}

void ComplaintsWidget::assign()
{
    afterStep(workflow::ComplaintService(m_ws.db->connection(), *m_ws.clock, *m_ws.ids)
                  .assign(selectedId(), m_owner->currentData().toString(), m_ws.currentOperator));
}

void ComplaintsWidget::addNote()
{
    afterStep(workflow::ComplaintService(m_ws.db->connection(), *m_ws.clock, *m_ws.ids)
                  .addInvestigationNote(selectedId(), m_note->text(), m_ws.currentOperator));
}

void ComplaintsWidget::saveResult()
{
    const auto result = workflow::complaintResultFromKey(m_result->currentData().toString());
    if (!result) {
        Messages::show(this, Messages::Kind::Warning, tr("Complaints"),
                       tr("Choose upheld, partly upheld or not upheld."));
        return;
    }
    afterStep(workflow::ComplaintService(m_ws.db->connection(), *m_ws.clock, *m_ws.ids)
                  .setResult(selectedId(), *result, m_ws.currentOperator));
}

void ComplaintsWidget::reply()
{
    afterStep(workflow::ComplaintService(m_ws.db->connection(), *m_ws.clock, *m_ws.ids)
                  .reply(selectedId(), m_reply->toPlainText(), m_ws.clock->now(), m_ws.currentOperator));
}

void ComplaintsWidget::closeComplaint()
{
    afterStep(workflow::ComplaintService(m_ws.db->connection(), *m_ws.clock, *m_ws.ids)
                  .close(selectedId(), m_ws.currentOperator));
}

void ComplaintsWidget::reopen()
{
    afterStep(workflow::ComplaintService(m_ws.db->connection(), *m_ws.clock, *m_ws.ids)
                  .reopen(selectedId(), m_note->text(), m_ws.currentOperator));
}

} // namespace hotline::ui
