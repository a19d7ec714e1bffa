#pragma once
// SQL for the recordings table. Reads join the agent's name and the linked work order's number; writes are called
// inside the caller's transaction, which also appends the change log.

#include "core/result.h"
#include "recordings/recording.h"

#include <QList>
#include <QSqlDatabase>

namespace hotline::recordings {

enum class LinkFilter { Any, Linked, Unlinked };

// A phone work order as a recording would be matched to it (demo recordings are made for these).
struct RecentCall {
    QString workOrderId;
    QString callId;
    QString callerNumber;
    QDateTime receivedAt;
    QString agentCode; // the owner's
    QString agentName;
};

struct RecordingFilter {
    QDateTime from;   // started at or after (invalid: no bound)
    QDateTime before; // started before (invalid: no bound)
    QString agentId;  // empty: every agent
    LinkFilter link = LinkFilter::Any;
    std::optional<FileState> fileState;
    // Part of the caller number, call id, agent code or file name (case-insensitive); empty: no text filter.
    QString text;
    int limit = 500;
    int offset = 0;
};

class RecordingRepository final {
public:
    explicit RecordingRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<std::optional<Recording>> find(const QString& id) const;
    Result<std::optional<Recording>> findBySha256(const QString& sha256) const;
    // Newest first (then by id, so pages never overlap).
    Result<QList<Recording>> list(const RecordingFilter& filter) const;
    // How many match the filter, limit and offset ignored.
    Result<int> count(const RecordingFilter& filter) const;
    // The recordings linked to a work order, oldest first.
    Result<QList<Recording>> forWorkOrder(const QString& workOrderId) const;

    // What the import links and matches by (read-only SQL on work_orders and operators).
    // The work order taken on the call with this id; empty when none.
    Result<QString> workOrderByCallId(const QString& callId) const;
    // The work order from this caller received nearest to `at`, within ±window; empty when none.
    Result<QString> workOrderNear(const QString& callerNumber, const QDateTime& at, qint64 windowMs) const;
    // The operator whose agent code (坐席工号) is `code`, else whose name is; empty when none.
    Result<QString> operatorByAgentCode(const QString& code) const;
    Result<bool> workOrderExists(const QString& workOrderId) const;
    // The work order with this number (工单编号, exact); empty when none.
    Result<QString> workOrderByTicketNo(const QString& ticketNo) const;
    Result<bool> hasSha256(const QString& sha256) const;
    // The newest work orders with a caller number, taken by an agent, newest first.
    Result<QList<RecentCall>> recentCalls(int limit) const;

    // The managed folder files are copied into (a workstation setting; empty when never set).
    Result<QString> managedFolder() const;
    Outcome setManagedFolder(const QString& folder);
    // The import dialog's last choices (a JSON object, this workstation only); empty when never saved.
    Result<QString> lastImportSettings() const;
    Outcome setLastImportSettings(const QString& json);

    Outcome insert(const Recording& r);
    Outcome setFileState(const QString& id, FileState state, const QDateTime& checkedAt);
    Outcome setLink(const QString& id, const QString& workOrderId, LinkMethod method);

private:
    Result<QString> setting(const QString& key) const;
    Outcome setSetting(const QString& key, const QString& value);

    QSqlDatabase m_db;
};

} // namespace hotline::recordings
