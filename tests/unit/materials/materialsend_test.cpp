// 发送给纳税人: a material by e-mail through a real SMTP conversation with a local test server; the received message is
// read back (headers, body, attachment bytes) and every send — delivered or failed — is recorded against the work
// order. Refused input (bad address, attachment too large, no server set up) is not recorded.

#include "core/filehash.h"
#include "materials/materiallibrary.h"
#include "materials/materialsend.h"
#include "materials/mimemessage.h"
#include "materials/smtpclient.h"
#include "mimeread.h"
#include "smtptestserver.h"
#include "testsupport.h"
#include "ticketfixture.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTcpServer>

using namespace hotline;
using namespace hotline::materials;

namespace {

struct SendFixture : test::TicketFixture {
    QTemporaryDir sources;
    MaterialLibrary library{*store.db, MaterialLibrary::folderFor(store.path), clock, ids};
    QString workOrderId;
    QString ticketNo;
    Material manual;
    Material link;
    QByteArray manualBytes;

    SendFixture()
    {
        auto w = service->create(draft(), agent);
        REQUIRE(w.ok());
        workOrderId = w->id;
        ticketNo = w->ticketNo;
        manualBytes.resize(300 * 1024);
        for (qsizetype i = 0; i < manualBytes.size(); ++i) {
            manualBytes[i] = static_cast<char>((i * 7919) % 251);
        }
        const QString path = QDir(sources.path()).filePath(QStringLiteral("扣缴端操作手册 V3.1.221.pdf"));
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(manualBytes);
        f.close();
        MaterialDraft d;
        d.kind = Kind::Manual;
        d.title = QStringLiteral("扣缴端操作手册");
        d.releaseVersion = QStringLiteral("V3.1.221");
        d.sourcePath = path;
        manual = library.add(d, lead).value();
        MaterialDraft l;
        l.kind = Kind::Install;
        l.title = QStringLiteral("扣缴端安装包");
        l.url = QStringLiteral("https://etax.example.gov.cn/kjd/setup.exe");
        link = library.add(l, lead).value();
    }

    static SmtpSettings settings(quint16 port)
    {
        SmtpSettings s;
        s.host = QStringLiteral("127.0.0.1");
        s.port = port;
        s.security = SmtpSecurity::None;
        s.fromAddress = QStringLiteral("service@12366.example.cn");
        s.fromName = QStringLiteral("12366纳税服务热线");
        s.timeoutSeconds = 20;
        return s;
    }

    SendRequest request(const Material& m, bool attach = true) const
    {
        return {m.id, workOrderId, QStringLiteral(" chen.jing@example.com "), attach,
                QStringLiteral("陈女士您好，请按手册第三章操作。")};
    }
};

quint16 closedPort()
{
    QTcpServer probe;
    REQUIRE(probe.listen(QHostAddress::LocalHost, 0));
    return probe.serverPort(); // closed again when probe goes out of scope
}

} // namespace

TEST_CASE("a material is sent as an attachment through SMTP and the received message reads back intact")
{
    SendFixture f;
    test::SmtpTestServer server;
    auto sent = sendMaterial(*f.store.db, f.library, f.request(f.manual), SendFixture::settings(server.port()), f.agent,
                             f.ids, f.clock);
    REQUIRE(sent.ok());
    INFO(sent->error.toStdString());
    REQUIRE(sent->sent);
    CHECK(sent->attached);
    CHECK(sent->recipient == QStringLiteral("chen.jing@example.com"));

    const auto mails = server.received();
    REQUIRE(mails.size() == 1);
    CHECK(mails.first().mailFrom == QByteArrayLiteral("<service@12366.example.cn>"));
    CHECK(mails.first().rcptTo == QList<QByteArray>{QByteArrayLiteral("<chen.jing@example.com>")});
    const QByteArray& raw = mails.first().data;
    for (const QByteArray& line : raw.split('\n')) {
        CHECK(line.size() <= 998);
    }
    const test::ReadMail mail = test::readMail(raw);
    CHECK(mail.headers.value("from") == QStringLiteral("12366纳税服务热线 <service@12366.example.cn>"));
    CHECK(mail.headers.value("to") == QStringLiteral("chen.jing@example.com"));
    CHECK(mail.headers.value("subject").contains(QStringLiteral("扣缴端操作手册 V3.1.221")));
    CHECK(mail.headers.value("subject").contains(f.ticketNo));
    CHECK(mail.headers.value("subject") == sent->subject);
    CHECK(mail.headers.value("message-id") == QLatin1Char('<') + sent->messageId + QLatin1Char('>'));
    CHECK(mail.body.contains(QStringLiteral("陈女士您好，请按手册第三章操作。")));
    CHECK(mail.body.contains(f.manual.sha256));
    CHECK(mail.attachmentName == QStringLiteral("扣缴端操作手册 V3.1.221.pdf"));
    CHECK(mail.attachment.size() == f.manualBytes.size());
    CHECK(QString::fromLatin1(QCryptographicHash::hash(mail.attachment, QCryptographicHash::Sha256).toHex()) ==
          f.manual.sha256);

    // Recorded: the send, the work order's timeline, both in the outbox.
    auto sends = sendsOfWorkOrder(f.store.db->connection(), f.workOrderId);
    REQUIRE(sends.ok());
    REQUIRE(sends->size() == 1);
    CHECK(sends->first().sent);
    CHECK(sends->first().sha256 == f.manual.sha256);
    CHECK(sends->first().materialTitle == QStringLiteral("扣缴端操作手册"));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM work_order_events WHERE kind = 'material_sent'")) == 1);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM change_log WHERE entity = 'material_send'")) == 1);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM change_log WHERE entity = 'work_order_event' AND fields LIKE "
                                 "'%material_sent%'")) == 1);
    CHECK(sendsOfMaterial(f.store.db->connection(), f.manual.id)->size() == 1);
}

