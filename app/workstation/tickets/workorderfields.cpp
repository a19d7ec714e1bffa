#include "tickets/workorderfields.h"

#include "calendar/workcalendar.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpressionValidator>
#include <QStandardItemModel>

namespace hotline::ui {
namespace {

QPlainTextEdit* textEdit(const QString& objectName, int lines, QWidget* parent)
{
    auto* e = new QPlainTextEdit(parent);
    e->setObjectName(objectName);
    e->setTabChangesFocus(true); // Tab moves on: the form is used by keyboard alone
    e->setMinimumHeight(e->fontMetrics().lineSpacing() * lines + 12);
    return e;
}

QLineEdit* lineEdit(const QString& objectName, const QString& hint, QWidget* parent)
{
    auto* e = new QLineEdit(parent);
    e->setObjectName(objectName);
    e->setPlaceholderText(hint);
    e->setClearButtonEnabled(true);
    return e;
}

} // namespace

WorkOrderFields::WorkOrderFields(const tickets::DeadlinePolicy& deadlines, QWidget* parent)
    : QWidget(parent), m_deadlines(deadlines)
{
    m_callerNumber = lineEdit(QStringLiteral("callerNumberLineEdit"), tr("e.g. 0771 5551234 or 139 0771 1234"), this);
    m_unitName = lineEdit(QStringLiteral("unitNameLineEdit"), tr("Name of the withholding unit"), this);
    m_taxpayerId = lineEdit(QStringLiteral("taxpayerIdLineEdit"), tr("18-character credit code or ID number"), this);
    m_taxpayerId->setMaxLength(24);
    m_contactName = lineEdit(QStringLiteral("contactNameLineEdit"), {}, this);
    m_contactNumber = lineEdit(QStringLiteral("contactNumberLineEdit"), tr("Number to call back"), this);
    const QRegularExpression phoneChars(QStringLiteral("[0-9+()\\- .转extEXT]*"));
    m_callerNumber->setValidator(new QRegularExpressionValidator(phoneChars, this));
    m_contactNumber->setValidator(new QRegularExpressionValidator(phoneChars, this));

    m_channel = new QComboBox(this);
    m_channel->setObjectName(QStringLiteral("channelComboBox"));
    for (tickets::Channel c : tickets::kAllChannels) {
        m_channel->addItem(tickets::displayName(c), static_cast<int>(c));
    }
    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("categoryComboBox"));
    m_category->setMinimumContentsLength(16);
    m_difficulty = new QComboBox(this);
    m_difficulty->setObjectName(QStringLiteral("difficultyComboBox"));
    m_difficulty->addItem(tickets::displayName(tickets::Difficulty::Normal),
                          static_cast<int>(tickets::Difficulty::Normal));
    m_difficulty->addItem(tickets::displayName(tickets::Difficulty::Hard), static_cast<int>(tickets::Difficulty::Hard));
    m_deadline = new QLabel(this);
    m_deadline->setObjectName(QStringLiteral("deadlineLabel"));
    m_question = textEdit(QStringLiteral("questionPlainTextEdit"), 4, this);
    m_question->setPlaceholderText(tr("What the caller asked"));
    m_answer = textEdit(QStringLiteral("answerPlainTextEdit"), 4, this);
    m_answer->setPlaceholderText(tr("The answer given, or what is still to be done"));
    m_callId = new QLineEdit(this);
    m_callId->setObjectName(QStringLiteral("callIdLineEdit"));
    m_callId->setReadOnly(true);
    m_callId->setFocusPolicy(Qt::ClickFocus);
    m_callIdLabel = new QLabel(tr("Call id"), this);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    m_error->hide();

    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    auto addRow = [grid, this](int row, int col, const QString& label, QWidget* w, int span = 1) {
        auto* l = new QLabel(label, this);
        l->setBuddy(w);
        grid->addWidget(l, row, col * 2, Qt::AlignRight | Qt::AlignVCenter);
        grid->addWidget(w, row, col * 2 + 1, 1, span);
    };
    addRow(0, 0, tr("&Caller number"), m_callerNumber);
    addRow(0, 1, tr("Channe&l"), m_channel);
    addRow(1, 0, tr("&Withholding unit"), m_unitName);
    addRow(1, 1, tr("&Taxpayer ID"), m_taxpayerId);
    addRow(2, 0, tr("Contact &name"), m_contactName);
    addRow(2, 1, tr("Contact n&umber"), m_contactNumber);
    addRow(3, 0, tr("Cate&gory"), m_category);
    auto* difficultyRow = new QWidget(this);
    auto* dl = new QHBoxLayout(difficultyRow);
    dl->setContentsMargins(0, 0, 0, 0);
    dl->addWidget(m_difficulty);
    dl->addWidget(m_deadline, 1);
    addRow(3, 1, tr("&Difficulty"), difficultyRow);
    addRow(4, 0, tr("&Question"), m_question, 3);
    addRow(5, 0, tr("&Answer"), m_answer, 3);
    grid->addWidget(m_callIdLabel, 6, 0, Qt::AlignRight | Qt::AlignVCenter);
    grid->addWidget(m_callId, 6, 1);
    m_callIdLabel->hide();
    m_callId->hide();
    grid->addWidget(m_error, 7, 0, 1, 4);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);

    setTabOrder(m_callerNumber, m_unitName);
    setTabOrder(m_unitName, m_taxpayerId);
    setTabOrder(m_taxpayerId, m_contactName);
    setTabOrder(m_contactName, m_contactNumber);
    setTabOrder(m_contactNumber, m_channel);
    setTabOrder(m_channel, m_category);
    setTabOrder(m_category, m_difficulty);
    setTabOrder(m_difficulty, m_question);
    setTabOrder(m_question, m_answer);

    for (QLineEdit* e : {m_callerNumber, m_unitName, m_taxpayerId, m_contactName, m_contactNumber}) {
        connect(e, &QLineEdit::textEdited, this, &WorkOrderFields::edited);
    }
    for (QPlainTextEdit* e : {m_question, m_answer}) {
        connect(e, &QPlainTextEdit::textChanged, this, &WorkOrderFields::edited);
    }
    for (QComboBox* c : {m_channel, m_category, m_difficulty}) {
        connect(c, &QComboBox::activated, this, &WorkOrderFields::edited);
    }
    connect(m_difficulty, &QComboBox::currentIndexChanged, this, &WorkOrderFields::updateDeadline);
}

