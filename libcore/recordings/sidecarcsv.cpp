#include "recordings/sidecarcsv.h"

#include "calendar/workcalendar.h"
#include "recordings/filenamepattern.h"
#include "text/csv.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>

#include <array>
#include <unicode/ucnv.h>

namespace hotline::recordings {
namespace {

enum class Column { CallId, Agent, Caller, Start, Duration, Direction, File };

std::optional<Column> columnOf(const QString& header)
{
    QString h = header.trimmed().toLower();
    h.remove(QLatin1Char(' '));
    h.remove(QLatin1Char('_'));
    static const QList<std::pair<Column, QStringList>> names{
        {Column::CallId,
         {QStringLiteral("callid"), QStringLiteral("通话流水号"), QStringLiteral("流水号"), QStringLiteral("通话id"),
          QStringLiteral("呼叫id"), QStringLiteral("通话编号")}},
        {Column::Agent,
         {QStringLiteral("agent"), QStringLiteral("agentcode"), QStringLiteral("agentid"), QStringLiteral("坐席"),
          QStringLiteral("坐席工号"), QStringLiteral("工号"), QStringLiteral("坐席号")}},
        {Column::Caller,
         {QStringLiteral("caller"), QStringLiteral("callernumber"), QStringLiteral("callerid"),
          QStringLiteral("主叫号码"), QStringLiteral("来电号码"), QStringLiteral("主叫")}},
        {Column::Start,
         {QStringLiteral("start"), QStringLiteral("starttime"), QStringLiteral("startedat"), QStringLiteral("开始时间"),
          QStringLiteral("通话开始时间"), QStringLiteral("呼叫时间")}},
        {Column::Duration,
         {QStringLiteral("duration"), QStringLiteral("durationseconds"), QStringLiteral("时长"),
          QStringLiteral("通话时长"), QStringLiteral("时长(秒)"), QStringLiteral("通话时长(秒)")}},
        {Column::Direction,
         {QStringLiteral("direction"), QStringLiteral("方向"), QStringLiteral("呼叫方向"), QStringLiteral("呼叫类型")}},
        {Column::File,
         {QStringLiteral("file"), QStringLiteral("filename"), QStringLiteral("文件名"), QStringLiteral("录音文件"),
          QStringLiteral("录音文件名")}},
    };
    for (const auto& [column, list] : names) {
        if (list.contains(h)) {
            return column;
        }
    }
    return std::nullopt;
}

QDateTime parseStart(const QString& text)
{
    const QString t = text.trimmed();
    static const QStringList formats{QStringLiteral("yyyy-MM-dd HH:mm:ss"), QStringLiteral("yyyy/MM/dd HH:mm:ss"),
                                     QStringLiteral("yyyy-MM-ddTHH:mm:ss"), QStringLiteral("yyyy-MM-dd HH:mm"),
                                     QStringLiteral("yyyy/MM/dd HH:mm"),    QStringLiteral("yyyyMMddHHmmss"),
                                     QStringLiteral("yyyy/M/d H:mm:ss"),    QStringLiteral("yyyy/M/d H:mm")};
    for (const QString& f : formats) {
        const QDateTime local = QDateTime::fromString(t, f);
        if (local.isValid()) {
            return QDateTime(local.date(), local.time(), calendar::beijingTime()).toUTC();
        }
    }
    return {};
}

// Seconds ("95", "95.5") or clock form ("1:35", "0:01:35"); -1 when it is neither.
qint64 parseDurationMs(const QString& text)
{
    const QString t = text.trimmed();
    bool ok = false;
    const double secs = t.toDouble(&ok);
    if (ok) {
        return secs >= 0 ? static_cast<qint64>(secs * 1000) : -1;
    }
    static const QRegularExpression clock(QStringLiteral("^(?:(\\d+):)?(\\d{1,2}):(\\d{2})$"));
    const auto m = clock.match(t);
    if (!m.hasMatch()) {
        return -1;
    }
    return (m.captured(1).toLongLong() * 3600 + m.captured(2).toLongLong() * 60 + m.captured(3).toLongLong()) * 1000;
}

} // namespace

QString decodeTextFile(const QByteArray& bytes)
{
    QByteArray data = bytes;
    if (data.startsWith("\xEF\xBB\xBF")) {
        data.remove(0, 3);
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8(data);
    if (!utf8.hasError()) {
        return text;
    }
    // Not UTF-8: Excel on a Chinese Windows saves CSV in GBK (a subset of GB18030).
    UErrorCode status = U_ZERO_ERROR;
    UConverter* conv = ucnv_open("GB18030", &status);
    if (U_FAILURE(status)) {
        return text;
    }
    QString out(data.size() + 1, Qt::Uninitialized);
    const int32_t n = ucnv_toUChars(conv, reinterpret_cast<UChar*>(out.data()), static_cast<int32_t>(out.size()),
                                    data.constData(), static_cast<int32_t>(data.size()), &status);
    ucnv_close(conv);
    if (U_FAILURE(status)) {
        return text;
    }
    out.resize(n);
    return out;
}

Result<SidecarCsv> SidecarCsv::read(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCode::FileUnreadable,
                         QCoreApplication::translate("hotline::recordings", "Cannot read the CSV file %1: %2")
                             .arg(QFileInfo(path).fileName(), f.errorString()),
                         QStringLiteral("csv"));
    }
    return parse(f.readAll());
}

