#pragma once
// The satisfaction scale and the satisfaction rate (满意率), defined here once for the import, the workstation and the
// reports.
//
// Scale: 满意 (satisfied), 基本满意 (basically satisfied), 不满意 (dissatisfied). The telephone system's survey may
// instead give a key press 1–5, mapped as 5, 4 → 满意; 3 → 基本满意; 2, 1 → 不满意.
//
// Rate: (满意 + 基本满意) / all rated, over a period; undefined (no figure, not 0 %) when nothing was rated. It is
// shown against the target kSatisfactionTarget (90 %); the target is met when the rate is at least the target, compared
// in whole counts (100 · (满意 + 基本满意) ≥ 90 · all rated), so no rounding can decide it.

#include <QString>

#include <optional>

namespace hotline::satisfaction {

enum class Rating { Satisfied, BasicallySatisfied, Dissatisfied };

// The target satisfaction rate in percent (the bureau's 90 %).
inline constexpr int kSatisfactionTargetPercent = 90;

// Storage key: satisfied, basically_satisfied, dissatisfied.
QString key(Rating r);
std::optional<Rating> ratingFromKey(const QString& key);
// 满意 / 基本满意 / 不满意 (translated).
QString displayName(Rating r);

// A rating as the survey export writes it: 满意, 基本满意, 不满意 (also 非常满意 → 满意, 很不满意/非常不满意 → 不满意),
// the English words, or a digit 1–5 (5, 4 → 满意; 3 → 基本满意; 2, 1 → 不满意). Surrounding blanks are ignored.
// Anything else (0, 6, 4.5, 好, empty) has no rating.
std::optional<Rating> parseRating(const QString& text);
// A level of the 5-level scale (1 非常不满意 … 5 非常满意: the survey's key press and the online chat's rating), mapped
// like the digit: 5, 4 → 满意; 3 → 基本满意; 2, 1 → 不满意. Any other number has no rating.
std::optional<Rating> ratingFromLevel(int level);

// Counts of rated answers and the rate over them.
struct RateCounts {
    int satisfied = 0;
    int basicallySatisfied = 0;
    int dissatisfied = 0;

    void add(Rating r);
    int total() const { return satisfied + basicallySatisfied + dissatisfied; }
    int content() const { return satisfied + basicallySatisfied; } // 满意 + 基本满意
    // (满意 + 基本满意) / all rated, in [0, 1]; nullopt when nothing was rated.
    std::optional<double> rate() const;
    // At least kSatisfactionTargetPercent, in whole numbers; false when nothing was rated.
    bool meetsTarget() const;
    // The rate for people: "93.75%" (two decimals, rounded half up), or "—" when nothing was rated.
    QString percentText() const;
    bool operator==(const RateCounts&) const = default;
};

} // namespace hotline::satisfaction
