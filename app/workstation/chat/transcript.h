#pragma once
// A conversation's events (ChatEvent::toJson() from the portal) as plain text lines, for the chat view and for the
// note that files a transcript under a work order. Nothing is ever read as HTML: a taxpayer's "<b>" stays "<b>".

#include <QJsonObject>
#include <QList>
#include <QString>

namespace hotline::ui {

// "10:02:15 纳税人：…" in Beijing time; continuation lines indented. Empty for events not shown to agents.
QString transcriptLine(const QJsonObject& event);
QString transcriptText(const QList<QJsonObject>& events);
// data.what of a notice event, else empty.
QString noticeWhat(const QJsonObject& event);

} // namespace hotline::ui
