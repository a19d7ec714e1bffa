#include "testsupport.h"
#include "tickets/validation.h"

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

#include <string>

using namespace hotline;
using namespace hotline::tickets;

namespace {

// Reference check characters computed from the definitions, not from the tables in the code under test:
// GB 32100 weights are 3^i mod 31, GB 11643 weights 2^(17-i) mod 11 with check (12 - sum mod 11) mod 11.
char referenceCreditCheck(const std::string& first17)
{
    const std::string charset = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    int sum = 0;
    int weight = 1;
    for (char c : first17) {
        sum += int(charset.find(c)) * weight;
        weight = weight * 3 % 31;
    }
    return charset[size_t((31 - sum % 31) % 31)];
}

char referenceResidentCheck(const std::string& first17)
{
    int sum = 0;
    for (size_t i = 0; i < 17; ++i) {
        int weight = 1;
        for (size_t k = 0; k < 17 - i; ++k) {
            weight = weight * 2 % 11;
        }
        sum += (first17[i] - '0') * weight;
    }
    const int check = (12 - sum % 11) % 11;
    return check == 10 ? 'X' : char('0' + check);
}

QString withCreditCheck(const char* first17)
{
    return QString::fromLatin1(first17) + QLatin1Char(referenceCreditCheck(first17));
}

QString withResidentCheck(const std::string& first17)
{
    return QString::fromStdString(first17) + QLatin1Char(referenceResidentCheck(first17));
}

// The last character replaced by a wrong one from the same alphabet.
QString withWrongLastChar(const QString& id)
{
    const QChar last = id.back();
    return id.left(17) + (last == u'1' ? QLatin1Char('2') : QLatin1Char('1'));
}

QDate beijingToday()
{
    return QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone(8 * 3600)).date();
}

// Every refusal is InvalidInput with a message saying what is wrong; returns the message.
QString refusal(const Result<QString>& result)
{
    INFO("accepted as " << (result.ok() ? result.value() : QString()));
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code == ErrorCode::InvalidInput);
    CHECK_FALSE(result.error().message.trimmed().isEmpty());
    return result.error().message;
}

} // namespace

TEST_CASE("check characters agree with the reference computation and published examples")
{
    CHECK(creditCodeCheckChar(QStringLiteral("91440300192203821")) == u'6');
    CHECK(creditCodeCheckChar(QStringLiteral("9144030071526726X")) == u'G');
    CHECK(creditCodeCheckChar(QStringLiteral("53100000500019795")) == u'A');
    CHECK(residentIdCheckChar(QStringLiteral("11010519491231002")) == u'X'); // the example in GB 11643
    CHECK(residentIdCheckChar(QStringLiteral("44052418800101001")) == u'4');

    for (const char* first17 : {"91450100MA5KA0001", "92450103MA5L0B2C3", "12450000498500111", "51450000MJ0000123",
                                "N2450821MF0000007", "93450881MA5N77777", "Y1450100000000001"}) {
        INFO(first17);
        CHECK(creditCodeCheckChar(QString::fromLatin1(first17)) == QLatin1Char(referenceCreditCheck(first17)));
    }
    for (const char* first17 : {"45010219900101001", "45020319851231002", "45030419700615003", "45262720000229004",
                                "11010119000101005", "81000020101010006", "45010220231130008"}) {
        INFO(first17);
        CHECK(residentIdCheckChar(QString::fromLatin1(first17)) == QLatin1Char(referenceResidentCheck(first17)));
    }
}

TEST_CASE("check characters of malformed input are null")
{
    CHECK(creditCodeCheckChar(QStringLiteral("9144030019220382")).isNull());
    CHECK(creditCodeCheckChar(QStringLiteral("914403001922038216")).isNull());
    CHECK(creditCodeCheckChar(QStringLiteral("9144030019220382I")).isNull());
    CHECK(creditCodeCheckChar(QStringLiteral("9144030071526726x")).isNull());
    CHECK(creditCodeCheckChar(QString()).isNull());
    CHECK(residentIdCheckChar(QStringLiteral("4501021990010100")).isNull());
    CHECK(residentIdCheckChar(QStringLiteral("4501021990010100X")).isNull());
    CHECK(residentIdCheckChar(QString()).isNull());
}

