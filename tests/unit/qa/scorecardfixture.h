#pragma once
// A store with the QA roles (lead, inspector, two agents, an administrator) and recordings inserted straight into the
// catalogue table, for the scorecard, evaluation and live-monitoring tests.

#include "db/query.h"
#include "qa/scorecardrepository.h"
#include "security/operator.h"
#include "sync/changelog.h"
#include "testsupport.h"

namespace hotline::test {

struct ScorecardStore {
    ScorecardStore()
    {
        security::OperatorRepository ops(store.db->connection());
        lead = ops.create(QStringLiteral("王班长"), security::Role::TeamLead, ids, clock).value();
        inspector = ops.create(QStringLiteral("周质检"), security::Role::QaInspector, ids, clock).value();
        agent = ops.create(QStringLiteral("张三"), security::Role::Agent, ids, clock).value();
        otherAgent = ops.create(QStringLiteral("李四"), security::Role::Agent, ids, clock).value();
        admin = ops.create(QStringLiteral("管理员"), security::Role::Admin, ids, clock).value();
    }

    QSqlDatabase db() const { return store.db->connection(); }

    // A work order owned by ownerId, for a recording to link to.
    QString addWorkOrder(const QString& ownerId, const QString& ticketNo)
    {
        const QString id = ids.next();
        const qint64 at = clock.now().toMSecsSinceEpoch();
        REQUIRE(
            db::exec(db(),
                     QStringLiteral("INSERT INTO work_orders (id, ticket_no, channel, difficulty, question, status, "
                                    "owner_id, created_by, received_at, due_at, updated_at) VALUES (?, ?, 'phone', "
                                    "'normal', '年终奖怎么计税', 'resolved', ?, ?, ?, ?, ?)"),
                     {id, ticketNo, ownerId, ownerId, at, at, at})
                .ok());
        return id;
    }

    // A recording of agentId's call (empty: not yet attributed), linked to workOrderId when given.
    QString addRecording(const QString& agentId, const QString& workOrderId = {})
    {
        const QString id = ids.next();
        const qint64 at = clock.now().toMSecsSinceEpoch();
        REQUIRE(db::exec(db(),
                         QStringLiteral("INSERT INTO recordings (id, call_id, agent_code, agent_id, caller_number, "
                                        "started_at, duration_ms, format, sample_rate, channels, file_name, path, "
                                        "storage, size_bytes, sha256, work_order_id, link_method, imported_by, "
                                        "imported_at) VALUES (?, ?, '8001', ?, '13907711234', ?, 183000, 'alaw', 8000, "
                                        "1, ?, ?, 'in_place', 1464044, ?, ?, ?, ?, ?)"),
                         {id, QString(QStringLiteral("call-") + id.right(4)),
                          agentId.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(agentId), at,
                          QString(id + QStringLiteral(".wav")),
                          QString(QStringLiteral("/srv/pbx/") + id + QStringLiteral(".wav")),
                          QString(QString(id).remove(QLatin1Char('-')) + QStringLiteral("sha")),
                          workOrderId.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(workOrderId),
                          workOrderId.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                                : QVariant(QStringLiteral("call_id")),
                          admin.id, at})
                    .ok());
        return id;
    }

    QString addMarker(const QString& recordingId, qint64 positionMs, const QString& comment)
    {
        const QString id = ids.next();
        REQUIRE(db::exec(db(),
                         QStringLiteral("INSERT INTO recording_markers (id, recording_id, position_ms, comment, "
                                        "author_id, created_at) VALUES (?, ?, ?, ?, ?, ?)"),
                         {id, recordingId, positionMs, comment, inspector.id, clock.now().toMSecsSinceEpoch()})
                    .ok());
        return id;
    }

    int count(const QString& sql, std::initializer_list<QVariant> bindings = {}) const
    {
        auto q = db::exec(db(), sql, bindings);
        REQUIRE(q.ok());
        REQUIRE(q.value().next());
        return q.value().value(0).toInt();
    }

    QList<sync::Change> changes(const QString& entity) const
    {
        QList<sync::Change> out;
        for (const sync::Change& c : sync::pendingChanges(db(), 100000).value()) {
            if (c.entity == entity) {
                out << c;
            }
        }
        return out;
    }

    qa::ScorecardVersion shipped() const
    {
        auto v = qa::currentScorecard(db());
        REQUIRE(v.ok());
        return v.value();
    }

    TempStore store;
    ManualClock clock{beijing(QStringLiteral("2026-11-27 10:00"))};
    SequentialIdGenerator ids;
    security::Operator lead;
    security::Operator inspector;
    security::Operator agent;
    security::Operator otherAgent;
    security::Operator admin;
};

} // namespace hotline::test
