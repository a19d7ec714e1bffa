#include "service/returnvisitplandialog.h"

#include "calendar/workcalendar.h"
#include "common/messages.h"
#include "common/workspace.h"
#include "workflow/returnvisitplan.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace hotline::ui {

ReturnVisitPlanDialog::ReturnVisitPlanDialog(Workspace& workspace, QWidget* parent) : QDialog(parent), m_ws(workspace)
{
    setObjectName(QStringLiteral("returnVisitPlanDialog"));
    setWindowTitle(tr("New return-visit plan"));
    setAttribute(Qt::WA_DeleteOnClose);
    const auto [from, to] = workflow::defaultPlanPeriod(m_ws.clock->now().toTimeZone(calendar::beijingTime()).date());
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("planTitleLineEdit"));
    m_title->setMaxLength(workflow::kMaxPlanTitleLength);
    m_title->setPlaceholderText(tr("Return visits and the period"));
    m_from = new QDateEdit(from, this);
    m_from->setObjectName(QStringLiteral("planFromDateEdit"));
    m_to = new QDateEdit(to, this);
    m_to->setObjectName(QStringLiteral("planToDateEdit"));
    for (QDateEdit* e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_share = new QSpinBox(this);
    m_share->setObjectName(QStringLiteral("planShareSpinBox"));
    m_share->setRange(1, 100);
    m_share->setSuffix(QStringLiteral(" %"));
    m_share->setValue(workflow::kDefaultVisitSharePercent);
    m_agents = new QListWidget(this);
    m_agents->setObjectName(QStringLiteral("planAgentsListWidget"));
    using security::Role;
    for (const security::Operator& op : security::OperatorRepository(m_ws.db->connection()).all().value_or({})) {
        if (op.role == Role::Agent || op.role == Role::OnlineAgent || op.role == Role::Technician) {
            auto* item =
                new QListWidgetItem(QStringLiteral("%1 (%2)").arg(op.name, security::displayName(op.role)), m_agents);
            item->setData(Qt::UserRole, op.id);
            item->setCheckState(Qt::Unchecked);
        }
    }
    m_seed = new QLineEdit(this);
    m_seed->setObjectName(QStringLiteral("planSeedLineEdit"));
    m_seed->setPlaceholderText(tr("Empty: a new random draw"));
    auto* period = new QHBoxLayout;
    period->addWidget(m_from);
    period->addWidget(new QLabel(QStringLiteral("–"), this));
    period->addWidget(m_to);
    period->addStretch();
    auto* form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    auto* periodLabel = new QLabel(tr("&Resolved from:"), this);
    periodLabel->setBuddy(m_from);
    form->addRow(periodLabel, period);
    form->addRow(tr("&Share:"), m_share);
    form->addRow(tr("&Agents:"), m_agents);
    form->addRow(tr("S&eed:"), m_seed);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Draw"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ReturnVisitPlanDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(460, 420);
}

void ReturnVisitPlanDialog::save()
{
    workflow::PlanDraft d;
    d.title = m_title->text();
    d.from = m_from->date();
    d.to = m_to->date();
    d.sharePercent = m_share->value();
    for (int i = 0; i < m_agents->count(); ++i) {
        if (m_agents->item(i)->checkState() == Qt::Checked) {
            d.agentIds << m_agents->item(i)->data(Qt::UserRole).toString();
        }
    }
    if (!m_seed->text().trimmed().isEmpty()) {
        bool ok = false;
        d.seed = m_seed->text().trimmed().toLongLong(&ok);
        if (!ok) {
            Messages::show(this, Messages::Kind::Warning, windowTitle(), tr("The seed is a whole number."));
            m_seed->setFocus();
            return;
        }
    }
    auto made =
        workflow::ReturnVisitPlanService(m_ws.db->connection(), *m_ws.clock, *m_ws.ids).create(d, m_ws.currentOperator);
    if (!made) {
        Messages::show(this, Messages::Kind::Warning, windowTitle(), made.error().message);
        const QString field = made.error().field;
        QWidget* at = field == QLatin1String("agents")  ? static_cast<QWidget*>(m_agents)
                      : field == QLatin1String("seed")  ? static_cast<QWidget*>(m_seed)
                      : field == QLatin1String("share") ? static_cast<QWidget*>(m_share)
                                                        : static_cast<QWidget*>(m_from);
        at->setFocus();
        return;
    }
    emit created(made.value().id);
    accept();
}

} // namespace hotline::ui
