#pragma once
// Injected identity: rows get client-made UUIDs so several workstations can write offline and merge later.

#include <QString>
#include <QUuid>

namespace hotline {

class IdGenerator {
public:
    virtual ~IdGenerator() = default;
    virtual QString next() = 0;
};

class UuidGenerator final : public IdGenerator {
public:
    QString next() override { return QUuid::createUuid().toString(QUuid::WithoutBraces); }
};

// Deterministic ids for tests: 00000000-0000-4000-8000-000000000001, ...002, ...
class SequentialIdGenerator final : public IdGenerator {
public:
    QString next() override
    {
        return QStringLiteral("00000000-0000-4000-8000-%1").arg(++m_counter, 12, 10, QLatin1Char('0'));
    }

private:
    qint64 m_counter = 0;
};

} // namespace hotline
