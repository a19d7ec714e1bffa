#pragma once
// Background sync for the workstation: a worker on its own thread with its own connections (the local store and
// the centre), syncing on a timer and on demand, never blocking the window. The controller lives on the GUI thread.

#include <QDateTime>
#include <QObject>
#include <QThread>

#include <memory>

class QTimer;

namespace hotline::db {
class Database;
}

namespace hotline::ui {

struct SyncState {
    bool configured = false; // a central store is set
    bool online = false;     // the last round reached it
    bool running = false;
    int pending = 0;
    int lastPulled = 0;
    int lastConflicts = 0;
    QDateTime lastSuccess;
    QString message; // why the last round failed
};

class SyncWorker final : public QObject {
    Q_OBJECT
public:
    SyncWorker(QString storePath, int intervalMs);
    ~SyncWorker() override;

    void start();   // on the worker thread: opens its connection, starts the timer, syncs once
    void syncNow(); // a round now (queued behind one that runs)

signals:
    void stateChanged(const hotline::ui::SyncState& state);

private:
    QString m_path;
    int m_intervalMs;
    std::unique_ptr<db::Database> m_db;
    QTimer* m_timer = nullptr;
    SyncState m_state;
};

class SyncController final : public QObject {
    Q_OBJECT
public:
    SyncController(const QString& storePath, int intervalMs = 30000, QObject* parent = nullptr);
    ~SyncController() override;

    void syncNow();
    const SyncState& state() const { return m_state; }

signals:
    void stateChanged(const hotline::ui::SyncState& state);
    // Another workstation's changes arrived: lists should reload.
    void changesArrived();

private:
    QThread m_thread;
    SyncWorker* m_worker;
    SyncState m_state;
};

} // namespace hotline::ui

Q_DECLARE_METATYPE(hotline::ui::SyncState)
