#include "tickets/validation.h"

#include "calendar/workcalendar.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>

#include <algorithm>
#include <array>

namespace hotline::tickets {
namespace {

// GB 32100-2015: 31 characters (no I, O, S, V, Z) and the weights 3^i mod 31 for positions 1-17.
const QLatin1String kCreditCharset("0123456789ABCDEFGHJKLMNPQRTUWXY");
constexpr std::array<int, 17> kCreditWeights{1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

// GB 11643-1999 / ISO 7064 MOD 11-2: weights 2^(17-i) mod 11, the check character indexed by sum mod 11.
constexpr std::array<int, 17> kResidentWeights{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
const QLatin1String kResidentCheckChars("10X98765432");

// Provinces (GB/T 2260 first two digits) plus 71 Taiwan, 81 Hong Kong, 82 Macao and 83 (residence permits of
// Taiwan residents).
bool isProvinceCode(int code)
{
    return (code >= 11 && code <= 15) || (code >= 21 && code <= 23) || (code >= 31 && code <= 37) ||
           (code >= 41 && code <= 46) || (code >= 50 && code <= 54) || (code >= 61 && code <= 65) || code == 71 ||
           code == 81 || code == 82 || code == 83;
}

// Registration authority (position 1) of a credit code: 1 机构编制, 2 外交, 3 司法行政, 4 文化, 5 民政, 6 旅游,
// 7 宗教, 8 工会, 9 工商/市场监管, A 中央军委改革和编制办公室, N 农业农村 (collective economic organisations), Y other.
bool isRegistrationAuthority(QChar c)
{
    return (c >= u'1' && c <= u'9') || c == u'A' || c == u'N' || c == u'Y';
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// Callers read numbers off documents and chat windows: fold fullwidth forms (０-９, Ａ-Ｚ, －, （）) to ASCII one
// character for one character, so positions in messages still match what the agent typed.
QString foldFullwidth(const QString& input)
{
    QString out = input;
    for (QChar& c : out) {
        const char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E) {
            c = QChar(char16_t(u - 0xFEE0));
        } else if (u == 0x3000) {
            c = QChar(u' ');
        } else if (u >= 0x2010 && u <= 0x2015) { // hyphens and dashes from word processors
            c = QChar(u'-');
        }
    }
    return out;
}

// Fullwidth folded, spaces removed, upper-cased.
QString compactId(const QString& input)
{
    QString out;
    out.reserve(input.size());
    for (QChar c : foldFullwidth(input)) {
        if (!c.isSpace()) {
            out.append(c.toUpper());
        }
    }
    return out;
}

Error invalid(const QString& message)
{
    return makeError(ErrorCode::InvalidInput, message);
}

QString quoted(QChar c)
{
    return QLatin1Char('"') + c + QLatin1Char('"');
}

// ---------------------------------------------------------------------------------------------------------------
// Unified social credit code

Result<QString> checkCreditCode(const QString& code)
{
    if (code.isEmpty()) {
        return invalid(QCoreApplication::translate("hotline::tickets", "No unified social credit code was given."));
    }
    if (code.size() != 18) {
        return invalid(QCoreApplication::translate("hotline::tickets",
                                                   "A unified social credit code has 18 characters; this one has %1.")
                           .arg(code.size()));
    }
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i);
        if (kCreditCharset.contains(c)) {
            continue;
        }
        if (c == u'I' || c == u'O' || c == u'S' || c == u'V' || c == u'Z') {
            return invalid(QCoreApplication::translate("hotline::tickets",
                                                       "Illegal character %1 at position %2 of the unified social "
                                                       "credit code: the letters I, O, S, V and Z are never used "
                                                       "(I and O are usually 1 and 0).")
                               .arg(quoted(c))
                               .arg(i + 1));
        }
        return invalid(QCoreApplication::translate("hotline::tickets",
                                                   "Illegal character %1 at position %2 of the unified social credit "
                                                   "code: only digits and capital letters other than I, O, S, V and "
                                                   "Z are used.")
                           .arg(quoted(c))
                           .arg(i + 1));
    }
    if (!isRegistrationAuthority(code.at(0))) {
        return invalid(QCoreApplication::translate("hotline::tickets",
                                                   "Position 1 of a unified social credit code is the registration "
                                                   "authority (1, 5, 9, Y and a few others), never %1.")
                           .arg(quoted(code.at(0))));
    }
    // Market regulators (9) issue only 91 enterprises, 92 individual businesses, 93 farmers' cooperatives.
    if (code.at(0) == u'9' && (code.at(1) < u'1' || code.at(1) > u'3')) {
        return invalid(QCoreApplication::translate("hotline::tickets",
                                                   "A unified social credit code starting with 9 continues with 1 "
                                                   "(enterprise), 2 (individual business) or 3 (farmers' "
                                                   "cooperative), not %1.")
                           .arg(quoted(code.at(1))));
    }
    for (qsizetype i = 2; i < 8; ++i) {
        if (!isAsciiDigit(code.at(i))) {
            return invalid(QCoreApplication::translate("hotline::tickets",
                                                       "Positions 3-8 of a unified social credit code are the "
                                                       "registering office's area code and must be digits; position "
                                                       "%1 is %2.")
                               .arg(i + 1)
                               .arg(quoted(code.at(i))));
        }
    }
    const QChar expected = creditCodeCheckChar(code.left(17));
    if (code.at(17) != expected) {
        return invalid(QCoreApplication::translate("hotline::tickets",
                                                   "The check character of this unified social credit code should be "
                                                   "%1, not %2: one of the characters was probably misheard or "
                                                   "mistyped.")
                           .arg(quoted(expected), quoted(code.at(17))));
    }
    return code;
}

// ---------------------------------------------------------------------------------------------------------------
// Resident ID number

Result<QString> checkResidentId(const QString& id)
{
    if (id.isEmpty()) {
        return invalid(QCoreApplication::translate("hotline::tickets", "No resident ID number was given."));
    }
    if (id.size() == 15 && std::all_of(id.cbegin(), id.cend(), isAsciiDigit)) {
        return invalid(QCoreApplication::translate("hotline::tickets",
                                                   "This looks like an old 15-digit ID number; the withholding "
                                                   "client needs the 18-character number of the current ID card."));
    }
    if (id.size() != 18) {
        return invalid(
            QCoreApplication::translate("hotline::tickets", "A resident ID number has 18 characters; this one has %1.")
                .arg(id.size()));
    }
    for (qsizetype i = 0; i < 17; ++i) {
        if (!isAsciiDigit(id.at(i))) {
            return invalid(QCoreApplication::translate("hotline::tickets",
                                                       "Illegal character %1 at position %2 of the resident ID "
                                                       "number: the first 17 characters are digits.")
                               .arg(quoted(id.at(i)))
                               .arg(i + 1));
        }
    }
    if (!isAsciiDigit(id.at(17)) && id.at(17) != u'X') {
        return invalid(QCoreApplication::translate("hotline::tickets",
                                                   "Illegal character %1 at position 18 of the resident ID number: "
                                                   "the last character is a digit or X.")
                           .arg(quoted(id.at(17))));
    }
    const int province = id.left(2).toInt();
    if (!isProvinceCode(province)) {
        return invalid(QCoreApplication::translate("hotline::tickets",
                                                   "Unknown province code %1 in positions 1-2 of the resident ID "
                                                   "number (Guangxi is 45).")
                           .arg(id.left(2)));
    }
    const QString birth = id.mid(6, 8);
    const QDate date = QDate::fromString(birth, QStringLiteral("yyyyMMdd"));
    if (!date.isValid()) {
        return invalid(QCoreApplication::translate("hotline::tickets",
                                                   "Impossible birth date %1 in positions 7-14 of the resident ID "
                                                   "number (yyyyMMdd).")
                           .arg(birth));
    }
    if (date < QDate(1900, 1, 1)) {
        return invalid(QCoreApplication::translate("hotline::tickets",
                                                   "Birth date %1 in positions 7-14 of the resident ID number is "
                                                   "before 1900.")
                           .arg(date.toString(Qt::ISODate)));
    }
    if (date > QDateTime::currentDateTimeUtc().toTimeZone(calendar::beijingTime()).date()) {
        return invalid(QCoreApplication::translate("hotline::tickets",
                                                   "Birth date %1 in positions 7-14 of the resident ID number is in "
                                                   "the future.")
                           .arg(date.toString(Qt::ISODate)));
    }
    const QChar expected = residentIdCheckChar(id.left(17));
    if (id.at(17) != expected) {
        return invalid(QCoreApplication::translate("hotline::tickets",
                                                   "The check digit of this resident ID number should be %1, not %2: "
                                                   "one of the digits was probably misheard or mistyped.")
                           .arg(quoted(expected), quoted(id.at(17))));
    }
    return id;
}

// For the error message when an ID is neither. Anything but digits with an optional final X is a credit code; else
// whichever check character matches wins, and failing that a 19xx/20xx year in positions 7-10 reads as a resident ID
// (credit codes hold the end of an area code there, usually 00 or 01).
bool looksLikeResidentId(const QString& id)
{
    for (qsizetype i = 0; i < id.size(); ++i) {
        if (!isAsciiDigit(id.at(i)) && !(i == id.size() - 1 && id.at(i) == u'X')) {
            return false;
        }
    }
    if (id.size() != 18) {
        return id.size() == 15;
    }
    const bool residentCheck = residentIdCheckChar(id.left(17)) == id.at(17);
    const bool creditCheck = creditCodeCheckChar(id.left(17)) == id.at(17);
    if (residentCheck != creditCheck) {
        return residentCheck;
    }
    const QStringView century = QStringView(id).mid(6, 2);
    return century == u"19" || century == u"20";
}

// ---------------------------------------------------------------------------------------------------------------
// Phone numbers

// Numbers that answer calls but never make them: hotlines (12366, 12345, 110), carriers (10086), bank and utility
// service numbers (95xxx, 96xxx) and 400/800 numbers.
bool isServiceNumber(const QString& digits)
{
    if (digits.size() >= 3 && digits.size() <= 6 && digits.startsWith(u'1')) {
        return true;
    }
    if (digits.size() >= 5 && digits.size() <= 8 && (digits.startsWith(u"95") || digits.startsWith(u"96"))) {
        return true;
    }
    return digits.size() == 10 && (digits.startsWith(u"400") || digits.startsWith(u"800"));
}

Error serviceNumberError(const QString& digits)
{
    return invalid(QCoreApplication::translate("hotline::tickets",
                                               "%1 is a service number (like 12366, 95xxx or 400 numbers), which "
                                               "only receives calls; ask for the caller's own mobile or landline.")
                       .arg(digits));
}

// digits: the number with any country code removed; extension: digits after a marker, possibly empty.
Result<QString> classifyPhone(const QString& digits, const QString& extension)
{
    if (isServiceNumber(digits)) {
        return serviceNumberError(digits);
    }
    if (digits.startsWith(u'1')) {
        if (digits.size() != 11) {
            return invalid(QCoreApplication::translate("hotline::tickets", "A mobile number has 11 digits; %1 has %2.")
                               .arg(digits)
                               .arg(digits.size()));
        }
        if (digits.at(1) < u'3') {
            return invalid(
                QCoreApplication::translate("hotline::tickets", "Mobile numbers start with 13 to 19, not %1.")
                    .arg(digits.left(2)));
        }
        if (!extension.isEmpty()) {
            return invalid(
                QCoreApplication::translate("hotline::tickets", "A mobile number has no extension; remove %1 after %2.")
                    .arg(extension, digits));
        }
        return digits;
    }
    if (!digits.startsWith(u'0')) {
        if (digits.size() == 7 || digits.size() == 8) {
            return invalid(QCoreApplication::translate("hotline::tickets",
                                                       "The landline %1 has no area code: add it in front, e.g. 0771 "
                                                       "for Nanning.")
                               .arg(digits));
        }
        return invalid(QCoreApplication::translate("hotline::tickets",
                                                   "%1 is not a mainland phone number: mobiles start with 1 and have "
                                                   "11 digits, landlines start with an area code such as 0771.")
                           .arg(digits));
    }
    if (digits.size() < 2 || digits.at(1) == u'0' || (digits.at(1) == u'1' && !digits.startsWith(u"010"))) {
        return invalid(QCoreApplication::translate("hotline::tickets",
                                                   "Unknown area code at the start of %1: area codes are 010, 02x or "
                                                   "0 followed by three digits starting with 3 to 9 (only +86 "
                                                   "numbers are accepted).")
                           .arg(digits));
    }
    const qsizetype areaLength = (digits.at(1) == u'1' || digits.at(1) == u'2') ? 3 : 4;
    const QString area = digits.left(areaLength);
    const QString local = digits.mid(areaLength);
    if (local.isEmpty()) {
        return invalid(
            QCoreApplication::translate("hotline::tickets", "%1 is only an area code; the local number is missing.")
                .arg(digits));
    }
    if (isServiceNumber(local)) {
        return serviceNumberError(local);
    }
    if (local.startsWith(u'0') || local.startsWith(u'1')) {
        return invalid(
            QCoreApplication::translate("hotline::tickets", "The local number after area code %1 cannot start with %2.")
                .arg(area, local.left(1)));
    }
    if (local.size() != 7 && local.size() != 8) {
        return invalid(QCoreApplication::translate("hotline::tickets",
                                                   "The local number after area code %1 has %2 digits; it should "
                                                   "have 7 or 8.")
                           .arg(area)
                           .arg(local.size()));
    }
    QString canonical = area + local;
    if (!extension.isEmpty()) {
        canonical += QLatin1Char('-') + extension;
    }
    return canonical;
}

// A number written in international form drops the trunk 0 of the area code: +86 771 5551234, +86 10 12345678.
QString restoreTrunkPrefix(const QString& national)
{
    if (national.isEmpty() || national.startsWith(u'0') || (national.startsWith(u'1') && !national.startsWith(u"10"))) {
        return national;
    }
    return QLatin1Char('0') + national;
}

struct ScannedPhone {
    QString digits;
    QString extension;       // after an explicit marker (转, 分机, ext)
    qsizetype lastDash = -1; // digits before the last dash that has digits on both sides
    bool plus = false;
};

bool isPhoneSeparator(QChar c)
{
    return c.isSpace() || c == u'-' || c == u'.' || c == u'(' || c == u')';
}

Result<ScannedPhone> scanPhone(const QString& input)
{
    const QString text = foldFullwidth(input);
    qsizetype markerAt = text.size();
    qsizetype markerLength = 0;
    for (const QString& marker : {QStringLiteral("转"), QStringLiteral("分机"), QStringLiteral("ext")}) {
        const qsizetype at = text.indexOf(marker, 0, Qt::CaseInsensitive);
        if (at >= 0 && at < markerAt) {
            markerAt = at;
            markerLength = marker.size();
        }
    }
    ScannedPhone out;
    qsizetype dashAt = -1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (i >= markerAt && i < markerAt + markerLength) {
            continue;
        }
        const QChar c = text.at(i);
        const bool inExtension = i >= markerAt;
        if (isAsciiDigit(c)) {
            if (inExtension) {
                out.extension.append(c);
            } else {
                if (dashAt >= 0 && dashAt == out.digits.size() && dashAt > 0) {
                    out.lastDash = dashAt;
                }
                out.digits.append(c);
            }
        } else if (c == u'+' && !inExtension && out.digits.isEmpty() && !out.plus) {
            out.plus = true;
        } else if (c == u'-' && !inExtension) {
            dashAt = out.digits.size();
        } else if (!isPhoneSeparator(c) && !(inExtension && c == u':')) {
            return invalid(QCoreApplication::translate("hotline::tickets",
                                                       "Illegal character %1 at position %2 of the phone number.")
                               .arg(quoted(input.at(i)))
                               .arg(i + 1));
        }
    }
    if (out.digits.isEmpty()) {
        return invalid(QCoreApplication::translate("hotline::tickets", "No phone number was given."));
    }
    if (markerLength > 0 && out.extension.isEmpty()) {
        return invalid(QCoreApplication::translate("hotline::tickets", "The extension after %1 is missing.")
                           .arg(text.mid(markerAt, markerLength)));
    }
    if (out.extension.size() > 6) {
        return invalid(QCoreApplication::translate("hotline::tickets", "An extension has at most 6 digits; %1 has %2.")
                           .arg(out.extension)
                           .arg(out.extension.size()));
    }
    return out;
}

// The number without a country code; "0771-5551234-801" style extensions are split off here when the whole run of
// digits is not a number by itself.
Result<QString> classifyNational(const QString& digits, const QString& extension, qsizetype lastDash)
{
    Result<QString> whole = classifyPhone(digits, extension);
    if (whole.ok() || !extension.isEmpty() || lastDash <= 0 || !digits.startsWith(u'0')) {
        return whole;
    }
    const qsizetype extensionLength = digits.size() - lastDash;
    if (extensionLength < 1 || extensionLength > 6) {
        return whole;
    }
    Result<QString> split = classifyPhone(digits.left(lastDash), digits.mid(lastDash));
    return split.ok() ? split : whole;
}

} // namespace

