#include "service/myreturnvisitswidget.h"

#include "calendar/workcalendar.h"
#include "common/messages.h"
#include "common/workspace.h"
#include "qa/qasortitem.h"
#include "satisfaction/returnvisits.h"
#include "workflow/returnvisitplan.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QShortcut>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hotline::ui {
namespace {

enum Column { Ticket, Contact, Resolved, Plan, State };
constexpr int kItemRole = Qt::UserRole;
constexpr int kWorkOrderRole = Qt::UserRole + 1;
constexpr int kUnreached = 4; // the verdict button id of 未联系上

} // namespace

MyReturnVisitsWidget::MyReturnVisitsWidget(Workspace& workspace, QWidget* parent) : QWidget(parent), m_ws(workspace)
{
    setObjectName(QStringLiteral("myReturnVisitsWidget"));
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("myReturnVisitsTreeWidget"));
    m_list->setHeaderLabels({tr("Work order"), tr("Contact"), tr("Resolved"), tr("Plan"), tr("Visit")});
    m_list->setRootIsDecorated(false);
    m_list->setSortingEnabled(true);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &MyReturnVisitsWidget::showSelected);
    connect(m_list->header(), &QHeaderView::sectionClicked, this, [this] { m_sortedByUser = true; });

    m_workOrder = new QTextBrowser(this);
    m_workOrder->setObjectName(QStringLiteral("visitWorkOrderTextBrowser"));
    m_form = new QGroupBox(tr("Questionnaire"), this);
    m_contact = new QLabel(m_form);
    m_contact->setObjectName(QStringLiteral("visitContactLabel"));
    m_contact->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reveal = new QPushButton(tr("Show &number"), m_form);
    m_reveal->setObjectName(QStringLiteral("revealVisitNumberButton"));
    m_reveal->setToolTip(tr("Shows the full number to call (recorded in the audit log)"));
    connect(m_reveal, &QPushButton::clicked, this, &MyReturnVisitsWidget::revealNumber);
    auto* contactRow = new QHBoxLayout;
    contactRow->addWidget(m_contact, 1);
    contactRow->addWidget(m_reveal);

    m_verdict = new QButtonGroup(this);
    auto* verdictRow = new QHBoxLayout;
    using satisfaction::Rating;
    const QStringList verdicts{
        satisfaction::displayName(Rating::Satisfied), satisfaction::displayName(Rating::BasicallySatisfied),
        satisfaction::displayName(Rating::Dissatisfied), satisfaction::verdictText(std::nullopt)};
    for (int i = 0; i < verdicts.size(); ++i) {
        auto* b = new QRadioButton(QStringLiteral("%1 %2").arg(i + 1).arg(verdicts.at(i)), m_form);
        b->setObjectName(QStringLiteral("verdict%1RadioButton").arg(i + 1));
        m_verdict->addButton(b, i + 1);
        verdictRow->addWidget(b);
        // Keys 1–4 choose the verdict (a text field keeps its digits: it overrides the shortcut while it has focus).
        auto* key = new QShortcut(QKeySequence(Qt::Key_1 + i), this);
        key->setContext(Qt::WidgetWithChildrenShortcut);
        connect(key, &QShortcut::activated, this, [this, i] { chooseVerdict(i + 1); });
    }
    verdictRow->addStretch();
    m_resolved = new QButtonGroup(this);
    auto* yes = new QRadioButton(tr("&Yes"), m_form);
    yes->setObjectName(QStringLiteral("resolvedYesRadioButton"));
    auto* no = new QRadioButton(tr("N&o"), m_form);
    no->setObjectName(QStringLiteral("resolvedNoRadioButton"));
    m_resolved->addButton(yes, 1);
    m_resolved->addButton(no, 0);
    auto* resolvedRow = new QHBoxLayout;
    resolvedRow->addWidget(yes);
    resolvedRow->addWidget(no);
    resolvedRow->addStretch();
    connect(m_verdict, &QButtonGroup::idClicked, this, [this, yes, no](int id) {
        yes->setEnabled(id != kUnreached);
        no->setEnabled(id != kUnreached);
    });
    m_method = new QComboBox(m_form);
    m_method->setObjectName(QStringLiteral("visitMethodComboBox"));
    for (satisfaction::VisitMethod m : satisfaction::kAllVisitMethods) {
        m_method->addItem(satisfaction::displayName(m), satisfaction::key(m));
    }
    m_comment = new QPlainTextEdit(m_form);
    m_comment->setObjectName(QStringLiteral("visitCommentPlainTextEdit"));
    m_comment->setPlaceholderText(
        tr("The taxpayer's comments (at most %1 characters)").arg(satisfaction::kMaxVisitNoteLength));
    m_comment->setTabChangesFocus(true);
    m_comment->setMaximumHeight(90);
    m_save = new QPushButton(tr("&Save visit"), m_form);
    m_save->setObjectName(QStringLiteral("saveVisitButton"));
    m_save->setToolTip(tr("Save the questionnaire (Ctrl+Enter)"));
    connect(m_save, &QPushButton::clicked, this, &MyReturnVisitsWidget::save);
    for (const QKeySequence& keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto* s = new QShortcut(keys, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, &MyReturnVisitsWidget::save);
    }
    auto* form = new QFormLayout(m_form);
    form->addRow(tr("Call:"), contactRow);
    form->addRow(tr("Satisfaction:"), verdictRow);
    form->addRow(tr("Problem resolved:"), resolvedRow);
    form->addRow(tr("Reached by:"), m_method);
    form->addRow(tr("Comments:"), m_comment);
    auto* saveRow = new QHBoxLayout;
    saveRow->addStretch();
    saveRow->addWidget(m_save);
    form->addRow(QString(), saveRow);

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_workOrder, 1);
    rightLayout->addWidget(m_form, 0);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_list);
    split->addWidget(right);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("My return visits"), this));
    layout->addWidget(split, 1);
    reload();
}

