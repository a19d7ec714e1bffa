#pragma once
// The portal's clock under --now: starts at the given instant and runs on in real time (for tests and the browser
// test, which need office hours or a calendar day whatever the real date is).

#include "core/clock.h"

#include <QElapsedTimer>

namespace hotline::portal {

class OffsetClock final : public Clock {
public:
    explicit OffsetClock(QDateTime start) : m_start(start.toUTC()) { m_elapsed.start(); }
    QDateTime now() const override { return m_start.addMSecs(m_elapsed.elapsed()); }

private:
    QDateTime m_start;
    QElapsedTimer m_elapsed;
};

} // namespace hotline::portal