Result<SidecarCsv> SidecarCsv::parse(const QByteArray& bytes)
{
    auto table = text::parseCsv(decodeTextFile(bytes));
    if (!table) {
        return makeError(ErrorCode::InvalidInput, table.error().message, QStringLiteral("csv"));
    }
    const QList<QStringList>& rows = table.value();
    if (rows.isEmpty()) {
        return makeError(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("hotline::recordings", "The CSV file is empty: it needs a header row."),
            QStringLiteral("csv"));
    }
    std::array<qsizetype, 7> at;
    at.fill(-1);
    const auto has = [&](Column c) { return at[static_cast<std::size_t>(c)] >= 0; };
    for (qsizetype i = 0; i < rows.first().size(); ++i) {
        if (const auto c = columnOf(rows.first().at(i)); c && !has(*c)) {
            at[static_cast<std::size_t>(*c)] = i;
        }
    }
    if (!has(Column::Start) || (!has(Column::File) && !has(Column::CallId))) {
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate(
                             "hotline::recordings",
                             "The CSV header row needs a start column (start / 开始时间) and a file name (file / "
                             "文件名) or call id (call id / 通话流水号) column."),
                         QStringLiteral("csv"));
    }
    SidecarCsv out;
    const auto cell = [&](const QStringList& row, Column c) {
        return has(c) ? row.value(at[static_cast<std::size_t>(c)]).trimmed() : QString();
    };
    for (qsizetype i = 1; i < rows.size(); ++i) {
        const QStringList& row = rows.at(i);
        const int line = static_cast<int>(i + 1);
        if (row.size() == 1 && row.first().trimmed().isEmpty()) {
            continue; // a blank line
        }
        CallMetadata meta;
        meta.callId = cell(row, Column::CallId);
        meta.agentCode = cell(row, Column::Agent);
        meta.callerNumber = digitsOnly(cell(row, Column::Caller));
        const QString start = cell(row, Column::Start);
        meta.startedAt = parseStart(start);
        if (!meta.startedAt.isValid()) {
            out.m_errors.append(
                {line, QCoreApplication::translate("hotline::recordings", "the start \"%1\" is not a date and time")
                           .arg(start)});
            continue;
        }
        if (const QString d = cell(row, Column::Duration); !d.isEmpty()) {
            meta.durationMs = parseDurationMs(d);
            if (meta.durationMs < 0) {
                out.m_errors.append(
                    {line, QCoreApplication::translate("hotline::recordings",
                                                       "the duration \"%1\" is neither seconds nor h:mm:ss")
                               .arg(d)});
                continue;
            }
        }
        if (const QString d = cell(row, Column::Direction); !d.isEmpty()) {
            const auto dir = parseDirection(d);
            if (!dir) {
                out.m_errors.append(
                    {line, QCoreApplication::translate("hotline::recordings",
                                                       "the direction \"%1\" is neither in (呼入) nor out (呼出)")
                               .arg(d)});
                continue;
            }
            meta.direction = *dir;
        }
        const QString file = cell(row, Column::File);
        if (file.isEmpty() && meta.callId.isEmpty()) {
            out.m_errors.append({line, QCoreApplication::translate("hotline::recordings",
                                                                   "the row has neither a file name nor a call id")});
            continue;
        }
        const qsizetype index = out.m_rows.size();
        out.m_rows.append(meta);
        if (!file.isEmpty()) {
            out.m_byFile.insert(QFileInfo(file).fileName().toLower(), index);
        }
        if (!meta.callId.isEmpty()) {
            out.m_byCallId.insert(meta.callId, index);
        }
    }
    return out;
}

const CallMetadata* SidecarCsv::rowFor(const QString& fileName) const
{
    const QString lower = fileName.toLower();
    if (const auto it = m_byFile.constFind(lower); it != m_byFile.cend()) {
        return &m_rows.at(it.value());
    }
    if (m_byCallId.isEmpty()) {
        return nullptr;
    }
    const QString base = QFileInfo(fileName).completeBaseName();
    if (const auto it = m_byCallId.constFind(base); it != m_byCallId.cend()) {
        return &m_rows.at(it.value());
    }
    static const QRegularExpression separators(QStringLiteral("[_\\-.\\s]+"));
    for (const QString& part : base.split(separators, Qt::SkipEmptyParts)) {
        if (const auto it = m_byCallId.constFind(part); it != m_byCallId.cend()) {
            return &m_rows.at(it.value());
        }
    }
    return nullptr;
}

} // namespace hotline::recordings
