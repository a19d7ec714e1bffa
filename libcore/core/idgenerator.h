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

// Deterministic ids for tests: 00000000-0000-4000-8000-000000000001, ...002, ... A stream number keeps the ids
// of several simulated workstations apart (stream 2: 00000000-0000-4000-8002-...).
class SequentialIdGenerator final : public IdGenerator {
public:
    explicit SequentialIdGenerator(int stream = 0) : m_stream(stream) {}
    QString next() override
    {
        return QStringLiteral("00000000-0000-4000-%1-%2")
            .arg(8000 + m_stream, 4, 10, QLatin1Char('0'))
            .arg(++m_counter, 12, 10, QLatin1Char('0'));
    }

private:
    int m_stream;
    qint64 m_counter = 0;
};

} // namespace hotline
