#include "tickets/timeline.h"

#include <QCoreApplication>

namespace hotline::tickets {

QString fieldLabel(const QString& column)
{
    static const QHash<QString, const char*> labels{
        {QStringLiteral("caller_number"), QT_TRANSLATE_NOOP("hotline::tickets", "caller number")},
        {QStringLiteral("unit_name"), QT_TRANSLATE_NOOP("hotline::tickets", "withholding unit")},
        {QStringLiteral("taxpayer_id"), QT_TRANSLATE_NOOP("hotline::tickets", "taxpayer ID")},
        {QStringLiteral("contact_name"), QT_TRANSLATE_NOOP("hotline::tickets", "contact name")},
        {QStringLiteral("contact_number"), QT_TRANSLATE_NOOP("hotline::tickets", "contact number")},
        {QStringLiteral("channel"), QT_TRANSLATE_NOOP("hotline::tickets", "channel")},
        {QStringLiteral("category_id"), QT_TRANSLATE_NOOP("hotline::tickets", "category")},
        {QStringLiteral("difficulty"), QT_TRANSLATE_NOOP("hotline::tickets", "difficulty")},
        {QStringLiteral("question"), QT_TRANSLATE_NOOP("hotline::tickets", "question")},
        {QStringLiteral("answer"), QT_TRANSLATE_NOOP("hotline::tickets", "answer")},
        {QStringLiteral("due_at"), QT_TRANSLATE_NOOP("hotline::tickets", "reply deadline")},
    };
    const auto it = labels.find(column);
    return it == labels.end() ? column : QCoreApplication::translate("hotline::tickets", *it);
}

QString describe(const TimelineEvent& e, const QHash<QString, QString>& operatorNames)
{
    const QStringList pair = e.detail.split(QLatin1Char('>'));
    if (e.kind == QLatin1String("created")) {
        return e.detail == QLatin1String("resolved")
                   ? QCoreApplication::translate("hotline::tickets", "Created and resolved during the call")
                   : QCoreApplication::translate("hotline::tickets", "Created");
    }
    if (e.kind == QLatin1String("edited")) {
        QStringList labels;
        for (const QString& column : e.detail.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            labels << fieldLabel(column);
        }
        return QCoreApplication::translate("hotline::tickets", "Changed %1")
            .arg(labels.join(QCoreApplication::translate("hotline::tickets", ", ")));
    }
    if (e.kind == QLatin1String("status") && pair.size() == 2) {
        const auto from = statusFromKey(pair[0]);
        const auto to = statusFromKey(pair[1]);
        if (from && to) {
            const bool reopened = !isOpen(*from) && isOpen(*to);
            return reopened ? QCoreApplication::translate("hotline::tickets", "Reopened: %1 → %2")
                                  .arg(displayName(*from), displayName(*to))
                            : QCoreApplication::translate("hotline::tickets", "%1 → %2")
                                  .arg(displayName(*from), displayName(*to));
        }
    }
    if (e.kind == QLatin1String("transfer") && pair.size() == 2) {
        return QCoreApplication::translate("hotline::tickets", "Transferred from %1 to %2")
            .arg(operatorNames.value(pair[0], pair[0]), operatorNames.value(pair[1], pair[1]));
    }
    if (e.kind.startsWith(QLatin1String("transfer_"))) { // 转办 (workflow/transferservice.h)
        const QString target = e.detail.startsWith(QLatin1String("department:"))
                                   ? e.detail.mid(11)
                                   : QCoreApplication::translate("hotline::tickets", "the remote expert team");
        if (e.kind == QLatin1String("transfer_request")) {
            return QCoreApplication::translate("hotline::tickets", "Transferred to %1").arg(target);
        }
        if (e.kind == QLatin1String("transfer_answer")) {
            return QCoreApplication::translate("hotline::tickets", "Answer from %1").arg(target);
        }
        if (e.kind == QLatin1String("transfer_withdrawn")) {
            return QCoreApplication::translate("hotline::tickets", "Transfer to %1 withdrawn").arg(target);
        }
    }
    if (e.kind == QLatin1String("callback_scheduled")) { // 回呼 (workflow/callbackservice.h)
        return QCoreApplication::translate("hotline::tickets", "Callback scheduled");
    }
    if (e.kind == QLatin1String("callback_closed")) {
        return e.detail == QLatin1String("reached")
                   ? QCoreApplication::translate("hotline::tickets", "Callback: taxpayer reached")
                   : QCoreApplication::translate("hotline::tickets", "Callback failed");
    }
    if (e.kind == QLatin1String("material_sent")) {
        return QCoreApplication::translate("hotline::tickets", "Material sent by e-mail");
    }
    if (e.kind == QLatin1String("material_send_failed")) {
        return QCoreApplication::translate("hotline::tickets", "Material e-mail failed");
    }
    if (e.kind == QLatin1String("note")) {
        return QCoreApplication::translate("hotline::tickets", "Note");
    }
    return e.kind + QLatin1Char(' ') + e.detail;
}

} // namespace hotline::tickets
