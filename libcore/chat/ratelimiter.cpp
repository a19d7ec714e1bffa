#include "chat/ratelimiter.h"

namespace hotline::chat {

bool SlidingWindow::tryHit(const QString& key, const QDateTime& now)
{
    const qint64 t = now.toMSecsSinceEpoch();
    QList<qint64>& hits = m_hits[key];
    while (!hits.isEmpty() && hits.first() <= t - m_windowMs) {
        hits.removeFirst();
    }
    if (hits.size() >= m_limit) {
        return false;
    }
    hits.append(t);
    return true;
}

QDateTime SlidingWindow::retryAt(const QString& key, const QDateTime& now) const
{
    const auto it = m_hits.constFind(key);
    if (it == m_hits.constEnd()) {
        return {};
    }
    const qint64 t = now.toMSecsSinceEpoch();
    qsizetype live = 0;
    for (qint64 h : *it) {
        live += h > t - m_windowMs ? 1 : 0;
    }
    if (live < m_limit) {
        return {};
    }
    // The hit that must leave for one more to fit.
    const qint64 oldest = it->at(it->size() - m_limit);
    return QDateTime::fromMSecsSinceEpoch(oldest + m_windowMs, Qt::UTC);
}

void SlidingWindow::prune(const QDateTime& now)
{
    const qint64 t = now.toMSecsSinceEpoch();
    for (auto it = m_hits.begin(); it != m_hits.end();) {
        if (it->isEmpty() || it->last() <= t - m_windowMs) {
            it = m_hits.erase(it);
        } else {
            ++it;
        }
    }
}

} // namespace hotline::chat
