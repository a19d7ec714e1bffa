#pragma once
// A sidecar CSV beside the recordings: one row per call with its call id, agent, caller number, start (Beijing
// local time), duration and direction, and optionally the recording's file name. Headers in English or Chinese
// (通话流水号, 坐席工号, 主叫号码, 开始时间, 时长, 方向, 文件名); UTF-8 with or without BOM, or GBK / GB18030 as
// Excel on a Chinese Windows saves it. A bad row is reported with its line number and does not spoil the others.

#include "core/result.h"
#include "recordings/callmetadata.h"

#include <QHash>
#include <QList>

namespace hotline::recordings {

struct CsvRowError {
    int line = 0;
    QString reason;
};

class SidecarCsv final {
public:
    // Refused as a whole (InvalidInput): unreadable, not CSV, or a header row without a start column or without
    // both a file-name and a call-id column.
    static Result<SidecarCsv> read(const QString& path);
    static Result<SidecarCsv> parse(const QByteArray& bytes);

    // The row for a recording file: by its file name when the CSV has a file column, else by a call id that
    // appears in the name (the whole base name or one of its parts between _ - . or spaces).
    const CallMetadata* rowFor(const QString& fileName) const;

    const QList<CallMetadata>& rows() const { return m_rows; }
    const QList<CsvRowError>& errors() const { return m_errors; }

private:
    QList<CallMetadata> m_rows;
    QList<CsvRowError> m_errors;
    QHash<QString, qsizetype> m_byFile;   // lower-case file name → row
    QHash<QString, qsizetype> m_byCallId; // call id → row
};

// Text of a file that may be UTF-8 (with or without BOM) or GB18030 / GBK.
QString decodeTextFile(const QByteArray& bytes);

} // namespace hotline::recordings
