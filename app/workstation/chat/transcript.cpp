#include "chat/transcript.h"

#include "calendar/workcalendar.h"

#include <QCoreApplication>
#include <QDateTime>

namespace hotline::ui {
namespace {

QString who(const QJsonObject& e)
{
    const QString author = e.value(QStringLiteral("author")).toString();
    if (author == QLatin1String("taxpayer")) {
        return QCoreApplication::translate("hotline::ui::ChatTranscript", "Taxpayer");
    }
    if (author == QLatin1String("agent")) {
        const QString name = e.value(QStringLiteral("agentName")).toString();
        return name.isEmpty() ? QCoreApplication::translate("hotline::ui::ChatTranscript", "Agent")
                              : QCoreApplication::translate("hotline::ui::ChatTranscript", "Agent %1").arg(name);
    }
    if (author == QLatin1String("robot")) {
        return QCoreApplication::translate("hotline::ui::ChatTranscript", "Robot");
    }
    return {};
}

} // namespace

QString noticeWhat(const QJsonObject& event)
{
    if (event.value(QStringLiteral("kind")).toString() != QLatin1String("notice")) {
        return {};
    }
    return event.value(QStringLiteral("data")).toObject().value(QStringLiteral("what")).toString();
}

QString transcriptLine(const QJsonObject& e)
{
    const QDateTime at = QDateTime::fromString(e.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs);
    const QString time = at.isValid() ? at.toTimeZone(calendar::beijingTime()).toString(QStringLiteral("HH:mm:ss"))
                                      : QStringLiteral("--:--:--");
    const QString kind = e.value(QStringLiteral("kind")).toString();
    const QJsonObject data = e.value(QStringLiteral("data")).toObject();
    QString body;
    QString speaker;
    if (kind == QLatin1String("message") || kind == QLatin1String("answer")) {
        speaker = who(e);
        body = e.value(QStringLiteral("text")).toString();
    } else if (kind == QLatin1String("notice")) {
        body = e.value(QStringLiteral("text")).toString();
        if (body.isEmpty()) {
            body = data.value(QStringLiteral("what")).toString();
        }
    } else if (kind == QLatin1String("feedback")) {
        body = data.value(QStringLiteral("helpful")).toBool()
                   ? QCoreApplication::translate("hotline::ui::ChatTranscript", "The taxpayer found the answer useful.")
                   : QCoreApplication::translate("hotline::ui::ChatTranscript",
                                                 "The taxpayer found the answer not useful.");
    } else if (kind == QLatin1String("rating")) {
        body = QCoreApplication::translate("hotline::ui::ChatTranscript", "The taxpayer rated the chat %1 of 5.")
                   .arg(data.value(QStringLiteral("level")).toInt());
        const QString comment = data.value(QStringLiteral("comment")).toString();
        if (!comment.isEmpty()) {
            body += QLatin1Char(' ') + comment;
        }
    } else {
        return {};
    }
    body.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    body.replace(QLatin1Char('\n'), QStringLiteral("\n          ")); // under the text, past the time
    if (speaker.isEmpty()) {
        return time + QStringLiteral("  · ") + body;
    }
    return QCoreApplication::translate("hotline::ui::ChatTranscript", "%1 %2: %3").arg(time, speaker, body);
}

QString transcriptText(const QList<QJsonObject>& events)
{
    QStringList lines;
    for (const QJsonObject& e : events) {
        if (QString line = transcriptLine(e); !line.isEmpty()) {
            lines << line;
        }
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace hotline::ui
