#include "testsupport.h"
#include "tickets/validation.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace hotline::tickets;

namespace {

// The demo content as built into hotlinecore's resources.
QJsonObject demoContent()
{
    QFile file(QStringLiteral(":/demo/workorders.json"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    INFO(error.errorString().toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(doc.isObject());
    return doc.object();
}

} // namespace

TEST_CASE("demo units make valid credit codes and landlines")
{
    const QJsonObject demo = demoContent();
    const QJsonArray units = demo.value(QStringLiteral("units")).toArray();
    CHECK(units.size() >= 60);
    QSet<QString> names;
    QSet<QString> cities;
    int serial = 0;
    for (const QJsonValue& value : units) {
        const QJsonObject unit = value.toObject();
        const QString name = unit.value(QStringLiteral("name")).toString();
        INFO(name);
        CHECK_FALSE(name.isEmpty());
        CHECK_FALSE(names.contains(name));
        names.insert(name);
        cities.insert(unit.value(QStringLiteral("city")).toString());

        // What the demo generator will do: type + division + 9 characters + check character.
        const QString first17 = unit.value(QStringLiteral("type")).toString() +
                                unit.value(QStringLiteral("division")).toString() + QStringLiteral("MA5K") +
                                QStringLiteral("%1").arg(++serial, 5, 10, QLatin1Char('0'));
        REQUIRE(first17.size() == 17);
        const QChar check = creditCodeCheckChar(first17);
        REQUIRE_FALSE(check.isNull());
        CHECK(normalizeCreditCode(first17 + check).ok());

        const QString areaCode = unit.value(QStringLiteral("areaCode")).toString();
        const hotline::Result<QString> phone = normalizePhone(areaCode + QStringLiteral("-5551234"));
        REQUIRE(phone.ok());
        CHECK(phone.value() == areaCode + QStringLiteral("5551234"));
    }
    CHECK(cities.size() == 14);
}

TEST_CASE("demo items use the category tree and cover every topic")
{
    const QJsonObject demo = demoContent();
    const QJsonObject tree = demo.value(QStringLiteral("categoryTree")).toObject();
    CHECK(tree.keys().size() == 3);
    QHash<QString, int> perTopic;
    for (auto it = tree.begin(); it != tree.end(); ++it) {
        for (const QJsonValue& topic : it.value().toArray()) {
            perTopic.insert(it.key() + QLatin1Char('/') + topic.toString(), 0);
        }
    }
    CHECK(perTopic.size() == 22);

    const QJsonArray items = demo.value(QStringLiteral("items")).toArray();
    CHECK(items.size() >= 120);
    for (const QJsonValue& value : items) {
        const QJsonObject item = value.toObject();
        const QString question = item.value(QStringLiteral("question")).toString();
        INFO(question);
        CHECK_FALSE(question.isEmpty());
        CHECK_FALSE(item.value(QStringLiteral("answer")).toString().isEmpty());
        const QString difficulty = item.value(QStringLiteral("difficulty")).toString();
        CHECK((difficulty == QStringLiteral("normal") || difficulty == QStringLiteral("hard")));
        const QJsonArray category = item.value(QStringLiteral("category")).toArray();
        REQUIRE(category.size() == 2);
        const QString key = category.at(0).toString() + QLatin1Char('/') + category.at(1).toString();
        REQUIRE(perTopic.contains(key));
        ++perTopic[key];
    }
    for (auto it = perTopic.cbegin(); it != perTopic.cend(); ++it) {
        INFO(it.key());
        CHECK(it.value() >= 3);
    }

    CHECK(demo.value(QStringLiteral("contacts")).toArray().size() >= 40);
    QHash<QString, int> roles;
    for (const QJsonValue& agent : demo.value(QStringLiteral("agents")).toArray()) {
        ++roles[agent.toObject().value(QStringLiteral("role")).toString()];
    }
    CHECK(roles.value(QStringLiteral("agent")) == 6);
    CHECK(roles.value(QStringLiteral("lead")) == 1);
    CHECK(roles.value(QStringLiteral("technician")) == 1);
    CHECK(roles.value(QStringLiteral("expert")) == 1);
    CHECK(roles.value(QStringLiteral("quality_manager")) == 1);
}
