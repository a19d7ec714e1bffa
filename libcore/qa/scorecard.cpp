#include "qa/scorecard.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace hotline::qa {
namespace {

Error invalid(const QString& message, const QString& field = QStringLiteral("definition"))
{
    return makeError(ErrorCode::InvalidInput, message, field);
}

Error notOfShape(const QString& what)
{
    return invalid(QCoreApplication::translate("hotline::qa", "The scorecard definition is not valid: %1").arg(what));
}

bool validKey(const QString& key)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_]{1,40}$"));
    return pattern.match(key).hasMatch();
}

} // namespace

double ScorecardDefinition::maxTotal() const
{
    double total = 0;
    for (const ScorecardDimension& d : dimensions) {
        for (const ScorecardItem& i : d.items) {
            total += i.fatal ? 0 : i.maxPoints;
        }
    }
    return total;
}

const ScorecardItem* ScorecardDefinition::item(const QString& key) const
{
    for (const ScorecardDimension& d : dimensions) {
        for (const ScorecardItem& i : d.items) {
            if (i.key == key) {
                return &i;
            }
        }
    }
    return nullptr;
}

const ScorecardDimension* ScorecardDefinition::dimensionOf(const QString& itemKey) const
{
    for (const ScorecardDimension& d : dimensions) {
        for (const ScorecardItem& i : d.items) {
            if (i.key == itemKey) {
                return &d;
            }
        }
    }
    return nullptr;
}

int ScorecardDefinition::itemCount() const
{
    int n = 0;
    for (const ScorecardDimension& d : dimensions) {
        n += static_cast<int>(d.items.size());
    }
    return n;
}

Result<ScorecardDefinition> parseDefinition(const QByteArray& json)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        return notOfShape(QCoreApplication::translate("hotline::qa", "it is not a JSON object"));
    }
    const QJsonValue dims = doc.object().value(QStringLiteral("dimensions"));
    if (!dims.isArray()) {
        return notOfShape(QCoreApplication::translate("hotline::qa", "it has no list of dimensions"));
    }
    ScorecardDefinition def;
    for (const QJsonValue& dv : dims.toArray()) {
        const QJsonObject d = dv.toObject();
        if (!dv.isObject() || !d.value(QStringLiteral("items")).isArray()) {
            return notOfShape(QCoreApplication::translate("hotline::qa", "a dimension has no list of items"));
        }
        ScorecardDimension dim{
            d.value(QStringLiteral("key")).toString(), d.value(QStringLiteral("name")).toString().trimmed(), {}};
        for (const QJsonValue& iv : d.value(QStringLiteral("items")).toArray()) {
            const QJsonObject i = iv.toObject();
            const QJsonValue points = i.value(QStringLiteral("max_points"));
            if (!iv.isObject() || !points.isDouble()) {
                return notOfShape(
                    QCoreApplication::translate("hotline::qa", "an item of %1 has no maximum points").arg(dim.name));
            }
            dim.items.append({i.value(QStringLiteral("key")).toString(), i.value(QStringLiteral("name")).toString(),
                              points.toDouble(), i.value(QStringLiteral("standard")).toString(),
                              i.value(QStringLiteral("fatal")).toBool()});
        }
        def.dimensions.append(dim);
    }
    return def;
}

QByteArray definitionJson(const ScorecardDefinition& definition)
{
    QJsonArray dims;
    for (const ScorecardDimension& d : definition.dimensions) {
        QJsonArray items;
        for (const ScorecardItem& i : d.items) {
            items.append(QJsonObject{{QStringLiteral("key"), i.key},
                                     {QStringLiteral("name"), i.name},
                                     {QStringLiteral("max_points"), i.maxPoints},
                                     {QStringLiteral("standard"), i.standard},
                                     {QStringLiteral("fatal"), i.fatal}});
        }
        dims.append(QJsonObject{
            {QStringLiteral("key"), d.key}, {QStringLiteral("name"), d.name}, {QStringLiteral("items"), items}});
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("dimensions"), dims}}).toJson(QJsonDocument::Compact);
}

Outcome validate(const ScorecardDefinition& definition, double passMark)
{
    QSet<QString> dimensionKeys;
    QSet<QString> itemKeys;
    int scored = 0;
    for (int d = 0; d < definition.dimensions.size(); ++d) {
        const ScorecardDimension& dim = definition.dimensions.at(d);
        if (dim.name.trimmed().isEmpty()) {
            return invalid(QCoreApplication::translate("hotline::qa", "Dimension %1 has no name.").arg(d + 1));
        }
        if (!validKey(dim.key) || dimensionKeys.contains(dim.key)) {
            return invalid(QCoreApplication::translate("hotline::qa", "Dimension %1 has a missing or duplicate key.")
                               .arg(dim.name));
        }
        dimensionKeys.insert(dim.key);
        for (int n = 0; n < dim.items.size(); ++n) {
            const ScorecardItem& item = dim.items.at(n);
            const QString name = item.name.trimmed();
            if (name.isEmpty()) {
                return invalid(
                    QCoreApplication::translate("hotline::qa", "Item %1 of %2 has no name.").arg(n + 1).arg(dim.name));
            }
            if (!validKey(item.key) || itemKeys.contains(item.key)) {
                return invalid(
                    QCoreApplication::translate("hotline::qa", "Item %1 (%2) has a missing or duplicate key.")
                        .arg(name, dim.name));
            }
            itemKeys.insert(item.key);
            if (item.fatal && item.maxPoints != 0) {
                return invalid(QCoreApplication::translate(
                                   "hotline::qa", "Item %1 is a fatal item: it carries no points, it zeroes the total.")
                                   .arg(name));
            }
            if (!item.fatal && !(item.maxPoints > 0 && item.maxPoints <= 100 && isHalfPoints(item.maxPoints))) {
                return invalid(QCoreApplication::translate(
                                   "hotline::qa", "Item %1 needs maximum points above 0 (at most 100, in half points).")
                                   .arg(name));
            }
            scored += item.fatal ? 0 : 1;
        }
    }
    if (scored == 0) {
        return invalid(
            QCoreApplication::translate("hotline::qa", "A scorecard needs at least one item that carries points."));
    }
    const double max = definition.maxTotal();
    if (!(passMark >= 0 && passMark <= max)) {
        return invalid(
            QCoreApplication::translate("hotline::qa", "The pass mark must be between 0 and %1 points.").arg(max),
            QStringLiteral("pass_mark"));
    }
    return Ok{};
}

bool isHalfPoints(double points)
{
    return std::abs(points * 2 - std::round(points * 2)) < 1e-9;
}

QString unusedKey(const ScorecardDefinition& definition, const QString& prefix)
{
    QSet<QString> used;
    for (const ScorecardDimension& d : definition.dimensions) {
        used.insert(d.key);
        for (const ScorecardItem& i : d.items) {
            used.insert(i.key);
        }
    }
    for (int n = 1;; ++n) {
        const QString key = prefix + QLatin1Char('_') + QString::number(n);
        if (!used.contains(key)) {
            return key;
        }
    }
}

} // namespace hotline::qa
