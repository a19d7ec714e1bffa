#include "testsupport.h"
#include "text/cjktokenizer.h"

using hotline::text::ftsMatchExpression;

TEST_CASE("match expression quotes each term and makes one character a prefix query")
{
    CHECK(ftsMatchExpression(QStringLiteral("南宁市")) == QStringLiteral("\"南宁市\""));
    CHECK(ftsMatchExpression(QStringLiteral("  南宁  科技 ")) == QStringLiteral("\"南宁\" AND \"科技\""));
    CHECK(ftsMatchExpression(QStringLiteral("税")) == QStringLiteral("\"税\"*"));
    CHECK(ftsMatchExpression(QStringLiteral("a\"b")) == QStringLiteral("\"a\"\"b\""));
    CHECK(ftsMatchExpression(QStringLiteral(" ，。 ")).isEmpty());
}
