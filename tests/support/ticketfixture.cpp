#include "ticketfixture.h"

#include <QSqlQuery>

namespace hotline::test {

TicketFixture::TicketFixture()
{
    security::OperatorRepository ops(store.db->connection());
    agent = ops.create(QStringLiteral("李娜"), security::Role::Agent, ids, clock).value();
    colleague = ops.create(QStringLiteral("王强"), security::Role::Technician, ids, clock).value();
    lead = ops.create(QStringLiteral("张敏"), security::Role::TeamLead, ids, clock).value();
    service = std::make_unique<tickets::WorkOrderService>(*store.db, clock, ids);
}

QString TicketFixture::topicId(const QString& group, const QString& topic) const
{
    QSqlQuery q(store.db->connection());
    q.prepare(QStringLiteral("SELECT t.id FROM categories t JOIN categories g ON g.id = t.parent_id "
                             "WHERE g.name = ? AND t.name = ?"));
    q.addBindValue(group);
    q.addBindValue(topic);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toString();
}

tickets::WorkOrderDraft TicketFixture::draft() const
{
    tickets::WorkOrderDraft d;
    d.callerNumber = QStringLiteral("0771-5551234");
    d.unitName = QStringLiteral("南宁市青秀区绿城餐饮管理有限公司");
    d.taxpayerId = QStringLiteral("91450100ma5k3l8q7y");
    d.contactName = QStringLiteral("陈静");
    d.contactNumber = QStringLiteral("139 0771 1234");
    d.channel = tickets::Channel::Phone;
    d.categoryId = topicId(QStringLiteral("扣缴端软件"), QStringLiteral("综合所得申报"));
    d.question = QStringLiteral("综合所得预扣预缴申报时提示人员信息未验证通过，怎么处理？");
    d.answer = QStringLiteral("请在人员信息采集中点击获取反馈，验证通过后再申报。");
    return d;
}

int TicketFixture::count(const QString& sql) const
{
    QSqlQuery q(store.db->connection());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

} // namespace hotline::test
