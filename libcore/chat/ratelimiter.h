#pragma once
// Counting windows for the portal's limits (messages a minute per conversation, new conversations an hour per
// address, robot questions a day per address). Held in memory by the one portal process: a restart forgets them,
// and nginx's limit_req / limit_conn stand in front of it anyway. Times come from the caller (the injected clock).

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace hotline::chat {

class SlidingWindow final {
public:
    SlidingWindow(int limit, qint64 windowMs) : m_limit(limit), m_windowMs(windowMs) {}

    // Counts a hit for key at now when below the limit and returns true; returns false (counting nothing) when the
    // key already has `limit` hits within the window ending at now.
    bool tryHit(const QString& key, const QDateTime& now);
    // When the oldest hit of the window leaves it (the next hit is allowed from then); invalid when not limited.
    QDateTime retryAt(const QString& key, const QDateTime& now) const;
    void setLimit(int limit) { m_limit = limit; }
    int limit() const { return m_limit; }
    // Forgets keys with no hit in the window (bounded memory under many addresses).
    void prune(const QDateTime& now);

private:
    int m_limit;
    qint64 m_windowMs;
    QHash<QString, QList<qint64>> m_hits; // ms since epoch, oldest first
};

} // namespace hotline::chat
