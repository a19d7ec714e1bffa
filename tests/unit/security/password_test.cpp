#include "security/password.h"
#include "testsupport.h"

using hotline::ErrorCode;
using namespace hotline::security;

TEST_CASE("password rules accept 8 or more characters with letters and digits")
{
    for (const QString& good : {QStringLiteral("abcdefg1"), QStringLiteral("12366Hotline"),
                                QStringLiteral("纳税服务热线12366"), QStringLiteral("pass word 2025"),
                                QString(QString(kMaxPasswordLength - 1, QLatin1Char('a')) + QLatin1Char('1'))}) {
        INFO(good.toStdString());
        CHECK(checkPasswordRules(good).ok());
    }
}

TEST_CASE("password rules refuse short, long, letter-only, digit-only and control-character passwords")
{
    const struct {
        QString password;
        QString mentions;
    } bad[] = {
        {QString(), QStringLiteral("8")},
        {QStringLiteral("abc123"), QStringLiteral("8")},
        {QStringLiteral("abcd123"), QStringLiteral("8")}, // 7 characters
        {QStringLiteral("abcdefgh"), QStringLiteral("digits")},
        {QStringLiteral("12345678"), QStringLiteral("letters")},
        {QStringLiteral("--------"), QStringLiteral("letters")},
        {QString(QString(kMaxPasswordLength, QLatin1Char('a')) + QLatin1Char('1')), QStringLiteral("128")},
        {QStringLiteral("abc\t12345"), QStringLiteral("control")},
        {QStringLiteral("abc\n12345"), QStringLiteral("control")},
        {QString(QStringLiteral("abc") + QChar(0x200B) + QStringLiteral("12345")), QStringLiteral("control")},
    };
    for (const auto& b : bad) {
        INFO(b.password.toStdString());
        const auto r = checkPasswordRules(b.password);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::InvalidInput);
        CHECK(r.error().field == QStringLiteral("password"));
        CHECK(r.error().message.contains(b.mentions));
    }
}

TEST_CASE("a password hash is salted Argon2id and verifies only the same password")
{
    const auto a = hashPassword(QStringLiteral("Hotline2025"));
    const auto b = hashPassword(QStringLiteral("Hotline2025"));
    REQUIRE(a.ok());
    REQUIRE(b.ok());
    CHECK(a.value().startsWith(QStringLiteral("$argon2id$")));
    CHECK(a.value().contains(QStringLiteral("m=65536,t=2")));
    CHECK(a.value() != b.value()); // each hash has its own salt
    CHECK(verifyPassword(QStringLiteral("Hotline2025"), a.value()));
    CHECK(verifyPassword(QStringLiteral("Hotline2025"), b.value()));
    CHECK_FALSE(verifyPassword(QStringLiteral("hotline2025"), a.value()));
    CHECK_FALSE(verifyPassword(QStringLiteral("Hotline2025 "), a.value()));
    CHECK_FALSE(verifyPassword(QString(), a.value()));
    CHECK_FALSE(needsRehash(a.value()));
}

TEST_CASE("a password typed composed or decomposed verifies the same")
{
    const QString composed = QStringLiteral("caf\u00e9Pass1");
    const QString decomposed = QStringLiteral("cafe\u0301Pass1");
    const auto h = hashPassword(composed);
    REQUIRE(h.ok());
    CHECK(verifyPassword(decomposed, h.value()));
}

TEST_CASE("an empty, malformed or foreign hash verifies nothing and asks for a rehash")
{
    for (const QString& hash :
         {QString(), QStringLiteral("plain text"), QStringLiteral("$argon2id$v=19$m=65536,t=2,p=1$garbage"),
          QStringLiteral("$2y$10$abcdefghijklmnopqrstuuBtQFQcPdxJ9fnn8Ay4Fb5nRW5ml3vA2"),
          QString(300, QLatin1Char('a'))}) {
        INFO(hash.toStdString());
        CHECK_FALSE(verifyPassword(QStringLiteral("Hotline2025"), hash));
        CHECK(needsRehash(hash));
    }
}
