#include "qa/samplepick.h"

#include <limits>

namespace hotline::qa {

std::uint64_t boundedDraw(std::mt19937_64& gen, std::uint64_t bound)
{
    // Values at or above the largest multiple of bound would favour the small results: draw again.
    const std::uint64_t limit =
        std::numeric_limits<std::uint64_t>::max() - std::numeric_limits<std::uint64_t>::max() % bound;
    std::uint64_t v = gen();
    while (v >= limit) {
        v = gen();
    }
    return v % bound;
}

QStringList pickRandom(const QStringList& candidates, int n, std::mt19937_64& gen)
{
    QStringList pool = candidates;
    const qsizetype take = std::min<qsizetype>(std::max(n, 0), pool.size());
    for (qsizetype i = 0; i < take; ++i) {
        const auto j = i + qsizetype(boundedDraw(gen, std::uint64_t(pool.size() - i)));
        pool.swapItemsAt(i, j);
    }
    return pool.mid(0, take);
}

} // namespace hotline::qa
