#include "satisfaction/satisfactionlabel.h"

#include "calendar/workcalendar.h"
#include "common/workspace.h"
#include "satisfaction/satisfactionrate.h"
#include "security/permissions.h"

namespace hotline::ui {

SatisfactionLabel::SatisfactionLabel(Workspace& workspace, QWidget* parent) : QLabel(parent), m_ws(workspace)
{
    setObjectName(QStringLiteral("satisfactionLabel"));
    refresh();
}

void SatisfactionLabel::refresh()
{
    if (m_ws.currentOperator.id.isEmpty() ||
        !security::roleHas(m_ws.currentOperator.role, security::Permission::BulkQuery)) {
        hide();
        return;
    }
    const QDate today = m_ws.clock->now().toTimeZone(calendar::beijingTime()).date();
    const QDate first(today.year(), today.month(), 1);
    auto f = satisfaction::satisfactionRate(m_ws.db->connection(), first, today, m_ws.currentOperator);
    if (!f) {
        hide();
        return;
    }
    const satisfaction::RateCounts& c = f->overall;
    setText(tr("Satisfaction this month %1 (target %2%)")
                .arg(c.percentText())
                .arg(satisfaction::kSatisfactionTargetPercent));
    setToolTip(tr("满意 %1 · 基本满意 %2 · 不满意 %3 — %4 rated from %5 to %6 (post-call surveys, return visits and "
                  "online chat ratings)")
                   .arg(c.satisfied)
                   .arg(c.basicallySatisfied)
                   .arg(c.dissatisfied)
                   .arg(c.total())
                   .arg(first.toString(Qt::ISODate), today.toString(Qt::ISODate)));
    setStyleSheet(c.total() > 0 && !c.meetsTarget() ? QStringLiteral("color: #b00020;") : QString());
    // A permanent status-bar widget is squeezed by its neighbours otherwise.
    ensurePolished();
    setMinimumWidth(fontMetrics().horizontalAdvance(text()) * 11 / 10 + 2 * fontMetrics().averageCharWidth());
    show();
}

} // namespace hotline::ui
