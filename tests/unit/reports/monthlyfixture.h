#pragma once
// A store with a known September 2025 for the monthly report: work orders over six months (none in June), of every
// kind of category, channel and difficulty, met and missed deadlines, survey answers and return visits, complaints
// and knowledge-base articles linked to the month's work orders. Rows are written with plain SQL, so the figures
// the tests expect are what the store holds and nothing else.

#include "../security/securityfixture.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace hotline::test {

struct MonthlyDesk : SecurityFixture {
    MonthlyDesk()
    {
        clock.set(beijing(QStringLiteral("2025-10-15 10:00")));
        // The months before: 2 in March, 4 in April, 5 in May, none in June, 3 in July, 8 in August.
        const QList<QPair<QString, int>> before = {{QStringLiteral("2025-03-10"), 2},
                                                   {QStringLiteral("2025-04-10"), 4},
                                                   {QStringLiteral("2025-05-12"), 5},
                                                   {QStringLiteral("2025-07-08"), 3},
                                                   {QStringLiteral("2025-08-11"), 8}};
        for (const auto& [day, n] : before) {
            for (int i = 0; i < n; ++i) {
                add(day + QStringLiteral(" 09:0%1").arg(i), QStringLiteral("phone"), QStringLiteral("综合所得"),
                    QStringLiteral("normal"), agent, day + QStringLiteral(" 17:30"), day + QStringLiteral(" 11:00"));
            }
        }
        // Received in August, due in September (疑难), resolved late.
        add(QStringLiteral("2025-08-29 16:00"), QStringLiteral("phone"), QStringLiteral("综合所得"),
            QStringLiteral("hard"), colleague, QStringLiteral("2025-09-02 17:30"), QStringLiteral("2025-09-03 09:00"));
        // September: 12 work orders.
        const QString s = QStringLiteral("2025-09-");
        add(s + QStringLiteral("01 00:00"), QStringLiteral("phone"), QStringLiteral("综合所得"),
            QStringLiteral("normal"), agent, s + QStringLiteral("01 17:30"), s + QStringLiteral("01 10:00")); // met
        add(s + QStringLiteral("02 09:00"), QStringLiteral("phone"), QStringLiteral("人员信息采集"),
            QStringLiteral("normal"), agent, s + QStringLiteral("02 17:30"), s + QStringLiteral("03 09:00")); // missed
        add(s + QStringLiteral("03 10:00"), QStringLiteral("online"), QStringLiteral("人员信息采集"),
            QStringLiteral("hard"), agent, s + QStringLiteral("05 17:30"),
            s + QStringLiteral("05 17:30")); // met (equal)
        add(s + QStringLiteral("04 11:00"), QStringLiteral("online"), QStringLiteral("综合所得申报"),
            QStringLiteral("hard"), colleague, s + QStringLiteral("08 17:30"), {}); // missed, still open
        add(s + QStringLiteral("05 14:00"), QStringLiteral("email"), QStringLiteral("投诉"), QStringLiteral("normal"),
            colleague, s + QStringLiteral("05 17:30"), s + QStringLiteral("05 15:00")); // met
        add(s + QStringLiteral("08 09:30"), QStringLiteral("phone"), QStringLiteral("个税业务"),
            QStringLiteral("normal"), colleague, s + QStringLiteral("08 17:30"),
            s + QStringLiteral("08 17:31")); // missed by a minute
        add(s + QStringLiteral("10 09:30"), QStringLiteral("phone"), {}, QStringLiteral("normal"), agent,
            s + QStringLiteral("10 17:30"), s + QStringLiteral("10 12:00")); // met, no category
        add(s + QStringLiteral("15 09:30"), QStringLiteral("phone"), QStringLiteral("专项附加扣除"),
            QStringLiteral("hard"), lead, s + QStringLiteral("17 17:30"), s + QStringLiteral("16 12:00")); // met
        add(s + QStringLiteral("22 09:30"), QStringLiteral("fax"), QStringLiteral("综合所得"), QStringLiteral("normal"),
            agent, s + QStringLiteral("22 17:30"), s + QStringLiteral("22 12:00")); // met
        add(s + QStringLiteral("29 09:30"), QStringLiteral("phone"), QStringLiteral("综合所得"), QStringLiteral("hard"),
            agent, QStringLiteral("2025-10-10 17:30"), {}); // due in October, open (not yet due at the clock)
        add(s + QStringLiteral("30 16:00"), QStringLiteral("online"), QStringLiteral("综合所得"),
            QStringLiteral("normal"), agent, s + QStringLiteral("30 17:30"), s + QStringLiteral("30 16:30")); // met
        add(s + QStringLiteral("30 23:59"), QStringLiteral("phone"), QStringLiteral("人员信息采集"),
            QStringLiteral("normal"), colleague, QStringLiteral("2025-10-09 17:30"), {}); // due in October: missed
        // October 1st at midnight is October.
        add(QStringLiteral("2025-10-01 00:00"), QStringLiteral("phone"), QStringLiteral("综合所得"),
            QStringLiteral("normal"), agent, QStringLiteral("2025-10-09 17:30"), QStringLiteral("2025-10-09 09:00"));

        // Satisfaction: four survey answers (one unmatched), one return visit on a work order without a survey.
        survey(QStringLiteral("2025-09-01 00:05"), QStringLiteral("satisfied"), ticket(s + QStringLiteral("01 00:00")));
        survey(QStringLiteral("2025-09-02 09:10"), QStringLiteral("dissatisfied"),
               ticket(s + QStringLiteral("02 09:00")));
        survey(QStringLiteral("2025-09-05 14:05"), QStringLiteral("basically_satisfied"),
               ticket(s + QStringLiteral("05 14:00")));
        survey(QStringLiteral("2025-09-20 10:00"), QStringLiteral("satisfied"), {});
        survey(QStringLiteral("2025-10-01 08:00"), QStringLiteral("dissatisfied"), {}); // October
        visit(ticket(s + QStringLiteral("08 09:30")), QStringLiteral("2025-09-09 10:00"), QStringLiteral("satisfied"));

        // Complaints: three received in September, one in August closed in September.
        complaint(QStringLiteral("2025-09-03 10:00"), QStringLiteral("minor"), QStringLiteral("closed"),
                  QStringLiteral("not_upheld"), QStringLiteral("2025-09-10 10:00"));
        complaint(QStringLiteral("2025-09-12 10:00"), QStringLiteral("serious"), QStringLiteral("investigating"), {},
                  {});
        complaint(QStringLiteral("2025-09-25 10:00"), QStringLiteral("normal"), QStringLiteral("replied"),
                  QStringLiteral("upheld"), {});
        complaint(QStringLiteral("2025-08-20 10:00"), QStringLiteral("normal"), QStringLiteral("closed"),
                  QStringLiteral("partly_upheld"), QStringLiteral("2025-09-01 09:00"));

        // Knowledge: 人员信息未验证通过 linked to three September work orders, 专项附加扣除 to two (one of them in
        // August), a draft to one.
        article(QStringLiteral("kb-verify"), QStringLiteral("人员信息未验证通过怎么办"),
                QStringLiteral("请在【人员信息采集】中核对证件信息后重新报送验证。"), QStringLiteral("published"));
        article(QStringLiteral("kb-deduct"), QStringLiteral("专项附加扣除如何填报"), QString(400, QChar(0x6263)),
                QStringLiteral("published"));
        article(QStringLiteral("kb-draft"), QStringLiteral("草稿文章"), QStringLiteral("尚未发布。"),
                QStringLiteral("draft"));
        link(ticket(s + QStringLiteral("02 09:00")), QStringLiteral("kb-verify"));
        link(ticket(s + QStringLiteral("03 10:00")), QStringLiteral("kb-verify"));
        link(ticket(s + QStringLiteral("30 23:59")), QStringLiteral("kb-verify"));
        link(ticket(s + QStringLiteral("15 09:30")), QStringLiteral("kb-deduct"));
        link(ticket(QStringLiteral("2025-08-29 16:00")), QStringLiteral("kb-deduct"));
        link(ticket(s + QStringLiteral("22 09:30")), QStringLiteral("kb-draft"));
    }

