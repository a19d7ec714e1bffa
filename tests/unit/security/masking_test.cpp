#include "security/masking.h"
#include "testsupport.h"

using namespace hotline::security;

TEST_CASE("a taxpayer ID keeps its first 4 and last 4 characters")
{
    CHECK(maskTaxpayerId(QStringLiteral("450103198001011234")) == QStringLiteral("4501**********1234"));
    CHECK(maskTaxpayerId(QStringLiteral("91450100MA5K3L8Q7Y")) == QStringLiteral("9145**********8Q7Y"));
    // 15-character old tax registration numbers and other stored odd values keep the same shape.
    CHECK(maskTaxpayerId(QStringLiteral("450103123456789")) == QStringLiteral("4501*******6789"));
    CHECK(maskTaxpayerId(QStringLiteral("450103123456")) == QStringLiteral("4501****3456"));
}

TEST_CASE("a short or empty taxpayer ID gives nothing away")
{
    CHECK(maskTaxpayerId(QString()).isEmpty());
    CHECK(maskTaxpayerId(QStringLiteral("45010312345")) == QStringLiteral("*********45"));
    CHECK(maskTaxpayerId(QStringLiteral("4")) == QStringLiteral("*"));
    CHECK(maskTaxpayerId(QStringLiteral("45")) == QStringLiteral("**"));
}

TEST_CASE("a mobile number keeps its first 3 and last 4 digits")
{
    CHECK(maskPhone(QStringLiteral("13907711234")) == QStringLiteral("139****1234"));
    CHECK(maskPhone(QStringLiteral("19977123456")) == QStringLiteral("199****3456"));
}

TEST_CASE("a landline keeps its area code and last 4 digits, and its extension")
{
    CHECK(maskPhone(QStringLiteral("07715551234")) == QStringLiteral("0771***1234"));
    CHECK(maskPhone(QStringLiteral("077155512345")) == QStringLiteral("0771****2345"));
    CHECK(maskPhone(QStringLiteral("01066551234")) == QStringLiteral("010****1234"));
    CHECK(maskPhone(QStringLiteral("02087654321")) == QStringLiteral("020****4321"));
    CHECK(maskPhone(QStringLiteral("0215551234")) == QStringLiteral("021***1234"));
    CHECK(maskPhone(QStringLiteral("07715551234-801")) == QStringLiteral("0771***1234-801"));
}

TEST_CASE("numbers of no known shape keep only their last 2 digits")
{
    CHECK(maskPhone(QString()).isEmpty());
    CHECK(maskPhone(QStringLiteral("5551234")) == QStringLiteral("*****34"));
    CHECK(maskPhone(QStringLiteral("077112345")) == QStringLiteral("*******45"));   // too short for area code + 3 + 4
    CHECK(maskPhone(QStringLiteral("1390771123")) == QStringLiteral("********23")); // 10 digits
    CHECK(maskPhone(QStringLiteral("+86 139")) == QStringLiteral("*****39"));
}

TEST_CASE("masked values are recognised as masked and keep their length")
{
    for (const QString& v :
         {QStringLiteral("450103198001011234"), QStringLiteral("13907711234"), QStringLiteral("07715551234-801")}) {
        const QString m = v.size() == 18 ? maskTaxpayerId(v) : maskPhone(v);
        CHECK(isMasked(m));
        CHECK(m.size() == v.size());
        CHECK_FALSE(isMasked(v));
    }
}
