#include "testsupport.h"
#include "text/pinyin.h"

using namespace hotline;

TEST_CASE("pinyin initials come from ICU's Han-Latin transliteration, letters and digits kept")
{
    CHECK(text::pinyinInitials(QStringLiteral("专项附加扣除")) == QStringLiteral("zxfjkc"));
    CHECK(text::pinyinInitials(QStringLiteral("个税")) == QStringLiteral("gs"));
    CHECK(text::pinyinInitials(QStringLiteral("年度汇算，怎么办？")) == QStringLiteral("ndhs zmb"));
    CHECK(text::pinyinInitials(QStringLiteral("CA证书 3岁以下")) == QStringLiteral("cazs 3syx"));
    CHECK(text::pinyinInitials(QStringLiteral("ＡＢＣ１２")) == QStringLiteral("abc12")); // fullwidth folded
    CHECK(text::pinyinInitials(QString()).isEmpty());
    CHECK(text::pinyinInitials(QStringLiteral("！？——")).isEmpty());
}

TEST_CASE("only Latin letters, two or more, can be initials")
{
    CHECK(text::looksLikeInitials(QStringLiteral("zxfjkc")));
    CHECK(text::looksLikeInitials(QStringLiteral("GS")));
    CHECK_FALSE(text::looksLikeInitials(QStringLiteral("g")));
    CHECK_FALSE(text::looksLikeInitials(QStringLiteral("zx1")));
    CHECK_FALSE(text::looksLikeInitials(QStringLiteral("个税")));
    CHECK_FALSE(text::looksLikeInitials(QStringLiteral("ｚｘ"))); // fullwidth: typed in a Chinese input method
    CHECK_FALSE(text::looksLikeInitials(QString(31, QLatin1Char('a'))));
    CHECK_FALSE(text::looksLikeInitials(QString()));
}
