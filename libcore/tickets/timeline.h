#pragma once
// Turns timeline entries into sentences for people, in the current language.

#include "tickets/workorder.h"

#include <QHash>

namespace hotline::tickets {

// operatorNames maps operator ids to names (for transfers); an unknown id is shown as is.
QString describe(const TimelineEvent& event, const QHash<QString, QString>& operatorNames);

// The name of a synced column of a work order, for "Changed ..." ("difficulty" → "difficulty" / "难易程度").
QString fieldLabel(const QString& column);

} // namespace hotline::tickets