TEST_CASE("published unified social credit codes are accepted")
{
    // Enterprises (91), public institutions (12), government bodies (11), social organisations (51), foundations (53).
    for (const char* code :
         {"914403001922038216", "9144030071526726XG", "91330100799655058B", "91110000802100433B", "911100001011120032",
          "91440300708461136T", "12100000470095016Q", "12100000425006117P", "12310000425022547M", "11410182005291054B",
          "11140800558745220K", "51310110501144395U", "53100000500019795A"}) {
        INFO(code);
        const Result<QString> r = normalizeCreditCode(QString::fromLatin1(code));
        REQUIRE(r.ok());
        CHECK(r.value() == QString::fromLatin1(code));
    }
}

TEST_CASE("Guangxi-style credit codes of every common kind are accepted")
{
    // Enterprise, individual business, farmers' cooperative, public institution, village collective, social group,
    // private non-enterprise unit, law firm, trade union, other.
    for (const char* first17 : {"91450100MA5KA0001", "92450103MA5L0B2C3", "93450881MA5N77777", "12450000498500111",
                                "N2450821MF0000007", "51450000MJ0000123", "52450102MJ0000456", "31450000MD0000789",
                                "81450103MC0000012", "Y1450100000000001", "A1450000000000345"}) {
        const QString code = withCreditCheck(first17);
        INFO(code);
        const Result<QString> r = normalizeCreditCode(code);
        REQUIRE(r.ok());
        CHECK(r.value() == code);
    }
}

TEST_CASE("credit codes are upper-cased and stripped of spaces, including fullwidth forms")
{
    CHECK(normalizeCreditCode(QStringLiteral("9144030071526726xg")).value() == QStringLiteral("9144030071526726XG"));
    CHECK(normalizeCreditCode(QStringLiteral(" 9144 0300 7152 6726 XG ")).value() ==
          QStringLiteral("9144030071526726XG"));
    CHECK(normalizeCreditCode(QStringLiteral("９１４４０３００７１５２６７２６ＸＧ")).value() ==
          QStringLiteral("9144030071526726XG"));
    CHECK(normalizeCreditCode(QStringLiteral("９１４４０３００　７１５２６７２６ｘｇ")).value() ==
          QStringLiteral("9144030071526726XG"));
    CHECK(normalizeCreditCode(QStringLiteral("91330100799655058b\t")).value() == QStringLiteral("91330100799655058B"));
}

TEST_CASE("bad credit codes are refused with the reason")
{
    SECTION("empty")
    {
        refusal(normalizeCreditCode(QString()));
        refusal(normalizeCreditCode(QStringLiteral("   ")));
    }
    SECTION("wrong length names the length")
    {
        CHECK(refusal(normalizeCreditCode(QStringLiteral("91440300192203821"))).contains(QStringLiteral("17")));
        CHECK(refusal(normalizeCreditCode(QStringLiteral("9144030019220382161"))).contains(QStringLiteral("19")));
        CHECK(refusal(normalizeCreditCode(QStringLiteral("914403001922038"))).contains(QStringLiteral("15")));
    }
    SECTION("letters never used, with their position")
    {
        const QString io = refusal(normalizeCreditCode(QStringLiteral("9144O300192203821I")));
        CHECK(io.contains(QStringLiteral("\"O\"")));
        CHECK(io.contains(QStringLiteral("position 5")));
        for (const char* code :
             {"9144030019220382I6", "9144030071526726SG", "9144030071526726VG", "9144030071526726ZG"}) {
            INFO(code);
            CHECK(refusal(normalizeCreditCode(QString::fromLatin1(code))).contains(QStringLiteral("position 17")));
        }
    }
    SECTION("punctuation and other scripts, with their position")
    {
        CHECK(
            refusal(normalizeCreditCode(QStringLiteral("91440300-922038216"))).contains(QStringLiteral("position 9")));
        CHECK(refusal(normalizeCreditCode(QStringLiteral("91440300192203821号")))
                  .contains(QStringLiteral("position 18")));
        CHECK(
            refusal(normalizeCreditCode(QStringLiteral("*14403001922038216"))).contains(QStringLiteral("position 1")));
    }
    SECTION("registration authority and organisation type")
    {
        CHECK(refusal(normalizeCreditCode(withCreditCheck("01440300192203821")))
                  .contains(QStringLiteral("registration authority")));
        CHECK(refusal(normalizeCreditCode(withCreditCheck("B1440300192203821")))
                  .contains(QStringLiteral("registration authority")));
        CHECK(refusal(normalizeCreditCode(withCreditCheck("94440300192203821"))).contains(QStringLiteral("\"4\"")));
        CHECK(refusal(normalizeCreditCode(withCreditCheck("90440300192203821"))).contains(QStringLiteral("\"0\"")));
    }
    SECTION("area code must be digits")
    {
        CHECK(
            refusal(normalizeCreditCode(withCreditCheck("9144A300192203821"))).contains(QStringLiteral("position 5")));
    }
    SECTION("wrong check character says which is right")
    {
        CHECK(refusal(normalizeCreditCode(QStringLiteral("914403001922038215")))
                  .contains(QStringLiteral("should be \"6\"")));
        CHECK(refusal(normalizeCreditCode(QStringLiteral("9144030071526726XH")))
                  .contains(QStringLiteral("should be \"G\"")));
        // Two digits swapped: the classic transcription error.
        refusal(normalizeCreditCode(QStringLiteral("914403009122038216")));
        const QString guangxi = withCreditCheck("91450100MA5KA0001");
        refusal(normalizeCreditCode(withWrongLastChar(guangxi)));
    }
}

