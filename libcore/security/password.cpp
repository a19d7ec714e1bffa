#include "security/password.h"

#include <QCoreApplication>

#include <sodium.h>

namespace hotline::security {
namespace {

bool sodiumReady()
{
    // sodium_init() is idempotent and thread-safe; a function-local static runs it once.
    static const bool ready = sodium_init() >= 0;
    return ready;
}

// The same password typed through different input methods may arrive composed or decomposed.
QByteArray canonical(const QString& password)
{
    return password.normalized(QString::NormalizationForm_C).toUtf8();
}

const QString& dummyHash()
{
    static const QString hash = [] {
        QByteArray random(16, '\0');
        randombytes_buf(random.data(), static_cast<size_t>(random.size()));
        auto h = hashPassword(QString::fromLatin1(random.toHex()) + QStringLiteral("a1"));
        return h ? h.value() : QString();
    }();
    return hash;
}

} // namespace

Outcome checkPasswordRules(const QString& password)
{
    const auto invalid = [](const QString& message) {
        return makeError(ErrorCode::InvalidInput, message, QStringLiteral("password"));
    };
    if (password.size() < kMinPasswordLength) {
        return invalid(QCoreApplication::translate("hotline::security", "A password needs at least %1 characters.")
                           .arg(kMinPasswordLength));
    }
    if (password.size() > kMaxPasswordLength) {
        return invalid(QCoreApplication::translate("hotline::security", "A password may have at most %1 characters.")
                           .arg(kMaxPasswordLength));
    }
    bool letter = false;
    bool digit = false;
    for (QChar c : password) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format) {
            return invalid(
                QCoreApplication::translate("hotline::security", "A password may not contain control characters."));
        }
        letter = letter || c.isLetter();
        digit = digit || c.isDigit();
    }
    if (!letter || !digit) {
        return invalid(QCoreApplication::translate("hotline::security", "A password needs both letters and digits."));
    }
    return Ok{};
}

Result<QString> hashPassword(const QString& password)
{
    const QByteArray pw = canonical(password);
    char out[crypto_pwhash_STRBYTES];
    if (!sodiumReady() || crypto_pwhash_str_alg(out, pw.constData(), static_cast<unsigned long long>(pw.size()),
                                                crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE,
                                                crypto_pwhash_ALG_ARGON2ID13) != 0) {
        return makeError(ErrorCode::StoreWriteFailed,
                         QCoreApplication::translate("hotline::security",
                                                     "Not enough memory to protect the password; close other "
                                                     "programs and try again."));
    }
    return QString::fromLatin1(out);
}

bool verifyPassword(const QString& password, const QString& storedHash)
{
    const QByteArray hash = storedHash.toLatin1();
    if (!sodiumReady() || hash.isEmpty() || hash.size() >= crypto_pwhash_STRBYTES) {
        return false;
    }
    const QByteArray pw = canonical(password);
    return crypto_pwhash_str_verify(hash.constData(), pw.constData(), static_cast<unsigned long long>(pw.size())) == 0;
}

bool needsRehash(const QString& storedHash)
{
    const QByteArray hash = storedHash.toLatin1();
    if (!sodiumReady() || hash.isEmpty() || hash.size() >= crypto_pwhash_STRBYTES) {
        return true;
    }
    return crypto_pwhash_str_needs_rehash(hash.constData(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0;
}

void spendVerificationTime(const QString& password)
{
    (void)verifyPassword(password, dummyHash());
}

} // namespace hotline::security