TEST_CASE("a link material, or a file sent without attaching it, is sent as its link in the body")
{
    SendFixture f;
    test::SmtpTestServer server;
    auto sent = sendMaterial(*f.store.db, f.library, f.request(f.link), SendFixture::settings(server.port()), f.agent,
                             f.ids, f.clock);
    REQUIRE(sent.ok());
    REQUIRE(sent->sent);
    CHECK_FALSE(sent->attached);
    CHECK(sent->sha256.isEmpty());
    REQUIRE(server.received().size() == 1);
    const test::ReadMail mail = test::readMail(server.received().first().data);
    CHECK(mail.attachment.isEmpty());
    CHECK(mail.body.contains(QStringLiteral("https://etax.example.gov.cn/kjd/setup.exe")));
    CHECK(mail.headers.value("content-type").startsWith(QStringLiteral("text/plain")));

    auto notAttached = sendMaterial(*f.store.db, f.library, f.request(f.manual, false),
                                    SendFixture::settings(server.port()), f.agent, f.ids, f.clock);
    REQUIRE(notAttached.ok());
    CHECK_FALSE(notAttached->attached);
    CHECK(test::readMail(server.received().last().data).attachment.isEmpty());
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM material_sends WHERE status = 'sent'")) == 2);
}

TEST_CASE("a recipient refused by the server and a server that is down are clear errors, recorded as failed")
{
    SendFixture f;
    SECTION("refused recipient")
    {
        test::SmtpTestServer server({QByteArrayLiteral("<chen.jing@example.com>")});
        auto r = sendMaterial(*f.store.db, f.library, f.request(f.manual), SendFixture::settings(server.port()),
                              f.agent, f.ids, f.clock);
        REQUIRE(r.ok());
        CHECK_FALSE(r->sent);
        CHECK(r->error.contains(QStringLiteral("chen.jing@example.com")));
        CHECK(r->error.contains(QStringLiteral("550")));
        CHECK(server.received().isEmpty());
    }
    SECTION("server down")
    {
        auto r = sendMaterial(*f.store.db, f.library, f.request(f.manual), SendFixture::settings(closedPort()), f.agent,
                              f.ids, f.clock);
        REQUIRE(r.ok());
        CHECK_FALSE(r->sent);
        CHECK(r->error.contains(QStringLiteral("cannot be reached")));
        CHECK(r->error.contains(QStringLiteral("127.0.0.1")));
        CHECK(testSmtpConnection(SendFixture::settings(closedPort()))
                  .error()
                  .message.contains(QStringLiteral("cannot be reached")));
    }
    auto sends = sendsOfWorkOrder(f.store.db->connection(), f.workOrderId);
    REQUIRE(sends.ok());
    REQUIRE(sends->size() == 1);
    CHECK_FALSE(sends->first().sent);
    CHECK_FALSE(sends->first().error.isEmpty());
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM material_sends WHERE status = 'failed' AND error <> ''")) == 1);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM work_order_events WHERE kind = 'material_send_failed'")) == 1);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM change_log WHERE entity = 'material_send'")) == 1);
}

