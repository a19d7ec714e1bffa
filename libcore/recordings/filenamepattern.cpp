#include "recordings/filenamepattern.h"

#include "calendar/workcalendar.h"

#include <QCoreApplication>

namespace hotline::recordings {
namespace {

// Each field's regular expression (one capture group each).
QString fieldRegex(const QString& field)
{
    if (field == QLatin1String("date")) {
        return QStringLiteral("(\\d{8}|\\d{4}-\\d{2}-\\d{2})");
    }
    if (field == QLatin1String("time")) {
        return QStringLiteral("(\\d{6})");
    }
    if (field == QLatin1String("datetime")) {
        return QStringLiteral("(\\d{14})");
    }
    if (field == QLatin1String("caller")) {
        return QStringLiteral("(\\+?[0-9][0-9\\-]*|)");
    }
    if (field == QLatin1String("direction")) {
        return QStringLiteral("(in|out|inbound|outbound|%1|%2)").arg(QStringLiteral("呼入"), QStringLiteral("呼出"));
    }
    if (field == QLatin1String("agent") || field == QLatin1String("callid")) {
        return QStringLiteral("(.+?)");
    }
    return {};
}

Error patternError(const QString& message)
{
    return makeError(ErrorCode::InvalidInput, message, QStringLiteral("pattern"));
}

} // namespace

QString FileNamePattern::defaultPattern()
{
    return QStringLiteral("{date}_{time}_{agent}_{caller}_{callid}.wav");
}

QString digitsOnly(const QString& number)
{
    QString out;
    out.reserve(number.size());
    for (QChar c : number) {
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9')) {
            out.append(c);
        }
    }
    return out;
}

Result<FileNamePattern> FileNamePattern::parse(const QString& pattern)
{
    const QString p = pattern.trimmed();
    if (p.isEmpty()) {
        return patternError(QCoreApplication::translate("hotline::recordings", "The file-name pattern is empty."));
    }
    FileNamePattern out;
    out.m_pattern = p;
    QString regex = QStringLiteral("^");
    QString literal;
    auto flushLiteral = [&] {
        regex += QRegularExpression::escape(literal);
        literal.clear();
    };
    for (qsizetype i = 0; i < p.size(); ++i) {
        const QChar c = p.at(i);
        if (c == QLatin1Char('*')) {
            flushLiteral();
            regex += QStringLiteral(".*?");
        } else if (c == QLatin1Char('{')) {
            const qsizetype close = p.indexOf(QLatin1Char('}'), i + 1);
            if (close < 0) {
                return patternError(QCoreApplication::translate("hotline::recordings",
                                                                "The file-name pattern has a { without its }: %1")
                                        .arg(p));
            }
            const QString field = p.mid(i + 1, close - i - 1).trimmed().toLower();
            const QString fieldRe = fieldRegex(field);
            if (fieldRe.isEmpty()) {
                return patternError(
                    QCoreApplication::translate("hotline::recordings",
                                                "Unknown field {%1} in the file-name pattern; the fields are {date}, "
                                                "{time}, {datetime}, {agent}, {caller}, {callid} and {direction}.")
                        .arg(field));
            }
            if (out.m_fields.contains(field)) {
                return patternError(QCoreApplication::translate(
                                        "hotline::recordings", "The field {%1} appears twice in the file-name pattern.")
                                        .arg(field));
            }
            flushLiteral();
            regex += fieldRe;
            out.m_fields.append(field);
            i = close;
        } else if (c == QLatin1Char('}')) {
            return patternError(
                QCoreApplication::translate("hotline::recordings", "The file-name pattern has a } without its {: %1")
                    .arg(p));
        } else {
            literal.append(c);
        }
    }
    flushLiteral();
    regex += QLatin1Char('$');
    const bool hasStart =
        out.m_fields.contains(QLatin1String("datetime")) ||
        (out.m_fields.contains(QLatin1String("date")) && out.m_fields.contains(QLatin1String("time")));
    if (!hasStart || (out.m_fields.contains(QLatin1String("datetime")) &&
                      (out.m_fields.contains(QLatin1String("date")) || out.m_fields.contains(QLatin1String("time"))))) {
        return patternError(QCoreApplication::translate(
            "hotline::recordings",
            "The file-name pattern must give the call's start: {date} and {time}, or {datetime}."));
    }
    out.m_regex = QRegularExpression(regex, QRegularExpression::CaseInsensitiveOption);
    if (!out.m_regex.isValid()) {
        return patternError(
            QCoreApplication::translate("hotline::recordings", "The file-name pattern cannot be used: %1").arg(p));
    }
    return out;
}

Result<CallMetadata> FileNamePattern::match(const QString& fileName) const
{
    const QRegularExpressionMatch m = m_regex.match(fileName);
    if (!m.hasMatch()) {
        return makeError(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("hotline::recordings", "The file name does not match the pattern %1.")
                .arg(m_pattern));
    }
    CallMetadata meta;
    QDate date;
    QTime time;
    for (qsizetype i = 0; i < m_fields.size(); ++i) {
        const QString& field = m_fields.at(i);
        const QString value = m.captured(static_cast<int>(i + 1));
        if (field == QLatin1String("date")) {
            date = QDate::fromString(value, value.contains(QLatin1Char('-')) ? QStringLiteral("yyyy-MM-dd")
                                                                             : QStringLiteral("yyyyMMdd"));
            if (!date.isValid()) {
                return makeError(
                    ErrorCode::InvalidInput,
                    QCoreApplication::translate("hotline::recordings", "%1 in the file name is not a date.")
                        .arg(value));
            }
        } else if (field == QLatin1String("time")) {
            time = QTime::fromString(value, QStringLiteral("HHmmss"));
            if (!time.isValid()) {
                return makeError(
                    ErrorCode::InvalidInput,
                    QCoreApplication::translate("hotline::recordings", "%1 in the file name is not a time of day.")
                        .arg(value));
            }
        } else if (field == QLatin1String("datetime")) {
            date = QDate::fromString(value.left(8), QStringLiteral("yyyyMMdd"));
            time = QTime::fromString(value.mid(8), QStringLiteral("HHmmss"));
            if (!date.isValid() || !time.isValid()) {
                return makeError(
                    ErrorCode::InvalidInput,
                    QCoreApplication::translate("hotline::recordings", "%1 in the file name is not a date and time.")
                        .arg(value));
            }
        } else if (field == QLatin1String("agent")) {
            meta.agentCode = value.trimmed();
        } else if (field == QLatin1String("caller")) {
            meta.callerNumber = digitsOnly(value);
        } else if (field == QLatin1String("callid")) {
            meta.callId = value.trimmed();
        } else if (field == QLatin1String("direction")) {
            meta.direction = parseDirection(value).value_or(Direction::Unknown);
        }
    }
    meta.startedAt = QDateTime(date, time, calendar::beijingTime()).toUTC();
    return meta;
}

} // namespace hotline::recordings