TEST_CASE("resident ID numbers are accepted")
{
    CHECK(normalizeResidentId(QStringLiteral("11010519491231002X")).value() == QStringLiteral("11010519491231002X"));
    for (const std::string first17 :
         {"45010219900101001", "45020319851231002", "45030419700615003", "45262720000229004", "11010119000101005",
          "81000020101010006", "65010219190303007", "71000019800808009", "83000019991231000"}) {
        const QString id = withResidentCheck(first17);
        INFO(id);
        const Result<QString> r = normalizeResidentId(id);
        REQUIRE(r.ok());
        CHECK(r.value() == id);
    }
}

TEST_CASE("resident ID numbers accept lower-case x, spaces and fullwidth digits")
{
    const QString expected = QStringLiteral("11010519491231002X");
    CHECK(normalizeResidentId(QStringLiteral("11010519491231002x")).value() == expected);
    CHECK(normalizeResidentId(QStringLiteral("110105 19491231 002x")).value() == expected);
    CHECK(normalizeResidentId(QStringLiteral("１１０１０５１９４９１２３１００２Ｘ")).value() == expected);
    CHECK(normalizeResidentId(QStringLiteral("１１０１０５　１９４９１２３１　００２ｘ")).value() == expected);
}

TEST_CASE("birth dates up to today are accepted, tomorrow is not")
{
    const QDate today = beijingToday();
    const std::string todayText = today.toString(QStringLiteral("yyyyMMdd")).toStdString();
    const QString bornToday = withResidentCheck("450102" + todayText + "001");
    CHECK(normalizeResidentId(bornToday).value() == bornToday);

    const std::string tomorrow = today.addDays(1).toString(QStringLiteral("yyyyMMdd")).toStdString();
    CHECK(refusal(normalizeResidentId(withResidentCheck("450102" + tomorrow + "001")))
              .contains(QStringLiteral("future")));
}

