#include "qa/evaluationformwidget.h"

#include "calendar/workcalendar.h"
#include "common/workspace.h"
#include "qa/scorecardeditordialog.h"
#include "qa/scorecardrepository.h"
#include "security/permissions.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QToolButton>
#include <QVBoxLayout>

namespace hotline::ui {
namespace {

const QString kFatalStyle = QStringLiteral("QCheckBox { color: #b00020; font-weight: bold; }");
const QString kErrorStyle = QStringLiteral("color: #b00020;");
const QString kDoneStyle = QStringLiteral("color: #1b7f3b;");

QString points(double v)
{
    return QString::number(v, 'g', 6);
}

QString clockText(qint64 ms)
{
    const qint64 s = ms / 1000;
    return s >= 3600
               ? QStringLiteral("%1:%2:%3")
                     .arg(s / 3600)
                     .arg(s / 60 % 60, 2, 10, QLatin1Char('0'))
                     .arg(s % 60, 2, 10, QLatin1Char('0'))
               : QStringLiteral("%1:%2").arg(s / 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

EvaluationFormWidget::EvaluationFormWidget(Workspace& workspace, QWidget* parent) : QWidget(parent), m_ws(workspace)
{
    setObjectName(QStringLiteral("evaluationFormWidget"));
    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("evaluationHeaderLabel"));
    m_header->setWordWrap(true);
    m_scorecardLabel = new QLabel(this);
    m_scorecardLabel->setObjectName(QStringLiteral("evaluationScorecardLabel"));
    m_scorecardLabel->setStyleSheet(QStringLiteral("color: #666;"));
    m_previous = new QLabel(this);
    m_previous->setObjectName(QStringLiteral("evaluationPreviousLabel"));
    m_previous->setWordWrap(true);
    m_previous->setStyleSheet(QStringLiteral("color: #8a5a00;"));
    m_editScorecard = new QPushButton(tr("Scorecard…"), this);
    m_editScorecard->setObjectName(QStringLiteral("editScorecardButton"));
    m_editScorecard->setToolTip(tr("Edit the scorecard: items, points, scoring standards, pass mark"));
    m_editScorecard->setVisible(security::roleHas(m_ws.currentOperator.role, security::Permission::ManageQa));
    connect(m_editScorecard, &QPushButton::clicked, this, &EvaluationFormWidget::editScorecard);

    m_itemsHost = new QWidget;
    m_itemsLayout = new QVBoxLayout(m_itemsHost);
    m_itemsLayout->setContentsMargins(0, 0, 4, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("evaluationItemsScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setWidget(m_itemsHost);

    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("evaluationTotalLabel"));
    m_verdict = new QLabel(this);
    m_verdict->setObjectName(QStringLiteral("evaluationVerdictLabel"));
    m_comment = new QPlainTextEdit(this);
    m_comment->setObjectName(QStringLiteral("evaluationCommentPlainTextEdit"));
    m_comment->setPlaceholderText(tr("Comment for the agent (required when a fatal item is ticked)"));
    m_comment->setTabChangesFocus(true);
    m_comment->setFixedHeight(m_comment->fontMetrics().lineSpacing() * 3 + 12);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("evaluationMessageLabel"));
    m_message->setWordWrap(true);
    m_submit = new QPushButton(tr("Submit score (Ctrl+Enter)"), this);
    m_submit->setObjectName(QStringLiteral("submitEvaluationButton"));
    connect(m_submit, &QPushButton::clicked, this, &EvaluationFormWidget::submit);
    for (const QKeySequence& k : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto* shortcut = new QShortcut(k, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &EvaluationFormWidget::submit);
    }

    auto* top = new QHBoxLayout;
    top->addWidget(m_scorecardLabel, 1);
    top->addWidget(m_editScorecard);
    auto* totalRow = new QHBoxLayout;
    totalRow->addWidget(m_total);
    totalRow->addWidget(m_verdict, 1);
    totalRow->addWidget(m_submit);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_header);
    layout->addLayout(top);
    layout->addWidget(m_previous);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_comment);
    layout->addLayout(totalRow);
    layout->addWidget(m_message);
    setMinimumWidth(420);
    reloadScorecard();
    setRecording({}, {}, {});
}

void EvaluationFormWidget::reloadScorecard()
{
    auto current = qa::currentScorecard(m_ws.db->connection());
    if (!current) {
        m_scorecard = {};
        m_scorecardLabel->setText(current.error().message);
    } else {
        m_scorecard = current.value();
        m_scorecardLabel->setText(tr("%1 · version %2 · pass mark %3")
                                      .arg(m_scorecard.templateName)
                                      .arg(m_scorecard.version)
                                      .arg(points(m_scorecard.passMark)));
    }
    buildItems();
    updateScore();
    updateEnabled();
}

void EvaluationFormWidget::buildItems()
{
    while (QLayoutItem* child = m_itemsLayout->takeAt(0)) {
        delete child->widget();
        delete child;
    }
    m_rows.clear();
    m_groups.clear();
    for (const qa::ScorecardDimension& dim : m_scorecard.definition.dimensions) {
        auto* group = new QGroupBox(dim.name, m_itemsHost);
        group->setObjectName(dim.key + QStringLiteral("GroupBox"));
        auto* box = new QVBoxLayout(group);
        box->setSpacing(2);
        box->setContentsMargins(6, 4, 6, 6);
        for (const qa::ScorecardItem& item : dim.items) {
            box->addWidget(item.fatal ? buildFatalRow(item, group) : buildItemRow(item, group));
        }
        m_groups.insert(dim.key, group);
        m_itemsLayout->addWidget(group);
    }
    m_itemsLayout->addStretch(1);
    // Rows are made after the rest of the form: chain them explicitly, deduction → reason → marker → next item, and
    // on to the comment and the submit button.
    QWidget* previous = nullptr;
    auto chain = [&previous](QWidget* w) {
        if (previous != nullptr) {
            setTabOrder(previous, w);
        }
        previous = w;
    };
    for (const qa::ScorecardDimension& dim : m_scorecard.definition.dimensions) {
        for (const qa::ScorecardItem& item : dim.items) {
            const ItemRow r = m_rows.value(item.key);
            if (r.fatal != nullptr) {
                chain(r.fatal);
            } else {
                chain(r.deduction);
                chain(r.reason);
                chain(r.marker);
            }
        }
    }
    chain(m_comment);
    chain(m_submit);
}

QWidget* EvaluationFormWidget::buildItemRow(const qa::ScorecardItem& item, QWidget* parent)
{
    auto* row = new QWidget(parent);
    auto* grid = new QGridLayout(row);
    grid->setContentsMargins(0, 2, 0, 2);
    grid->setHorizontalSpacing(4);
    grid->setVerticalSpacing(2);
    auto* toggle = new QToolButton(row);
    toggle->setArrowType(Qt::RightArrow);
    toggle->setAutoRaise(true);
    toggle->setFocusPolicy(Qt::NoFocus);
    toggle->setToolTip(tr("Show the scoring standard"));
    auto* name = new QLabel(tr("%1 (%2)").arg(item.name, points(item.maxPoints)), row);
    name->setToolTip(item.standard);
    auto* standard = new QLabel(item.standard, row);
    standard->setWordWrap(true);
    standard->setStyleSheet(QStringLiteral("color: #555; background: #f6f6f0; padding: 3px;"));
    standard->setVisible(false);
    connect(toggle, &QToolButton::clicked, standard, [toggle, standard] {
        standard->setVisible(!standard->isVisible());
        toggle->setArrowType(standard->isVisible() ? Qt::DownArrow : Qt::RightArrow);
    });

    ItemRow r;
    r.deduction = new QDoubleSpinBox(row);
    r.deduction->setObjectName(item.key + QStringLiteral("DeductionSpinBox"));
    r.deduction->setRange(0, item.maxPoints);
    r.deduction->setSingleStep(0.5);
    r.deduction->setDecimals(1);
    r.deduction->setPrefix(QStringLiteral("−"));
    r.deduction->setSpecialValueText(tr("no deduction"));
    r.deduction->setToolTip(tr("Points deducted (at most %1)").arg(points(item.maxPoints)));
    r.deduction->setAccelerated(true);
    // Deduction and marker share one column width, so the deductions line up whether a row is open or not.
    r.deduction->setFixedWidth(150);
    r.reason = new QLineEdit(row);
    r.reason->setObjectName(item.key + QStringLiteral("ReasonLineEdit"));
    r.reason->setPlaceholderText(tr("Reason for the deduction"));
    r.marker = new QComboBox(row);
    r.marker->setObjectName(item.key + QStringLiteral("MarkerComboBox"));
    r.marker->setToolTip(tr("The marker on the recording this deduction refers to"));
    r.marker->setFixedWidth(150);
    fillMarkers(r.marker);
    connect(r.deduction, &QDoubleSpinBox::valueChanged, this, [this] {
        updateScore();
        updateEnabled();
    });
    grid->addWidget(toggle, 0, 0);
    grid->addWidget(name, 0, 1, 1, 2);
    grid->addWidget(r.deduction, 0, 3);
    grid->addWidget(r.reason, 1, 1, 1, 2);
    grid->addWidget(r.marker, 1, 3);
    grid->addWidget(standard, 2, 1, 1, 3);
    grid->setColumnStretch(1, 1);
    m_rows.insert(item.key, r);
    return row;
}

QWidget* EvaluationFormWidget::buildFatalRow(const qa::ScorecardItem& item, QWidget* parent)
{
    ItemRow r;
    r.fatal = new QCheckBox(tr("Fatal item: %1").arg(item.name), parent);
    r.fatal->setObjectName(item.key + QStringLiteral("FatalCheckBox"));
    r.fatal->setStyleSheet(kFatalStyle);
    r.fatal->setToolTip(item.standard);
    connect(r.fatal, &QCheckBox::toggled, this, &EvaluationFormWidget::updateScore);
    m_rows.insert(item.key, r);
    return r.fatal;
}

void EvaluationFormWidget::fillMarkers(QComboBox* combo) const
{
    const QString keep = combo->currentData().toString();
    combo->clear();
    combo->addItem(tr("No marker"), QString());
    for (const Marker& m : m_markers) {
        combo->addItem(clockText(m.positionMs) + QLatin1Char(' ') + m.comment, m.id);
        combo->setItemData(combo->count() - 1, m.comment, Qt::ToolTipRole);
    }
    combo->setCurrentIndex(std::max(0, combo->findData(keep)));
}

void EvaluationFormWidget::setMarkers(const QList<Marker>& markers)
{
    m_markers = markers;
    for (const ItemRow& r : std::as_const(m_rows)) {
        if (r.marker != nullptr) {
            fillMarkers(r.marker);
        }
    }
}

void EvaluationFormWidget::setRecording(const QString& recordingId, const QString& agentName,
                                        const QString& workOrderTicketNo)
{
    m_recordingId = recordingId;
    m_locked = false;
    m_markers.clear();
    m_comment->clear();
    reloadScorecard(); // a new version saved meanwhile applies from the next recording on
    if (recordingId.isEmpty()) {
        m_header->setText(tr("No recording chosen: open a recording to score it."));
    } else {
        m_header->setText(workOrderTicketNo.isEmpty()
                              ? tr("<b>Agent:</b> %1 · <b>Work order:</b> not linked").arg(agentName.toHtmlEscaped())
                              : tr("<b>Agent:</b> %1 · <b>Work order:</b> %2")
                                    .arg(agentName.toHtmlEscaped(), workOrderTicketNo.toHtmlEscaped()));
    }
    showPrevious();
    showMessage({}, false);
}

void EvaluationFormWidget::showPrevious()
{
    // Scored before (by someone else, or a moment ago): said before anyone scores it twice by mistake.
    QStringList lines;
    if (!m_recordingId.isEmpty()) {
        auto all = qa::evaluationsOfRecording(m_ws.db->connection(), m_recordingId, m_ws.currentOperator);
        for (const qa::Evaluation& e : all.value_or({})) {
            lines << tr("%1 points by %2 on %3")
                         .arg(points(e.total), e.inspectorName,
                              e.scoredAt.toTimeZone(calendar::beijingTime())
                                  .toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        }
    }
    m_previous->setText(
        lines.isEmpty()
            ? QString()
            : tr("Already scored %n time(s): %1", nullptr, static_cast<int>(lines.size())).arg(lines.join(tr("; "))));
    m_previous->setVisible(!lines.isEmpty());
}

qa::EvaluationDraft EvaluationFormWidget::draft() const
{
    qa::EvaluationDraft d;
    d.recordingId = m_recordingId;
    d.templateVersionId = m_scorecard.id;
    for (const qa::ScorecardDimension& dim : m_scorecard.definition.dimensions) {
        for (const qa::ScorecardItem& item : dim.items) {
            const ItemRow r = m_rows.value(item.key);
            if (r.fatal != nullptr && r.fatal->isChecked()) {
                d.fatalItemKeys << item.key;
            }
            if (r.deduction != nullptr && r.deduction->value() > 0) {
                d.deductions.append(
                    {item.key, r.deduction->value(), r.reason->text().trimmed(), r.marker->currentData().toString()});
            }
        }
    }
    d.comment = m_comment->toPlainText().trimmed();
    return d;
}

qa::Score EvaluationFormWidget::score() const
{
    return qa::computeScore(m_scorecard, draft());
}

void EvaluationFormWidget::updateScore()
{
    const qa::Score s = score();
    for (const qa::ScorecardDimension& dim : m_scorecard.definition.dimensions) {
        double max = 0;
        for (const qa::ScorecardItem& item : dim.items) {
            max += item.fatal ? 0 : item.maxPoints;
        }
        if (QGroupBox* g = m_groups.value(dim.key)) {
            g->setTitle(tr("%1   %2 / %3").arg(dim.name, points(s.dimensionPoints.value(dim.key)), points(max)));
        }
    }
    const QString colour = s.passed ? QStringLiteral("#1b7f3b") : QStringLiteral("#b00020");
    m_total->setText(tr("%1 / %2").arg(points(s.total), points(s.maxTotal)));
    m_total->setStyleSheet(QStringLiteral("font-size: 26px; font-weight: bold; color: %1;").arg(colour));
    m_verdict->setStyleSheet(QStringLiteral("font-size: 15px; font-weight: bold; color: %1;").arg(colour));
    m_verdict->setText(s.fatal    ? tr("Fatal item: score 0, failed")
                       : s.passed ? tr("Passed (pass mark %1)").arg(points(m_scorecard.passMark))
                                  : tr("Failed (pass mark %1)").arg(points(m_scorecard.passMark)));
}

void EvaluationFormWidget::updateEnabled()
{
    const bool open = !m_recordingId.isEmpty() && !m_locked && !m_scorecard.id.isEmpty();
    m_itemsHost->setEnabled(open);
    m_comment->setEnabled(open);
    m_submit->setEnabled(open);
    for (const ItemRow& r : std::as_const(m_rows)) {
        if (r.deduction != nullptr) {
            // Reason and marker only when deducting: the form stays short and Tab walks from deduction to deduction.
            const bool deducting = r.deduction->value() > 0;
            r.reason->setEnabled(deducting);
            r.marker->setEnabled(deducting);
            r.reason->setVisible(deducting);
            r.marker->setVisible(deducting);
        }
    }
}

void EvaluationFormWidget::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? kErrorStyle : kDoneStyle);
    m_message->setVisible(!text.isEmpty());
}

