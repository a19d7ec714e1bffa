#pragma once
// A store with agents, QA inspectors and a lead, and plain-SQL inserts of the rows the sampling, feedback and summary
// tests read (recordings, work orders, template versions, evaluations), so they do not depend on the scoring code.

#include "db/query.h"
#include "security/operator.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace hotline::test {

inline const QString kComplaintTopic = QStringLiteral("c54fcd9f-19ca-5607-8c4a-6e80301cff0e");  // 投诉建议 / 投诉
inline const QString kSuggestionTopic = QStringLiteral("b588cd5e-4d34-5799-be83-a87a5ebeeee1"); // 投诉建议 / 建议
inline const QString kOrdinaryTopic = QStringLiteral("b8972ff1-1c8e-5fe0-be4a-60e65a3c72f2"); // 个税业务 / 综合所得

struct QaRows {
    QaRows()
    {
        security::OperatorRepository ops(conn());
        auto make = [&](const QString& name, security::Role role) {
            auto op = ops.create(name, role, ids, clock);
            REQUIRE(op.ok());
            return op.value();
        };
        zhang = make(QStringLiteral("张三"), security::Role::Agent);
        li = make(QStringLiteral("李四"), security::Role::Agent);
        wang = make(QStringLiteral("王五"), security::Role::OnlineAgent);
        inspectorA = make(QStringLiteral("质检甲"), security::Role::QaInspector);
        inspectorB = make(QStringLiteral("质检乙"), security::Role::QaInspector);
        lead = make(QStringLiteral("组长"), security::Role::TeamLead);
        admin = make(QStringLiteral("管理员"), security::Role::Admin);
    }

    QSqlDatabase conn() const { return store.db->connection(); }

    void exec(const QString& sql, const QVariantList& bindings = {}) const
    {
        auto q = db::exec(conn(), sql, bindings);
        INFO(sql.toStdString());
        REQUIRE(q.ok());
    }

    int count(const QString& sql, const QVariantList& bindings = {}) const
    {
        auto q = db::exec(conn(), sql, bindings);
        REQUIRE(q.ok());
        REQUIRE(q.value().next());
        return q.value().value(0).toInt();
    }

    // A work order in the category, owned by the agent.
    QString workOrder(const QString& categoryId, const security::Operator& owner)
    {
        const QString id = ids.next();
        const qint64 now = clock.now().toMSecsSinceEpoch();
        exec(QStringLiteral(
                 "INSERT INTO work_orders (id, ticket_no, channel, category_id, difficulty, question, status, "
                 "owner_id, created_by, received_at, due_at, updated_at) "
                 "VALUES (?, ?, 'phone', ?, 'normal', '咨询', 'resolved', ?, ?, ?, ?, ?)"),
             {id, QString(QStringLiteral("T") + id.right(8)), categoryId, owner.id, owner.id, now, now, now});
        return id;
    }

    // A recording of the agent's call starting at a Beijing time ("2026-11-16 09:30").
    QString recording(const security::Operator& agent, const QString& beijingStart, const QString& workOrderId = {},
                      const QString& caller = QStringLiteral("13907711234"))
    {
        const QString id = ids.next();
        exec(QStringLiteral(
                 "INSERT INTO recordings (id, agent_code, agent_id, caller_number, started_at, duration_ms, "
                 "format, sample_rate, channels, file_name, path, storage, size_bytes, sha256, work_order_id, "
                 "imported_by, imported_at) VALUES (?, '', ?, ?, ?, 60000, 'alaw', 8000, 1, ?, ?, 'in_place', "
                 "1000, ?, ?, ?, ?)"),
             {id, agent.id.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(agent.id), caller,
              beijing(beijingStart).toMSecsSinceEpoch(), QString(id + QStringLiteral(".wav")),
              QString(QStringLiteral("/pbx/") + id + QStringLiteral(".wav")), id,
              workOrderId.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(workOrderId), admin.id,
              clock.now().toMSecsSinceEpoch()});
        return id;
    }

    // A template version: 服务态度 (greet 10, patience 20), 技术能力 (policy 30, fatal: leak 0); max 100, pass 80.
    QString templateVersion()
    {
        auto item = [](const char* key, const char* name, double max, bool fatal) {
            return QJsonObject{{QStringLiteral("key"), QString::fromLatin1(key)},
                               {QStringLiteral("name"), QString::fromUtf8(name)},
                               {QStringLiteral("max_points"), max},
                               {QStringLiteral("standard"), QString()},
                               {QStringLiteral("fatal"), fatal}};
        };
        const QJsonObject def{
            {QStringLiteral("dimensions"),
             QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("attitude")},
                                    {QStringLiteral("name"), QStringLiteral("服务态度")},
                                    {QStringLiteral("items"), QJsonArray{item("greet", "规范问候", 10, false),
                                                                         item("patience", "耐心", 20, false)}}},
                        QJsonObject{{QStringLiteral("key"), QStringLiteral("skill")},
                                    {QStringLiteral("name"), QStringLiteral("技术能力")},
                                    {QStringLiteral("items"), QJsonArray{item("policy", "政策解答", 30, false),
                                                                         item("leak", "泄露纳税人信息", 0, true)}}}}}};
        const QString tid = ids.next();
        const QString vid = ids.next();
        const qint64 now = clock.now().toMSecsSinceEpoch();
        exec(QStringLiteral("INSERT INTO qa_templates (id, name, updated_at) VALUES (?, '默认评分表', ?)"), {tid, now});
        exec(QStringLiteral("INSERT INTO qa_template_versions (id, template_id, version, pass_mark, max_total, "
                            "definition, created_by, created_at) VALUES (?, ?, 1, 80, 100, ?, ?, ?)"),
             {vid, tid, QString::fromUtf8(QJsonDocument(def).toJson(QJsonDocument::Compact)), lead.id, now});
        return vid;
    }

    struct Deduction {
        QString itemKey;
        double points;
        bool fatal = false;
    };

    // An evaluation of the recording's agent scored at a Beijing time, with its deductions; total and passed as given.
    QString evaluation(const QString& recordingId, const security::Operator& agent, const QString& versionId,
                       const QString& beijingScored, double total, bool passed, const QList<Deduction>& items = {},
                       bool fatal = false)
    {
        const QString id = ids.next();
        const qint64 at = beijing(beijingScored).toMSecsSinceEpoch();
        exec(
            QStringLiteral("INSERT INTO qa_evaluations (id, recording_id, template_version_id, agent_id, inspector_id, "
                           "scored_at, total, fatal, passed, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {id, recordingId, versionId, agent.id, inspectorA.id, at, total, fatal ? 1 : 0, passed ? 1 : 0, at});
        for (const Deduction& d : items) {
            exec(QStringLiteral(
                     "INSERT INTO qa_evaluation_items (id, evaluation_id, item_key, deduction, fatal, reason) "
                     "VALUES (?, ?, ?, ?, ?, '扣分原因')"),
                 {ids.next(), id, d.itemKey, d.points, d.fatal ? 1 : 0});
        }
        return id;
    }

    TempStore store;
    ManualClock clock{beijing(QStringLiteral("2026-11-27 10:00"))};
    SequentialIdGenerator ids;
    security::Operator zhang, li, wang, inspectorA, inspectorB, lead, admin;
};

} // namespace hotline::test