void MyReturnVisitsWidget::reload()
{
    const QString keep =
        m_list->currentItem() != nullptr ? m_list->currentItem()->data(Ticket, kItemRole).toString() : QString();
    auto items =
        workflow::ReturnVisitPlanService(m_ws.db->connection(), *m_ws.clock, *m_ws.ids).myVisits(m_ws.currentOperator);
    m_list->setSortingEnabled(false);
    m_list->clear();
    if (!items) {
        Messages::show(this, Messages::Kind::Warning, tr("My return visits"), items.error().message);
        return;
    }
    QTreeWidgetItem* firstToDo = nullptr;
    for (const workflow::PlanItem& it : items.value()) {
        auto* row = new QaSortItem(m_list);
        row->setData(Ticket, kItemRole, it.id);
        row->setData(Ticket, kWorkOrderRole, it.workOrderId);
        row->setData(Contact, kItemRole, QStringList{it.question, it.answer, it.contactName, it.contactNumber});
        row->setText(Ticket, it.ticketNo);
        row->setText(Contact, QStringLiteral("%1 %2").arg(it.contactName, it.contactNumber).trimmed());
        row->setText(Resolved,
                     it.resolvedAt.toTimeZone(calendar::beijingTime()).toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        row->setText(Plan, it.planTitle);
        // Sorted by this column at first: the visits to make, oldest resolved first, then the ones made.
        row->setSorted(State,
                       !it.done()       ? tr("To do")
                       : it.lastVerdict ? satisfaction::displayName(*it.lastVerdict)
                                        : tr("Not reached"),
                       double(it.resolvedAt.toMSecsSinceEpoch()) + (it.done() ? 1e15 : 0.0));
        if (!it.done()) {
            QFont bold = row->font(State);
            bold.setBold(true);
            row->setFont(State, bold);
            firstToDo = firstToDo == nullptr ? row : firstToDo;
        }
        if (it.id == keep) {
            m_list->setCurrentItem(row);
        }
    }
    m_list->setSortingEnabled(true);
    if (!m_sortedByUser) {
        m_list->sortByColumn(State, Qt::AscendingOrder);
    }
    if (m_list->currentItem() == nullptr) {
        m_list->setCurrentItem(firstToDo != nullptr ? firstToDo : m_list->topLevelItem(0));
    }
    showSelected();
}

void MyReturnVisitsWidget::showSelected()
{
    const QTreeWidgetItem* row = m_list->currentItem();
    m_form->setEnabled(row != nullptr);
    if (row == nullptr) {
        m_workOrder->setHtml(tr("<p>No return visits have been dealt to you.</p>"));
        m_contact->clear();
        return;
    }
    const QStringList facts = row->data(Contact, kItemRole).toStringList();
    m_workOrder->setHtml(QStringLiteral("<h3>%1</h3><p><b>%2</b><br>%3</p><p><b>%4</b><br>%5</p>")
                             .arg(row->text(Ticket).toHtmlEscaped(), tr("Question").toHtmlEscaped(),
                                  facts.value(0).toHtmlEscaped(), tr("Answer").toHtmlEscaped(),
                                  facts.value(1).toHtmlEscaped()));
    m_contact->setText(QStringLiteral("%1 %2").arg(facts.value(2), facts.value(3)).trimmed());
    m_reveal->setEnabled(!facts.value(3).isEmpty());
}

void MyReturnVisitsWidget::revealNumber()
{
    const QTreeWidgetItem* row = m_list->currentItem();
    if (row == nullptr) {
        return;
    }
    auto number = workflow::ReturnVisitPlanService(m_ws.db->connection(), *m_ws.clock, *m_ws.ids)
                      .revealContact(row->data(Ticket, kItemRole).toString(), m_ws.currentOperator);
    if (!number) {
        Messages::show(this, Messages::Kind::Warning, tr("My return visits"), number.error().message);
        return;
    }
    m_contact->setText(
        QStringLiteral("%1 %2").arg(row->data(Contact, kItemRole).toStringList().value(2), number.value()));
}

void MyReturnVisitsWidget::chooseVerdict(int key)
{
    if (QAbstractButton* b = m_verdict->button(key); b != nullptr && m_form->isEnabled()) {
        b->click();
    }
}

void MyReturnVisitsWidget::save()
{
    const QTreeWidgetItem* row = m_list->currentItem();
    if (row == nullptr) {
        return;
    }
    const int verdict = m_verdict->checkedId();
    if (verdict < 1) {
        Messages::show(this, Messages::Kind::Warning, tr("My return visits"),
                       tr("Choose the taxpayer's satisfaction (keys 1 to 4)."));
        return;
    }
    using satisfaction::Rating;
    satisfaction::ReturnVisitDraft d;
    d.workOrderId = row->data(Ticket, kWorkOrderRole).toString();
    d.visitedAt = m_ws.clock->now();
    d.method =
        satisfaction::visitMethodFromKey(m_method->currentData().toString()).value_or(satisfaction::VisitMethod::Phone);
    const Rating ratings[] = {Rating::Satisfied, Rating::BasicallySatisfied, Rating::Dissatisfied};
    if (verdict != kUnreached) {
        d.verdict = ratings[verdict - 1];
        if (m_resolved->checkedId() < 0) {
            Messages::show(this, Messages::Kind::Warning, tr("My return visits"),
                           tr("Ask whether the problem was resolved: yes or no."));
            return;
        }
        d.resolved = m_resolved->checkedId() == 1;
    }
    d.note = m_comment->toPlainText();
    d.planItemId = row->data(Ticket, kItemRole).toString();
    auto saved =
        satisfaction::ReturnVisitService(m_ws.db->connection(), *m_ws.clock, *m_ws.ids).record(d, m_ws.currentOperator);
    if (!saved) {
        Messages::show(this, Messages::Kind::Warning, tr("My return visits"), saved.error().message);
        return;
    }
    for (QButtonGroup* g : {m_verdict, m_resolved}) {
        g->setExclusive(false);
        for (QAbstractButton* b : g->buttons()) {
            b->setChecked(false);
            b->setEnabled(true);
        }
        g->setExclusive(true);
    }
    m_comment->clear();
    m_list->setCurrentItem(nullptr);
    reload(); // the next one to do is selected
    emit dataChanged();
}

} // namespace hotline::ui