QChar creditCodeCheckChar(const QString& first17)
{
    if (first17.size() != 17) {
        return {};
    }
    int sum = 0;
    for (qsizetype i = 0; i < 17; ++i) {
        const qsizetype value = kCreditCharset.indexOf(first17.at(i));
        if (value < 0) {
            return {};
        }
        sum += int(value) * kCreditWeights[size_t(i)];
    }
    return kCreditCharset.at((31 - sum % 31) % 31);
}

QChar residentIdCheckChar(const QString& first17)
{
    if (first17.size() != 17) {
        return {};
    }
    int sum = 0;
    for (qsizetype i = 0; i < 17; ++i) {
        if (!isAsciiDigit(first17.at(i))) {
            return {};
        }
        sum += first17.at(i).digitValue() * kResidentWeights[size_t(i)];
    }
    return kResidentCheckChars.at(sum % 11);
}

Result<QString> normalizeCreditCode(const QString& input)
{
    return checkCreditCode(compactId(input));
}

Result<QString> normalizeResidentId(const QString& input)
{
    return checkResidentId(compactId(input));
}

Result<QString> normalizeTaxpayerId(const QString& input)
{
    const QString id = compactId(input);
    if (id.isEmpty()) {
        return invalid(QCoreApplication::translate("hotline::tickets", "No taxpayer ID was given."));
    }
    // The canonical form is the same 18 characters either way, so an all-digit credit code that also passes as a
    // resident ID is harmless; only the message on failure depends on which one the caller meant.
    Result<QString> resident = checkResidentId(id);
    if (resident.ok()) {
        return resident;
    }
    Result<QString> credit = checkCreditCode(id);
    if (credit.ok()) {
        return credit;
    }
    if (id.size() != 18 && id.size() != 15) {
        return invalid(QCoreApplication::translate("hotline::tickets",
                                                   "A taxpayer ID (unified social credit code or resident ID number) "
                                                   "has 18 characters; this one has %1.")
                           .arg(id.size()));
    }
    return looksLikeResidentId(id) ? resident : credit;
}