TEST_CASE("a bad address, an attachment over the limit, an archived material or no mail server is refused unsent")
{
    SendFixture f;
    test::SmtpTestServer server;
    SmtpSettings s = SendFixture::settings(server.port());
    const auto refused = [&](SendRequest r, const SmtpSettings& settings, const QString& field) {
        auto result = sendMaterial(*f.store.db, f.library, r, settings, f.agent, f.ids, f.clock);
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().field == field);
        return result.error().message;
    };
    for (const char* bad : {"", "chen.jing", "chen@", "@example.com", "chen jing@example.com", "chen@example",
                            "陈静 <chen@example.com>", "chen@@example.com", "chen..jing@example.com"}) {
        SendRequest r = f.request(f.manual);
        r.recipient = QString::fromUtf8(bad);
        refused(r, s, QStringLiteral("recipient"));
    }
    s.maxAttachmentBytes = 100 * 1024;
    const QString tooLarge = refused(f.request(f.manual), s, QStringLiteral("attach"));
    CHECK(tooLarge.contains(QStringLiteral("link")));
    CHECK(tooLarge.contains(QStringLiteral("300.0 kB")));
    CHECK(sendMaterial(*f.store.db, f.library, f.request(f.manual, false), s, f.agent, f.ids, f.clock)->sent);

    CHECK(refused(f.request(f.manual), SmtpSettings{}, QStringLiteral("settings")).contains(QStringLiteral("mail")));
    SendRequest noOrder = f.request(f.manual);
    noOrder.workOrderId = QStringLiteral("no-such-work-order");
    refused(noOrder, SendFixture::settings(server.port()), QStringLiteral("work_order"));

    REQUIRE(f.library.archive(f.link.id, f.lead).ok());
    auto archived = sendMaterial(*f.store.db, f.library, f.request(f.link), SendFixture::settings(server.port()),
                                 f.agent, f.ids, f.clock);
    REQUIRE_FALSE(archived.ok());
    CHECK(archived.error().code == ErrorCode::Conflict);

    // A file changed on disk since it was added is not sent as if it were the same.
    QFile file(f.library.absolutePath(f.manual));
    REQUIRE(file.open(QIODevice::Append));
    file.write("x");
    file.close();
    CHECK(refused(f.request(f.manual), SendFixture::settings(server.port()), QStringLiteral("attach"))
              .contains(QStringLiteral("checksum")));

    CHECK(f.count(QStringLiteral("SELECT count(*) FROM material_sends")) == 1); // only the link send above
    CHECK(server.received().size() == 1);
}

TEST_CASE("the connection test says NOOP to the server and the mail settings are validated and kept locally")
{
    SendFixture f;
    test::SmtpTestServer server;
    REQUIRE(testSmtpConnection(SendFixture::settings(server.port())).ok());
    CHECK(server.commands().contains(QByteArrayLiteral("NOOP")));

    SmtpSettings s = SendFixture::settings(server.port());
    s.user = QStringLiteral("service");
    s.password = QStringLiteral("s3cret");
    CHECK(saveSmtpSettings(f.store.db->connection(), s, f.agent).error().code == ErrorCode::Forbidden);
    REQUIRE(saveSmtpSettings(f.store.db->connection(), s, f.lead).ok());
    s.password.clear(); // empty keeps the stored password
    s.security = SmtpSecurity::StartTls;
    REQUIRE(saveSmtpSettings(f.store.db->connection(), s, f.lead).ok());
    auto loaded = loadSmtpSettings(f.store.db->connection());
    REQUIRE(loaded.ok());
    CHECK(loaded->password == QStringLiteral("s3cret"));
    CHECK(loaded->security == SmtpSecurity::StartTls);
    CHECK(loaded->port == server.port());
    CHECK(loaded->maxAttachmentBytes == kDefaultMaxAttachmentBytes);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM change_log WHERE fields LIKE '%s3cret%'")) == 0);

    SmtpSettings bad = s;
    bad.fromAddress = QStringLiteral("not an address");
    CHECK(saveSmtpSettings(f.store.db->connection(), bad, f.lead).error().field == QStringLiteral("from"));
    bad = s;
    bad.port = 0;
    CHECK(saveSmtpSettings(f.store.db->connection(), bad, f.lead).error().field == QStringLiteral("port"));
    bad = s;
    bad.host = QStringLiteral("smtp example");
    CHECK(saveSmtpSettings(f.store.db->connection(), bad, f.lead).error().field == QStringLiteral("host"));
}

TEST_CASE("a long Chinese subject is split into encoded words of at most 75 characters")
{
    const QString subject = QStringLiteral("12366热线：") + QString(40, QChar(0x7a0e));
    const QByteArray encoded = encodeHeaderWord(subject);
    for (const QByteArray& word : encoded.split('\n')) {
        CHECK(word.trimmed().size() <= 75);
    }
    CHECK(test::decodeWords(encoded) == subject);
    CHECK(encodeHeaderWord(QStringLiteral("plain ascii")) == QByteArrayLiteral("plain ascii"));
    CHECK(emailIn({QStringLiteral("无"), QStringLiteral("请发到 chen.jing@example.com，谢谢")}) ==
          QStringLiteral("chen.jing@example.com"));
    CHECK(emailIn({QStringLiteral("没有地址")}).isEmpty());
}
