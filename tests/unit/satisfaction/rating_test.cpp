#include "satisfaction/rating.h"
#include "testsupport.h"

using namespace hotline::satisfaction;

TEST_CASE("ratings: words and the 1-5 scale map onto the three levels")
{
    CHECK(parseRating(QStringLiteral("满意")) == Rating::Satisfied);
    CHECK(parseRating(QStringLiteral(" 基本满意 ")) == Rating::BasicallySatisfied);
    CHECK(parseRating(QStringLiteral("不满意")) == Rating::Dissatisfied);
    CHECK(parseRating(QStringLiteral("非常满意")) == Rating::Satisfied);
    CHECK(parseRating(QStringLiteral("Dissatisfied")) == Rating::Dissatisfied);
    CHECK(parseRating(QStringLiteral("5")) == Rating::Satisfied);
    CHECK(parseRating(QStringLiteral("4")) == Rating::Satisfied);
    CHECK(parseRating(QStringLiteral("3")) == Rating::BasicallySatisfied);
    CHECK(parseRating(QStringLiteral("2")) == Rating::Dissatisfied);
    CHECK(parseRating(QStringLiteral("1")) == Rating::Dissatisfied);
    for (const char* bad : {"0", "6", "4.5", "45", "好", "", "满", "-1"}) {
        INFO(bad);
        CHECK_FALSE(parseRating(QString::fromUtf8(bad)).has_value());
    }
    for (Rating r : {Rating::Satisfied, Rating::BasicallySatisfied, Rating::Dissatisfied}) {
        CHECK(ratingFromKey(key(r)) == r);
    }
    CHECK_FALSE(ratingFromKey(QStringLiteral("unreachable")).has_value());
}

TEST_CASE("the satisfaction rate: (satisfied + basically satisfied) / all rated against 90 percent")
{
    RateCounts none;
    CHECK_FALSE(none.rate().has_value());
    CHECK_FALSE(none.meetsTarget());
    CHECK(none.percentText() == QStringLiteral("—"));

    RateCounts c{14, 1, 1}; // 15 / 16
    CHECK(c.total() == 16);
    CHECK(*c.rate() == Approx(0.9375));
    CHECK(c.percentText() == QStringLiteral("93.75%"));
    CHECK(c.meetsTarget());

    // Exactly 90 % meets the target; one answer fewer content does not.
    CHECK(RateCounts{8, 1, 1}.meetsTarget());
    CHECK(RateCounts{8, 1, 1}.percentText() == QStringLiteral("90.00%"));
    CHECK_FALSE(RateCounts{8, 0, 2}.meetsTarget());
    // 2 / 3 = 66.666… rounds half up to 66.67 %; 1 / 8 = 12.5 % exactly.
    CHECK(RateCounts{2, 0, 1}.percentText() == QStringLiteral("66.67%"));
    CHECK(RateCounts{0, 1, 7}.percentText() == QStringLiteral("12.50%"));
    CHECK(RateCounts{0, 0, 3}.percentText() == QStringLiteral("0.00%"));
    CHECK(RateCounts{3, 0, 0}.percentText() == QStringLiteral("100.00%"));
    // 899 / 1000 stays below, even though it prints as 89.90 %.
    CHECK_FALSE(RateCounts{899, 0, 101}.meetsTarget());
    CHECK(kSatisfactionTargetPercent == 90);
}