    static qint64 ms(const QString& bj) { return beijing(bj).toMSecsSinceEpoch(); }

    QString categoryId(const QString& name) const
    {
        if (name.isEmpty()) {
            return {};
        }
        QSqlQuery q(store.db->connection());
        q.prepare(QStringLiteral("SELECT id FROM categories WHERE name = ?"));
        q.addBindValue(name);
        REQUIRE(q.exec());
        REQUIRE(q.next());
        return q.value(0).toString();
    }

    // A work order received at a Beijing time (the ticket number is made from it).
    void add(const QString& received, const QString& channel, const QString& category, const QString& difficulty,
             const security::Operator& owner, const QString& due, const QString& resolved)
    {
        QSqlQuery q(store.db->connection());
        REQUIRE(q.prepare(QStringLiteral(
            "INSERT INTO work_orders (id, ticket_no, channel, category_id, difficulty, question, status, owner_id, "
            "created_by, received_at, due_at, updated_at, resolved_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "?)")));
        const QString id = ids.next();
        q.addBindValue(id);
        const QString digits = QString(received).remove(QRegularExpression(QStringLiteral("[^0-9]")));
        q.addBindValue(QString(QStringLiteral("GX") + digits + QString::number(++m_tickets)));
        q.addBindValue(channel);
        const QString cat = categoryId(category);
        q.addBindValue(cat.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(cat));
        q.addBindValue(difficulty);
        q.addBindValue(QStringLiteral("咨询"));
        q.addBindValue(resolved.isEmpty() ? QStringLiteral("in_progress") : QStringLiteral("resolved"));
        q.addBindValue(owner.id);
        q.addBindValue(owner.id);
        q.addBindValue(ms(received));
        q.addBindValue(ms(due));
        q.addBindValue(ms(received));
        q.addBindValue(resolved.isEmpty() ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(ms(resolved)));
        if (!q.exec()) {
            FAIL(q.lastError().text().toStdString());
        }
        m_byReceived.insert(received, id);
    }

    QString ticket(const QString& received) const { return m_byReceived.value(received); }

    void survey(const QString& at, const QString& rating, const QString& workOrder)
    {
        QSqlQuery q(store.db->connection());
        REQUIRE(q.prepare(QStringLiteral(
            "INSERT INTO satisfaction_surveys (id, call_at, rating_raw, rating, work_order_id, import_batch, "
            "source_file, source_line, dedup_key, imported_by, imported_at) VALUES (?, ?, ?, ?, ?, 'b', 'f.csv', 2, ?, "
            "?, ?)")));
        const QString id = ids.next();
        q.addBindValue(id);
        q.addBindValue(ms(at));
        q.addBindValue(rating);
        q.addBindValue(rating);
        q.addBindValue(workOrder.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(workOrder));
        q.addBindValue(id);
        q.addBindValue(lead.id);
        q.addBindValue(ms(at));
        if (!q.exec()) {
            FAIL(q.lastError().text().toStdString());
        }
    }

    void visit(const QString& workOrder, const QString& at, const QString& verdict)
    {
        QSqlQuery q(store.db->connection());
        REQUIRE(
            q.prepare(QStringLiteral("INSERT INTO return_visits (id, work_order_id, visitor_id, visited_at, method, "
                                     "verdict, created_at) VALUES (?, ?, ?, ?, 'phone', ?, ?)")));
        for (const QVariant& v : QVariantList{ids.next(), workOrder, agent.id, ms(at), verdict, ms(at)}) {
            q.addBindValue(v);
        }
        if (!q.exec()) {
            FAIL(q.lastError().text().toStdString());
        }
    }

    void complaint(const QString& received, const QString& severity, const QString& status, const QString& result,
                   const QString& closed)
    {
        QSqlQuery q(store.db->connection());
        REQUIRE(q.prepare(QStringLiteral(
            "INSERT INTO complaints (id, complaint_no, received_at, channel, subject_kind, summary, severity, status, "
            "result, closed_at, created_by, created_at, updated_at) VALUES (?, ?, ?, 'phone', 'agent', '态度', ?, ?, "
            "coalesce(?, ''), ?, ?, ?, ?)")));
        const QString id = ids.next();
        for (const QVariant& v :
             QVariantList{id, QString(QStringLiteral("TS") + id), ms(received), severity, status, result,
                          closed.isEmpty() ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(ms(closed)), lead.id,
                          ms(received), ms(received)}) {
            q.addBindValue(v);
        }
        if (!q.exec()) {
            FAIL(q.lastError().text().toStdString());
        }
    }

    void article(const QString& id, const QString& title, const QString& body, const QString& status)
    {
        QSqlQuery q(store.db->connection());
        REQUIRE(q.prepare(QStringLiteral(
            "INSERT INTO kb_articles (id, category_id, title, body_html, body_text, status, author_id, created_at, "
            "updated_at) VALUES (?, (SELECT id FROM kb_categories ORDER BY sort_order LIMIT 1), ?, ?, ?, ?, ?, 0, "
            "0)")));
        for (const QVariant& v : QVariantList{id, title, body, body, status, lead.id}) {
            q.addBindValue(v);
        }
        if (!q.exec()) {
            FAIL(q.lastError().text().toStdString());
        }
    }

    void link(const QString& workOrder, const QString& articleId)
    {
        QSqlQuery q(store.db->connection());
        REQUIRE(q.prepare(QStringLiteral("INSERT INTO work_order_articles (id, work_order_id, article_id, linked_by, "
                                         "linked_at) VALUES (?, ?, ?, ?, 0)")));
        for (const QVariant& v : QVariantList{ids.next(), workOrder, articleId, agent.id}) {
            q.addBindValue(v);
        }
        if (!q.exec()) {
            FAIL(q.lastError().text().toStdString());
        }
    }

    // A number from plain SQL with bindings.
    int sql(const QString& text, const QVariantList& bindings = {}) const { return count(text, bindings); }

    int m_tickets = 0;
    QHash<QString, QString> m_byReceived;
};

} // namespace hotline::test