TEST_CASE("bad resident ID numbers are refused with the reason")
{
    SECTION("empty")
    {
        refusal(normalizeResidentId(QString()));
    }
    SECTION("lengths, with the old 15-digit number named")
    {
        CHECK(refusal(normalizeResidentId(QStringLiteral("45010219900101001"))).contains(QStringLiteral("17")));
        CHECK(refusal(normalizeResidentId(QStringLiteral("4501021990010100123"))).contains(QStringLiteral("19")));
        CHECK(refusal(normalizeResidentId(QStringLiteral("450102900101001"))).contains(QStringLiteral("15-digit")));
    }
    SECTION("illegal characters, with their position")
    {
        CHECK(
            refusal(normalizeResidentId(QStringLiteral("4501021990O101001X"))).contains(QStringLiteral("position 11")));
        CHECK(
            refusal(normalizeResidentId(QStringLiteral("X50102199001010018"))).contains(QStringLiteral("position 1")));
        CHECK(
            refusal(normalizeResidentId(QStringLiteral("45010219900101001Y"))).contains(QStringLiteral("position 18")));
        CHECK(
            refusal(normalizeResidentId(QStringLiteral("450102-99001010018"))).contains(QStringLiteral("position 7")));
    }
    SECTION("unknown province codes")
    {
        for (const std::string prefix : {"00", "10", "16", "20", "24", "30", "38", "40", "47", "55", "60", "66", "70",
                                         "72", "80", "84", "91", "99"}) {
            INFO(prefix);
            CHECK(refusal(normalizeResidentId(withResidentCheck(prefix + "010219900101001")))
                      .contains(QString::fromStdString(prefix)));
        }
    }
    SECTION("impossible birth dates")
    {
        for (const std::string date :
             {"19900230", "20230229", "19001301", "19900100", "19900132", "20000431", "19000229", "00000000"}) {
            INFO(date);
            CHECK(refusal(normalizeResidentId(withResidentCheck("450102" + date + "001")))
                      .contains(QString::fromStdString(date)));
        }
    }
    SECTION("birth dates before 1900")
    {
        CHECK(refusal(normalizeResidentId(QStringLiteral("440524188001010014"))).contains(QStringLiteral("1900")));
        refusal(normalizeResidentId(withResidentCheck("45010218991231001")));
    }
    SECTION("wrong check digit says which is right")
    {
        CHECK(refusal(normalizeResidentId(QStringLiteral("110105194912310020")))
                  .contains(QStringLiteral("should be \"X\"")));
        const QString good = withResidentCheck("45010219900101001");
        const QString message = refusal(normalizeResidentId(withWrongLastChar(good)));
        CHECK(message.contains(QStringLiteral("should be \"") + good.back() + QLatin1Char('"')));
        // Two digits of the sequence code swapped.
        refusal(normalizeResidentId(QStringLiteral("110105194912310202X")));
        refusal(normalizeResidentId(QStringLiteral("11010519491231020X")));
    }
}

TEST_CASE("taxpayer IDs are read as resident IDs or credit codes")
{
    CHECK(normalizeTaxpayerId(QStringLiteral("11010519491231002x")).value() == QStringLiteral("11010519491231002X"));
    CHECK(normalizeTaxpayerId(QStringLiteral("9144030071526726xg")).value() == QStringLiteral("9144030071526726XG"));
    // All digits and yet a credit code.
    CHECK(normalizeTaxpayerId(QStringLiteral("914403001922038216")).value() == QStringLiteral("914403001922038216"));
    CHECK(normalizeTaxpayerId(QStringLiteral("911100001011120032")).value() == QStringLiteral("911100001011120032"));
    CHECK(normalizeTaxpayerId(QStringLiteral(" １２１０ ００００ ４７００ ９５０１ ６ｑ ")).value() ==
          QStringLiteral("12100000470095016Q"));
    const QString guangxiId = withResidentCheck("45010219900101001");
    CHECK(normalizeTaxpayerId(guangxiId).value() == guangxiId);
    const QString guangxiCode = withCreditCheck("92450103MA5L0B2C3");
    CHECK(normalizeTaxpayerId(guangxiCode.toLower()).value() == guangxiCode);
}

TEST_CASE("bad taxpayer IDs are explained for the more likely reading")
{
    refusal(normalizeTaxpayerId(QString()));
    refusal(normalizeTaxpayerId(QStringLiteral("  ")));
    CHECK(refusal(normalizeTaxpayerId(QStringLiteral("1234567"))).contains(QStringLiteral("18 characters")));
    CHECK(refusal(normalizeTaxpayerId(QStringLiteral("450102900101001"))).contains(QStringLiteral("15-digit")));

    // A person's number with a misheard digit: the resident ID check digit is named.
    const QString resident = refusal(normalizeTaxpayerId(QStringLiteral("110105194912310020")));
    CHECK(resident.contains(QStringLiteral("resident ID")));
    CHECK(resident.contains(QStringLiteral("should be \"X\"")));
    CHECK(refusal(normalizeTaxpayerId(withResidentCheck("45010219900230001"))).contains(QStringLiteral("19900230")));
    // Born before 1900 but a matching resident check digit (the GB 11643 example): still read as a person's number.
    CHECK(refusal(normalizeTaxpayerId(QStringLiteral("440524188001010014"))).contains(QStringLiteral("1900")));

    // A company's code: the credit code check character is named, even when all digits.
    const QString credit = refusal(normalizeTaxpayerId(QStringLiteral("914403001922038215")));
    CHECK(credit.contains(QStringLiteral("credit code")));
    CHECK(credit.contains(QStringLiteral("should be \"6\"")));
    CHECK(refusal(normalizeTaxpayerId(QStringLiteral("9144030071526726XH"))).contains(QStringLiteral("credit code")));
    CHECK(refusal(normalizeTaxpayerId(QStringLiteral("9144O30071526726XG"))).contains(QStringLiteral("position 5")));
}

