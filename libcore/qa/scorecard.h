#pragma once
// A scorecard template (评分表): four dimensions (服务态度, 服务技巧, 技术能力, 问题记录) of items, each with its
// maximum points and the scoring standard (评分标准明细); fatal items (致命项) carry no points and set the total to
// zero; a pass mark (合格线). Stored as qa_template_versions.definition, JSON
// {"dimensions": [{"key", "name", "items": [{"key", "name", "max_points", "standard", "fatal"}]}]}; item keys stay
// the same across versions so evaluations and summaries compare.

#include "core/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace hotline::qa {

struct ScorecardItem {
    QString key;
    QString name;
    double maxPoints = 0; // 0 for a fatal item
    QString standard;
    bool fatal = false;
};

struct ScorecardDimension {
    QString key;
    QString name;
    QList<ScorecardItem> items;
};

struct ScorecardDefinition {
    QList<ScorecardDimension> dimensions;

    // The sum of the non-fatal items' maximum points.
    double maxTotal() const;
    const ScorecardItem* item(const QString& key) const;
    // The dimension holding the item, or nullptr.
    const ScorecardDimension* dimensionOf(const QString& itemKey) const;
    int itemCount() const;
};

// One stored version of a template: what an evaluation is scored with.
struct ScorecardVersion {
    QString id;
    QString templateId;
    QString templateName;
    int version = 0;
    double passMark = 0;
    double maxTotal = 0;
    ScorecardDefinition definition;
    QString createdBy;
    QDateTime createdAt;
};

// Reads a definition from its stored JSON. Refuses what is not JSON or not of that shape, and then what validate()
// refuses; the error names the item at fault.
Result<ScorecardDefinition> parseDefinition(const QByteArray& json);
// The stored JSON (compact) of a definition.
QByteArray definitionJson(const ScorecardDefinition& definition);

// Names required (dimensions and items), keys unique and made of letters, digits and '_', at least one scored item,
// points > 0 on every non-fatal item and 0 on a fatal one, the pass mark within 0..max total.
Outcome validate(const ScorecardDefinition& definition, double passMark);

// Whole or half points (10, 2.5): what item points and deductions are counted in.
bool isHalfPoints(double points);

// A key for a new item or dimension made from nothing the user types: "item_7" for the first number unused.
QString unusedKey(const ScorecardDefinition& definition, const QString& prefix);

} // namespace hotline::qa