void WorkOrderFields::setCategories(const QList<tickets::Category>& categories)
{
    const QString current = m_category->currentData().toString();
    m_category->clear();
    auto* model = qobject_cast<QStandardItemModel*>(m_category->model());
    for (const tickets::Category& c : categories) {
        if (c.parentId.isEmpty()) {
            m_category->addItem(c.name);
            // A group is a heading, not a choice.
            model->item(m_category->count() - 1)->setFlags(Qt::NoItemFlags);
            QFont bold = m_category->font();
            bold.setBold(true);
            model->item(m_category->count() - 1)->setFont(bold);
        } else {
            m_category->addItem(QStringLiteral("    ") + c.name, c.id);
        }
    }
    const int i = m_category->findData(current);
    m_category->setCurrentIndex(i >= 0 ? i : -1);
}

void WorkOrderFields::addArticle(const QString& articleId)
{
    if (!m_articleIds.contains(articleId)) {
        m_articleIds << articleId;
    }
}

tickets::WorkOrderDraft WorkOrderFields::draft() const
{
    tickets::WorkOrderDraft d;
    d.callerNumber = m_callerNumber->text();
    d.unitName = m_unitName->text();
    d.taxpayerId = m_taxpayerId->text();
    d.contactName = m_contactName->text();
    d.contactNumber = m_contactNumber->text();
    d.channel = static_cast<tickets::Channel>(m_channel->currentData().toInt());
    d.categoryId = m_category->currentData().toString();
    d.difficulty = static_cast<tickets::Difficulty>(m_difficulty->currentData().toInt());
    d.question = m_question->toPlainText();
    d.answer = m_answer->toPlainText();
    d.receivedAt = m_receivedAt;
    d.articleIds = m_articleIds;
    d.callId = m_callId->text();
    return d;
}