TEST_CASE("mobile numbers are reduced to their 11 digits")
{
    const QString expected = QStringLiteral("13907711234");
    for (const char* input : {"13907711234", "139 0771 1234", "139-0771-1234", "139.0771.1234", "+86 139 0771 1234",
                              "+8613907711234", "+86-139-0771-1234", "(+86) 13907711234", "008613907711234",
                              "0086 139 0771 1234", "8613907711234", "86 139 0771 1234", " 13907711234 "}) {
        INFO(input);
        const Result<QString> r = normalizePhone(QString::fromUtf8(input));
        REQUIRE(r.ok());
        CHECK(r.value() == expected);
    }
    CHECK(normalizePhone(QStringLiteral("１３９　０７７１　１２３４")).value() == expected);
    CHECK(normalizePhone(QStringLiteral("＋８６ １３９－０７７１－１２３４")).value() == expected);
    for (const char* mobile :
         {"13012345678", "14712345678", "15077112345", "16612345678", "17377112345", "18977112345", "19977112345"}) {
        CHECK(normalizePhone(QString::fromLatin1(mobile)).value() == QString::fromLatin1(mobile));
    }
}

TEST_CASE("landlines keep their area code")
{
    const QString nanning = QStringLiteral("07715551234");
    for (const char* input : {"0771-5551234", "07715551234", "(0771)5551234", "(0771) 555 1234", "0771 555 1234",
                              "0771.555.1234", "0771-555-1234", "+86 771 5551234", "+86-771-5551234",
                              "+86 (0)771 5551234", "0086 771 5551234", "86 771 5551234", "+86 0771 5551234"}) {
        INFO(input);
        const Result<QString> r = normalizePhone(QString::fromUtf8(input));
        REQUIRE(r.ok());
        CHECK(r.value() == nanning);
    }
    CHECK(normalizePhone(QStringLiteral("（０７７１）５５５１２３４")).value() == nanning);
    CHECK(normalizePhone(QStringLiteral("０７７１－５５５１２３４")).value() == nanning);
    CHECK(normalizePhone(QStringLiteral("0771—5551234")).value() == nanning);
    CHECK(normalizePhone(QStringLiteral("010-66558888")).value() == QStringLiteral("01066558888"));
    CHECK(normalizePhone(QStringLiteral("+86 10 6655 8888")).value() == QStringLiteral("01066558888"));
    CHECK(normalizePhone(QStringLiteral("020-8888 6666")).value() == QStringLiteral("02088886666"));
    CHECK(normalizePhone(QStringLiteral("029 8765432")).value() == QStringLiteral("0298765432"));
    CHECK(normalizePhone(QStringLiteral("0772-2881234")).value() == QStringLiteral("07722881234"));
    CHECK(normalizePhone(QStringLiteral("0779 38881234")).value() == QStringLiteral("077938881234"));
}

TEST_CASE("landline extensions are kept after a dash")
{
    const QString expected = QStringLiteral("07715551234-801");
    for (const char* input : {"0771-5551234转801", "0771-5551234 转 801", "0771 5551234分机801",
                              "0771-5551234 ext. 801", "0771-5551234 EXT801", "0771-5551234 ext: 801",
                              "0771-5551234-801", "(0771)5551234-801", "+86 771 5551234-801"}) {
        INFO(input);
        const Result<QString> r = normalizePhone(QString::fromUtf8(input));
        REQUIRE(r.ok());
        CHECK(r.value() == expected);
    }
    CHECK(normalizePhone(QStringLiteral("010-66558888-1")).value() == QStringLiteral("01066558888-1"));
    CHECK(normalizePhone(QStringLiteral("0771-5551234转８０１")).value() == expected);
}