void EvaluationFormWidget::focusField(const QString& field)
{
    if (field == QStringLiteral("comment")) {
        m_comment->setFocus(Qt::OtherFocusReason);
        return;
    }
    const ItemRow r = m_rows.value(field);
    QWidget* target = r.fatal != nullptr       ? static_cast<QWidget*>(r.fatal)
                      : r.deduction == nullptr ? nullptr
                      : r.deduction->value() > 0 && r.reason->text().trimmed().isEmpty()
                          ? static_cast<QWidget*>(r.reason)
                          : static_cast<QWidget*>(r.deduction);
    if (target != nullptr) {
        target->setFocus(Qt::OtherFocusReason);
    }
}

bool EvaluationFormWidget::submit()
{
    if (!m_submit->isEnabled()) {
        return false;
    }
    const qa::EvaluationDraft d = draft();
    if (Outcome ok = qa::checkDraft(m_scorecard, d); !ok) {
        showMessage(ok.error().message, true);
        focusField(ok.error().field);
        return false;
    }
    auto r = qa::submitEvaluation(m_ws.db->connection(), d, m_ws.currentOperator, *m_ws.ids, *m_ws.clock);
    if (!r) {
        showMessage(r.error().message, true);
        focusField(r.error().field);
        return false;
    }
    m_locked = true;
    updateEnabled();
    showPrevious();
    showMessage(r->fatal    ? tr("Score submitted: 0 points (fatal item).")
                : r->passed ? tr("Score submitted: %1 points, passed.").arg(points(r->total))
                            : tr("Score submitted: %1 points, failed.").arg(points(r->total)),
                false);
    emit submitted(r->id);
    return true;
}

void EvaluationFormWidget::editScorecard()
{
    auto* dialog = new ScorecardEditorDialog(m_ws, m_scorecard.templateId, this);
    connect(dialog, &ScorecardEditorDialog::saved, this, [this] {
        // What the inspector entered stays; the new version applies from the next recording on.
        if (m_recordingId.isEmpty() || m_locked) {
            reloadScorecard();
        }
        emit scorecardChanged();
    });
    dialog->open();
}

QDoubleSpinBox* EvaluationFormWidget::deductionSpinBox(const QString& itemKey) const
{
    return m_rows.value(itemKey).deduction;
}

QLineEdit* EvaluationFormWidget::reasonEdit(const QString& itemKey) const
{
    return m_rows.value(itemKey).reason;
}

QComboBox* EvaluationFormWidget::markerComboBox(const QString& itemKey) const
{
    return m_rows.value(itemKey).marker;
}

QCheckBox* EvaluationFormWidget::fatalCheckBox(const QString& itemKey) const
{
    return m_rows.value(itemKey).fatal;
}

} // namespace hotline::ui
