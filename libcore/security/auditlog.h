#pragma once
// The tamper-evident audit log: who logged in (or failed to), revealed taxpayer data, exported, queried in bulk,
// changed an account, role or password, or deleted something. Append-only and hash-chained per station: entry n
// stores the hash of entry n-1 and its own hash, SHA-256 over that and its canonical fields, so verify() finds an
// entry that was edited, removed or put in another's place. Every entry also goes to the change log for the
// central store, whose copy is the anchor against a rewrite of the whole local chain.

#include "core/result.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace hotline {
class Clock;
class IdGenerator;
} // namespace hotline

namespace hotline::security {

enum class AuditAction {
    Login,
    LoginFailed,
    LockOut,
    Logout,
    Reveal,
    Export,
    BulkQuery,
    RoleChange,
    AccountCreate,
    AccountDeactivate,
    AccountActivate,
    PasswordReset,
    PasswordChange,
    Deletion,
};

QString key(AuditAction a);
std::optional<AuditAction> auditActionFromKey(const QString& k);

struct AuditEntry {
    qint64 seq = 0;     // 1, 2, 3, ... per station
    QString id;         // UUID
    QString station;    // the store (workstation) that wrote it: a UUID made at its first entry
    QDateTime at;       // UTC, milliseconds
    QString operatorId; // who acted; empty for a failed login under an unknown name
    QString action;     // key(AuditAction)
    QString target;     // what it was done to: an operator id, a work order id, a category id, a typed name
    QString detail;     // free text (a reason, the fields revealed, an old and new role)
    QString prevHash;   // hex SHA-256 of the entry before (64 zeros for the first)
    QString hash;       // hex SHA-256 over prevHash and the fields above
};

struct AuditProblem {
    enum class Kind {
        Edited,    // an entry's fields no longer match its hash
        Missing,   // entries firstMissing..seq-1 are gone (a gap in the numbering)
        Relinked,  // seq's link does not match the entry before: that one was replaced or its hash rewritten
        Truncated, // the newest entries, up to the recorded head, are gone
    };
    Kind kind;
    QString station;
    qint64 seq = 0;          // the entry named (for Missing and Truncated: the one after the gap / the last left)
    QDateTime at;            // its time (invalid when there is no such entry)
    qint64 firstMissing = 0; // Missing, Truncated: the first missing number
    qint64 lastMissing = 0;  // Missing, Truncated: the last missing number
};

// One sentence naming the entry by number and time (translated; English on the CLI).
QString describe(const AuditProblem& p);

struct AuditReport {
    int entries = 0;
    QList<AuditProblem> problems; // in chain order, every problem found
    bool intact() const { return problems.isEmpty(); }
};

class AuditLog final {
public:
    explicit AuditLog(QSqlDatabase db) : m_db(std::move(db)) {}

    // Appends an entry; must be called inside the caller's open transaction, so the entry is stored exactly when
    // what it records is. Also appends the change-log record (entity "audit_entry").
    Result<AuditEntry> append(AuditAction action, const QString& operatorId, const QString& target,
                              const QString& detail, IdGenerator& ids, const Clock& clock);

    // The newest entries first.
    Result<QList<AuditEntry>> latest(int limit) const;
    Result<int> count() const;

    // Walks every station's chain and reports all problems.
    Result<AuditReport> verify() const;

    // SHA-256 (hex) over e.prevHash and the canonical fields of e (seq, id, station, at, operator, action, target,
    // detail), each as a netstring of its UTF-8 bytes.
    static QString computeHash(const AuditEntry& e);
    static QString genesisHash();

private:
    QSqlDatabase m_db;
};

} // namespace hotline::security
