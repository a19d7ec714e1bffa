#include "knowledge/askrobotwidget.h"

#include "common/messages.h"
#include "common/workspace.h"
#include "knowledge/knowledgepane.h"
#include "robot/gaps.h"
#include "robot/robot.h"
#include "tickets/categories.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace hotline::ui {
namespace {

constexpr int kIdRole = Qt::UserRole;

} // namespace

AskRobotWidget::AskRobotWidget(Workspace& workspace, KnowledgePane* pane, QWidget* parent)
    : QWidget(parent), m_ws(workspace), m_pane(pane)
{
    setObjectName(QStringLiteral("askRobotWidget"));
    m_question = new QLineEdit(this);
    m_question->setObjectName(QStringLiteral("robotQuestionLineEdit"));
    m_question->setPlaceholderText(tr("Ask as a taxpayer would, e.g. how an annual bonus is taxed (Enter)"));
    m_question->setClearButtonEnabled(true);
    connect(m_question, &QLineEdit::returnPressed, this, &AskRobotWidget::ask);
    auto* askButton = new QPushButton(tr("&Ask"), this);
    askButton->setObjectName(QStringLiteral("askRobotButton"));
    connect(askButton, &QPushButton::clicked, this, &AskRobotWidget::ask);

    m_answer = new QLabel(this);
    m_answer->setObjectName(QStringLiteral("robotAnswerLabel"));
    m_answer->setWordWrap(true);
    m_answer->setTextFormat(Qt::RichText);
    m_answer->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_answer->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_answer->setStyleSheet(QStringLiteral("QLabel { background: #f6f8fa; border: 1px solid #d8dee4; padding: 6px; }"));
    m_answer->setMinimumHeight(fontMetrics().lineSpacing() * 5 + 16);
    m_answer->setText(tr("The robot answers from published articles and says how sure it is."));

    m_related = new QListWidget(this);
    m_related->setObjectName(QStringLiteral("robotRelatedListWidget"));
    m_related->setMaximumHeight(fontMetrics().lineSpacing() * 4 + 12);
    connect(m_related, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        if (item != nullptr && m_pane != nullptr) {
            m_pane->showArticle(item->data(kIdRole).toString());
        }
    });

    m_followUp = new QWidget(this);
    m_topic = new QComboBox(m_followUp);
    m_topic->setObjectName(QStringLiteral("robotTopicComboBox"));
    m_contact = new QLineEdit(m_followUp);
    m_contact->setObjectName(QStringLiteral("robotContactLineEdit"));
    m_contact->setPlaceholderText(tr("Mobile or landline with area code"));
    m_register = new QPushButton(tr("&Register for follow-up"), m_followUp);
    m_register->setObjectName(QStringLiteral("registerGapButton"));
    connect(m_register, &QPushButton::clicked, this, &AskRobotWidget::registerQuestion);
    auto* form = new QFormLayout(m_followUp);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Topic:"), m_topic);
    form->addRow(tr("Contact number:"), m_contact);
    form->addRow(QString(), m_register);
    m_followUp->hide();

    auto* top = new QHBoxLayout;
    top->addWidget(m_question, 1);
    top->addWidget(askButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_answer);
    layout->addWidget(new QLabel(tr("Related questions:"), this));
    layout->addWidget(m_related);
    layout->addWidget(m_followUp);
    layout->addStretch(1);
}

void AskRobotWidget::showFollowUp(bool show)
{
    if (show && m_topic->count() == 0) {
        const auto all = tickets::CategoryRepository(m_ws.db->connection()).all().value_or({});
        for (const tickets::Category& c : all) {
            if (!c.parentId.isEmpty()) {
                m_topic->addItem(tickets::CategoryRepository::pathOf(all, c.id), c.id);
            }
        }
    }
    m_followUp->setVisible(show);
    m_register->setEnabled(show);
}

void AskRobotWidget::ask()
{
    m_related->clear();
    m_gapId.clear();
    auto answer = robot::Robot(*m_ws.db, *m_ws.clock, *m_ws.ids).answer(m_question->text(), m_ws.currentOperator.id);
    if (!answer) {
        m_answer->setText(answer.error().message.toHtmlEscaped());
        showFollowUp(false);
        return;
    }
    const robot::Answer& a = answer.value();
    const QString confidence = QString::number(a.confidence, 'f', 2);
    if (a.confident) {
        m_answer->setText(
            QStringLiteral("<b>%1</b> <span style='color:#2e7d32'>%2</span><br>%3")
                .arg(a.title.toHtmlEscaped(), tr("(confidence %1)").arg(confidence),
                     a.text.left(300).toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"))));
        if (m_pane != nullptr) {
            m_pane->showArticle(a.articleId);
        }
    } else {
        m_gapId = a.gapId;
        m_answer->setText(
            QStringLiteral("<b style='color:#b00020'>%1</b><br>%2")
                .arg(tr("No confident answer (confidence %1).").arg(confidence),
                     tr("The question is recorded as a knowledge-base gap. Register it for follow-up if the caller "
                        "wants an answer.")));
    }
    for (const robot::RelatedQuestion& r : a.related) {
        auto* item = new QListWidgetItem(r.title, m_related);
        item->setData(kIdRole, r.id);
    }
    showFollowUp(!a.confident);
}

bool AskRobotWidget::registerQuestion()
{
    if (m_gapId.isEmpty()) {
        return false;
    }
    tickets::WorkOrderDraft d;
    d.categoryId = m_topic->currentData().toString();
    d.contactNumber = m_contact->text();
    auto w = robot::registerGap(*m_ws.db, m_gapId, d, m_ws.currentOperator, *m_ws.ids, *m_ws.clock, m_ws.deadlines);
    if (!w) {
        Messages::show(this, Messages::Kind::Warning, tr("Register for follow-up"), w.error().message);
        return false;
    }
    m_answer->setText(tr("Registered as work order %1.").arg(w->ticketNo));
    m_register->setEnabled(false);
    emit registered();
    return true;
}

} // namespace hotline::ui
