#include "security/auditlog.h"

#include "calendar/workcalendar.h"
#include "core/clock.h"
#include "core/idgenerator.h"
#include "db/query.h"
#include "sync/changelog.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonObject>

namespace hotline::security {
namespace {

constexpr AuditAction kAllActions[] = {AuditAction::Login,           AuditAction::LoginFailed,
                                       AuditAction::LockOut,         AuditAction::Logout,
                                       AuditAction::Reveal,          AuditAction::Export,
                                       AuditAction::BulkQuery,       AuditAction::RoleChange,
                                       AuditAction::AccountCreate,   AuditAction::AccountDeactivate,
                                       AuditAction::AccountActivate, AuditAction::PasswordReset,
                                       AuditAction::PasswordChange,  AuditAction::Deletion};

const QString kColumns = QStringLiteral("seq, id, station, at, operator_id, action, target, detail, prev_hash, hash");

// Where the newest entry of this station was: "seq:hash". Kept beside the chain so that removing the newest entries
// is noticed too (the central copy is the final word).
const QString kHeadKey = QStringLiteral("audit_head");
// This store's chain: a UUID made at its first entry. (Not the four-character ticket station code: two workstations
// may draw the same one, and their chains would then collide at the centre.)
const QString kStationKey = QStringLiteral("audit_station");

Result<QString> ownStation(const QSqlDatabase& db)
{
    auto q = db::exec(db, QStringLiteral("SELECT value FROM settings WHERE key = ?"), {kStationKey});
    if (!q) {
        return q.error();
    }
    return q.value().next() ? q.value().value(0).toString() : QString();
}

AuditEntry fromRow(const QSqlQuery& q)
{
    AuditEntry e;
    e.seq = q.value(0).toLongLong();
    e.id = q.value(1).toString();
    e.station = q.value(2).toString();
    e.at = QDateTime::fromMSecsSinceEpoch(q.value(3).toLongLong(), Qt::UTC);
    e.operatorId = q.value(4).toString();
    e.action = q.value(5).toString();
    e.target = q.value(6).toString();
    e.detail = q.value(7).toString();
    e.prevHash = q.value(8).toString();
    e.hash = q.value(9).toString();
    return e;
}

// Qt binds a null QString as SQL NULL; the text columns are NOT NULL.
QVariant text(const QString& s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

void netstring(QByteArray& out, const QByteArray& field)
{
    out += QByteArray::number(field.size());
    out += ':';
    out += field;
    out += ',';
}

QString beijingText(const QDateTime& t)
{
    return t.isValid() ? t.toTimeZone(calendar::beijingTime()).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                       : QString();
}

Result<std::optional<QPair<qint64, QString>>> readHead(const QSqlDatabase& db)
{
    auto q = db::exec(db, QStringLiteral("SELECT value FROM settings WHERE key = ?"), {kHeadKey});
    if (!q) {
        return q.error();
    }
    if (!q.value().next()) {
        return std::optional<QPair<qint64, QString>>{};
    }
    const QString value = q.value().value(0).toString();
    const qsizetype colon = value.indexOf(QLatin1Char(':'));
    bool ok = false;
    const qint64 seq = value.left(colon).toLongLong(&ok);
    if (colon <= 0 || !ok) {
        return std::optional<QPair<qint64, QString>>{};
    }
    return std::optional<QPair<qint64, QString>>{qMakePair(seq, value.mid(colon + 1))};
}

} // namespace

QString key(AuditAction a)
{
    switch (a) {
    case AuditAction::Login:
        return QStringLiteral("login");
    case AuditAction::LoginFailed:
        return QStringLiteral("login_failed");
    case AuditAction::LockOut:
        return QStringLiteral("lockout");
    case AuditAction::Logout:
        return QStringLiteral("logout");
    case AuditAction::Reveal:
        return QStringLiteral("reveal");
    case AuditAction::Export:
        return QStringLiteral("export");
    case AuditAction::BulkQuery:
        return QStringLiteral("bulk_query");
    case AuditAction::RoleChange:
        return QStringLiteral("role_change");
    case AuditAction::AccountCreate:
        return QStringLiteral("account_create");
    case AuditAction::AccountDeactivate:
        return QStringLiteral("account_deactivate");
    case AuditAction::AccountActivate:
        return QStringLiteral("account_activate");
    case AuditAction::PasswordReset:
        return QStringLiteral("password_reset");
    case AuditAction::PasswordChange:
        return QStringLiteral("password_change");
    case AuditAction::Deletion:
        return QStringLiteral("delete");
    }
    return {};
}

std::optional<AuditAction> auditActionFromKey(const QString& k)
{
    for (AuditAction a : kAllActions) {
        if (key(a) == k) {
            return a;
        }
    }
    return std::nullopt;
}

QString describe(const AuditProblem& p)
{
    switch (p.kind) {
    case AuditProblem::Kind::Edited:
        return QCoreApplication::translate("hotline::security",
                                           "entry %1 of station %2 (%3) was edited: its content does not match its "
                                           "hash")
            .arg(p.seq)
            .arg(p.station, beijingText(p.at));
    case AuditProblem::Kind::Missing:
        return QCoreApplication::translate("hotline::security",
                                           "entries %1 to %2 of station %3 were removed: the numbering jumps to "
                                           "entry %4 (%5)")
            .arg(p.firstMissing)
            .arg(p.lastMissing)
            .arg(p.station)
            .arg(p.seq)
            .arg(beijingText(p.at));
    case AuditProblem::Kind::Relinked:
        return QCoreApplication::translate("hotline::security",
                                           "entry %1 of station %2 (%3) was replaced or its hash rewritten: the "
                                           "chain after it no longer matches")
            .arg(p.seq)
            .arg(p.station, beijingText(p.at));
    case AuditProblem::Kind::Truncated:
        return QCoreApplication::translate("hotline::security",
                                           "entries %1 to %2 of station %3 were removed: the log ends at entry %4 "
                                           "(%5) but had reached entry %2")
            .arg(p.firstMissing)
            .arg(p.lastMissing)
            .arg(p.station)
            .arg(p.seq)
            .arg(beijingText(p.at));
    }
    return {};
}

QString AuditLog::genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

QString AuditLog::computeHash(const AuditEntry& e)
{
    QByteArray canonical;
    netstring(canonical, e.prevHash.toUtf8());
    netstring(canonical, QByteArray::number(e.seq));
    netstring(canonical, e.id.toUtf8());
    netstring(canonical, e.station.toUtf8());
    netstring(canonical, QByteArray::number(e.at.toMSecsSinceEpoch()));
    netstring(canonical, e.operatorId.toUtf8());
    netstring(canonical, e.action.toUtf8());
    netstring(canonical, e.target.toUtf8());
    netstring(canonical, e.detail.toUtf8());
    return QString::fromLatin1(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex());
}

Result<AuditEntry> AuditLog::append(AuditAction action, const QString& operatorId, const QString& target,
                                    const QString& detail, IdGenerator& ids, const Clock& clock)
{
    AuditEntry e;
    e.id = ids.next();
    auto station = ownStation(m_db);
    if (!station) {
        return station.error();
    }
    e.station = station.value();
    if (e.station.isEmpty()) {
        e.station = ids.next();
        if (auto q = db::exec(m_db, QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"),
                              {kStationKey, e.station});
            !q) {
            return q.error();
        }
    }
    auto last =
        db::exec(m_db, QStringLiteral("SELECT seq, hash FROM audit_log WHERE station = ? ORDER BY seq DESC LIMIT 1"),
                 {e.station});
    if (!last) {
        return last.error();
    }
    if (last.value().next()) {
        e.seq = last.value().value(0).toLongLong() + 1;
        e.prevHash = last.value().value(1).toString();
    } else {
        e.seq = 1;
        e.prevHash = genesisHash();
    }
    // Milliseconds are what is stored, so hash what will be read back.
    e.at = QDateTime::fromMSecsSinceEpoch(clock.now().toMSecsSinceEpoch(), Qt::UTC);
    e.operatorId = operatorId;
    e.action = key(action);
    e.target = target;
    e.detail = detail;
    e.hash = computeHash(e);
    if (auto q = db::exec(
            m_db, QStringLiteral("INSERT INTO audit_log (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)").arg(kColumns),
            {e.seq, e.id, e.station, e.at.toMSecsSinceEpoch(), text(e.operatorId), e.action, text(e.target),
             text(e.detail), e.prevHash, e.hash});
        !q) {
        return q.error();
    }
    if (auto q = db::exec(m_db, QStringLiteral("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)"),
                          {kHeadKey, QString(QString::number(e.seq) + QLatin1Char(':') + e.hash)});
        !q) {
        return q.error();
    }
    const QJsonObject fields{{QStringLiteral("seq"), e.seq},
                             {QStringLiteral("station"), e.station},
                             {QStringLiteral("at"), e.at.toMSecsSinceEpoch()},
                             {QStringLiteral("operator_id"), e.operatorId},
                             {QStringLiteral("action"), e.action},
                             {QStringLiteral("target"), e.target},
                             {QStringLiteral("detail"), e.detail},
                             {QStringLiteral("prev_hash"), e.prevHash},
                             {QStringLiteral("hash"), e.hash}};
    if (Outcome s = sync::appendChange(
            m_db, {QStringLiteral("audit_entry"), e.id, sync::Operation::Insert, fields, operatorId, e.at});
        !s) {
        return s.error();
    }
    return e;
}

Result<QList<AuditEntry>> AuditLog::latest(int limit) const
{
    auto q = db::exec(
        m_db, QStringLiteral("SELECT %1 FROM audit_log ORDER BY at DESC, station, seq DESC LIMIT ?").arg(kColumns),
        {limit});
    if (!q) {
        return q.error();
    }
    QList<AuditEntry> out;
    while (q.value().next()) {
        out.append(fromRow(q.value()));
    }
    return out;
}

Result<int> AuditLog::count() const
{
    auto q = db::exec(m_db, QStringLiteral("SELECT count(*) FROM audit_log"));
    if (!q) {
        return q.error();
    }
    q.value().next();
    return q.value().value(0).toInt();
}

Result<AuditReport> AuditLog::verify() const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM audit_log ORDER BY station, seq").arg(kColumns))) {
        return db::writeError(q);
    }
    AuditReport report;
    QHash<QString, AuditEntry> lastOf; // the last entry seen of each station
    std::optional<AuditEntry> prev;
    while (q.next()) {
        const AuditEntry e = fromRow(q);
        ++report.entries;
        if (prev && prev->station != e.station) {
            prev.reset();
        }
        const qint64 expected = prev ? prev->seq + 1 : 1;
        const bool edited = computeHash(e) != e.hash;
        if (edited) {
            report.problems.append({AuditProblem::Kind::Edited, e.station, e.seq, e.at, 0, 0});
        }
        if (e.seq > expected) {
            report.problems.append({AuditProblem::Kind::Missing, e.station, e.seq, e.at, expected, e.seq - 1});
        } else if (!edited && e.prevHash != (prev ? prev->hash : genesisHash())) {
            // (An edited entry's own link is not to be trusted: one problem is enough for it.)
            // This entry is intact, so the one before it changed after this was written.
            if (prev) {
                report.problems.append({AuditProblem::Kind::Relinked, e.station, prev->seq, prev->at, 0, 0});
            } else {
                report.problems.append({AuditProblem::Kind::Relinked, e.station, e.seq, e.at, 0, 0});
            }
        }
        prev = e;
        lastOf.insert(e.station, e);
    }
    q.finish();

    auto head = readHead(m_db);
    if (!head) {
        return head.error();
    }
    if (head.value()) {
        const auto [headSeq, headHash] = *head.value();
        auto station = ownStation(m_db);
        if (!station) {
            return station.error();
        }
        const QString own = station.value();
        const std::optional<AuditEntry> last =
            lastOf.contains(own) ? std::optional<AuditEntry>(lastOf.value(own)) : std::nullopt;
        const qint64 lastSeq = last ? last->seq : 0;
        if (lastSeq < headSeq) {
            report.problems.append(
                {AuditProblem::Kind::Truncated, own, lastSeq, last ? last->at : QDateTime(), lastSeq + 1, headSeq});
        } else if (lastSeq == headSeq && last->hash != headHash) {
            const bool known = std::any_of(report.problems.begin(), report.problems.end(),
                                           [&](const AuditProblem& p) { return p.station == own && p.seq == lastSeq; });
            if (!known) {
                report.problems.append({AuditProblem::Kind::Relinked, own, lastSeq, last->at, 0, 0});
            }
        }
    }
    return report;
}

} // namespace hotline::security