TEST_CASE("service numbers are refused as caller numbers")
{
    for (const char* input : {"12366", "0771-12366", "(0771)12366", "+86 12366", "12345", "110", "10086", "95566",
                              "95599", "96166", "4008123123", "400-812-3123", "800-810-8888"}) {
        INFO(input);
        CHECK(refusal(normalizePhone(QString::fromLatin1(input))).contains(QStringLiteral("service number")));
    }
}

TEST_CASE("bad phone numbers are refused with the reason")
{
    SECTION("nothing given")
    {
        refusal(normalizePhone(QString()));
        refusal(normalizePhone(QStringLiteral("  - ( ) ")));
        refusal(normalizePhone(QStringLiteral("+86")));
        refusal(normalizePhone(QStringLiteral("0086")));
    }
    SECTION("mobile numbers")
    {
        CHECK(refusal(normalizePhone(QStringLiteral("1390771123"))).contains(QStringLiteral("11 digits")));
        CHECK(refusal(normalizePhone(QStringLiteral("139077112345"))).contains(QStringLiteral("12")));
        CHECK(refusal(normalizePhone(QStringLiteral("13907711234-1"))).contains(QStringLiteral("11 digits")));
        CHECK(refusal(normalizePhone(QStringLiteral("12907711234"))).contains(QStringLiteral("12")));
        CHECK(refusal(normalizePhone(QStringLiteral("11907711234"))).contains(QStringLiteral("11")));
        CHECK(refusal(normalizePhone(QStringLiteral("13907711234转8"))).contains(QStringLiteral("extension")));
    }
    SECTION("landlines")
    {
        CHECK(refusal(normalizePhone(QStringLiteral("5551234"))).contains(QStringLiteral("area code")));
        CHECK(refusal(normalizePhone(QStringLiteral("66558888"))).contains(QStringLiteral("area code")));
        CHECK(refusal(normalizePhone(QStringLiteral("0771-0551234"))).contains(QStringLiteral("start with 0")));
        CHECK(refusal(normalizePhone(QStringLiteral("0771-1551234"))).contains(QStringLiteral("start with 1")));
        CHECK(refusal(normalizePhone(QStringLiteral("0771-555123"))).contains(QStringLiteral("6 digits")));
        CHECK(refusal(normalizePhone(QStringLiteral("0771555123456"))).contains(QStringLiteral("9 digits")));
        CHECK(refusal(normalizePhone(QStringLiteral("0771"))).contains(QStringLiteral("area code")));
        CHECK(refusal(normalizePhone(QStringLiteral("0171 5551234"))).contains(QStringLiteral("area code")));
        CHECK(refusal(normalizePhone(QStringLiteral("0015551234"))).contains(QStringLiteral("area code")));
        CHECK(refusal(normalizePhone(QStringLiteral("0"))).contains(QStringLiteral("area code")));
        refusal(normalizePhone(QStringLiteral("0771-5551-23")));
    }
    SECTION("extensions")
    {
        CHECK(refusal(normalizePhone(QStringLiteral("0771-5551234转"))).contains(QStringLiteral("missing")));
        CHECK(refusal(normalizePhone(QStringLiteral("0771-5551234 ext 1234567"))).contains(QStringLiteral("6 digits")));
        CHECK(refusal(normalizePhone(QStringLiteral("0771-5551234转8a"))).contains(QStringLiteral("position 15")));
    }
    SECTION("other countries and stray characters")
    {
        CHECK(refusal(normalizePhone(QStringLiteral("+1 650 253 0000"))).contains(QStringLiteral("+86")));
        CHECK(refusal(normalizePhone(QStringLiteral("+852 2123 4567"))).contains(QStringLiteral("+86")));
        CHECK(refusal(normalizePhone(QStringLiteral("0771/5551234"))).contains(QStringLiteral("position 5")));
        CHECK(refusal(normalizePhone(QStringLiteral("139 0771 1234 或 0771 5551234")))
                  .contains(QStringLiteral("position 15")));
        CHECK(refusal(normalizePhone(QStringLiteral("abc"))).contains(QStringLiteral("position 1")));
        CHECK(refusal(normalizePhone(QStringLiteral("139+07711234"))).contains(QStringLiteral("position 4")));
        CHECK(refusal(normalizePhone(QStringLiteral("2345678901"))).contains(QStringLiteral("not a mainland")));
    }
}