Result<QString> normalizePhone(const QString& input)
{
    Result<ScannedPhone> scanned = scanPhone(input);
    if (!scanned.ok()) {
        return scanned.error();
    }
    const ScannedPhone& p = scanned.value();
    if (p.plus && !p.digits.startsWith(u"86")) {
        return invalid(QCoreApplication::translate("hotline::tickets",
                                                   "Only mainland China numbers (+86) are accepted; ask for a "
                                                   "mainland mobile or landline."));
    }
    qsizetype prefix = 0;
    if (p.plus) {
        prefix = 2;
    } else if (p.digits.startsWith(u"0086")) {
        prefix = 4;
    } else if (p.digits.startsWith(u"86")) {
        // A bare 86 is a country code only if what follows is a number; no mainland number starts with 8 itself,
        // but a landline without its area code might, and then that is the better message.
        const QString national = restoreTrunkPrefix(p.digits.mid(2));
        const qsizetype shift = national.size() - (p.digits.size() - 2) - 2;
        Result<QString> stripped = classifyNational(national, p.extension, p.lastDash > 2 ? p.lastDash + shift : -1);
        return stripped.ok() ? stripped : classifyNational(p.digits, p.extension, p.lastDash);
    }
    if (prefix == 0) {
        return classifyNational(p.digits, p.extension, p.lastDash);
    }
    const QString national = restoreTrunkPrefix(p.digits.mid(prefix));
    if (national.isEmpty()) {
        return invalid(QCoreApplication::translate("hotline::tickets", "Only a country code was given."));
    }
    const qsizetype shift = national.size() - (p.digits.size() - prefix) - prefix;
    return classifyNational(national, p.extension, p.lastDash > prefix ? p.lastDash + shift : -1);
}

} // namespace hotline::tickets