void WorkOrderFields::setDraft(const tickets::WorkOrderDraft& d)
{
    m_callerNumber->setText(d.callerNumber);
    m_unitName->setText(d.unitName);
    m_taxpayerId->setText(d.taxpayerId);
    m_contactName->setText(d.contactName);
    m_contactNumber->setText(d.contactNumber);
    m_channel->setCurrentIndex(m_channel->findData(static_cast<int>(d.channel)));
    m_category->setCurrentIndex(m_category->findData(d.categoryId));
    m_difficulty->setCurrentIndex(m_difficulty->findData(static_cast<int>(d.difficulty)));
    m_question->setPlainText(d.question);
    m_answer->setPlainText(d.answer);
    setReceivedAt(d.receivedAt);
    m_articleIds = d.articleIds;
    m_callId->setText(d.callId);
    m_callId->setVisible(!d.callId.isEmpty());
    m_callIdLabel->setVisible(!d.callId.isEmpty());
    clearError();
}

void WorkOrderFields::setTaxpayerDataMasked(bool masked)
{
    m_masked = masked;
    for (QLineEdit* e : {m_callerNumber, m_taxpayerId, m_contactNumber}) {
        e->setReadOnly(masked);
        e->setClearButtonEnabled(!masked);
        e->setToolTip(masked ? tr("Shown masked for your role. Use \"Reveal\" to see and edit the full value; "
                                  "revealing is recorded.")
                             : QString());
        e->setStyleSheet(masked ? QStringLiteral("QLineEdit { background: #f1f1f1; color: #555; }") : QString());
    }
}

void WorkOrderFields::setReceivedAt(const QDateTime& received)
{
    m_receivedAt = received;
    updateDeadline();
}

void WorkOrderFields::updateDeadline()
{
    if (!m_receivedAt.isValid()) {
        m_deadline->clear();
        return;
    }
    const QDateTime due =
        m_deadlines.dueAt(m_receivedAt, static_cast<tickets::Difficulty>(m_difficulty->currentData().toInt()));
    m_deadline->setText(tr("Reply by %1").arg(due.toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
}

QWidget* WorkOrderFields::widgetFor(const QString& field) const
{
    const QHash<QString, QWidget*> byField{
        {QStringLiteral("caller_number"), m_callerNumber},
        {QStringLiteral("unit_name"), m_unitName},
        {QStringLiteral("taxpayer_id"), m_taxpayerId},
        {QStringLiteral("contact_name"), m_contactName},
        {QStringLiteral("contact_number"), m_contactNumber},
        {QStringLiteral("category_id"), m_category},
        {QStringLiteral("question"), m_question},
        {QStringLiteral("answer"), m_answer},
    };
    return byField.value(field);
}

void WorkOrderFields::showError(const Error& error)
{
    clearError();
    m_error->setText(error.message);
    m_error->show();
    if (QWidget* w = widgetFor(error.field)) {
        w->setProperty("invalid", true);
        w->setStyleSheet(QStringLiteral("border: 2px solid #d32f2f;"));
        w->setFocus(Qt::OtherFocusReason);
    }
}

void WorkOrderFields::clearError()
{
    m_error->hide();
    for (QWidget* w : findChildren<QWidget*>()) {
        if (w->property("invalid").toBool()) {
            w->setProperty("invalid", false);
            w->setStyleSheet({});
        }
    }
}

} // namespace hotline::ui
