#include "sync/syncworker.h"

#include "core/clock.h"
#include "db/database.h"
#include "sync/centralstore.h"
#include "sync/syncengine.h"
#include "sync/syncsettings.h"

#include <QTimer>

namespace hotline::ui {

SyncWorker::SyncWorker(QString storePath, int intervalMs) : m_path(std::move(storePath)), m_intervalMs(intervalMs) {}

SyncWorker::~SyncWorker() = default;

void SyncWorker::start()
{
    auto opened = db::Database::open(m_path);
    if (!opened) {
        m_state.message = opened.error().message;
        emit stateChanged(m_state);
        return;
    }
    m_db = std::move(opened).value();
    m_timer = new QTimer(this);
    m_timer->setInterval(m_intervalMs);
    connect(m_timer, &QTimer::timeout, this, &SyncWorker::syncNow);
    m_timer->start();
    syncNow();
}

void SyncWorker::syncNow()
{
    if (!m_db) {
        return;
    }
    auto url = sync::centralUrl(*m_db);
    m_state.configured = url && !url.value().isEmpty();
    m_state.lastPulled = 0;
    m_state.lastConflicts = 0;
    if (m_state.configured) {
        m_state.running = true;
        emit stateChanged(m_state);
        SystemClock clock;
        auto central = sync::CentralStore::connect(url.value(), 5);
        if (!central) {
            m_state.online = false;
            m_state.message = central.error().message;
        } else {
            sync::SyncEngine engine(*m_db, *central.value(), clock);
            auto report = engine.syncOnce();
            m_state.online = report.ok();
            m_state.message = report ? QString() : report.error().message;
            if (report) {
                m_state.lastPulled = report->pulled;
                m_state.lastConflicts = report->conflicts;
            }
        }
        m_state.running = false;
    }
    if (auto status = sync::SyncEngine::status(*m_db)) {
        m_state.pending = status->pending;
        m_state.lastSuccess = status->lastSuccess;
    }
    emit stateChanged(m_state);
}

SyncController::SyncController(const QString& storePath, int intervalMs, QObject* parent)
    : QObject(parent), m_worker(new SyncWorker(storePath, intervalMs))
{
    qRegisterMetaType<hotline::ui::SyncState>();
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(&m_thread, &QThread::started, m_worker, &SyncWorker::start);
    connect(m_worker, &SyncWorker::stateChanged, this, [this](const SyncState& s) {
        m_state = s;
        emit stateChanged(s);
        if (s.lastPulled > 0) {
            emit changesArrived();
        }
    });
    m_thread.setObjectName(QStringLiteral("sync"));
    m_thread.start();
}

SyncController::~SyncController()
{
    m_thread.quit();
    m_thread.wait();
}

void SyncController::syncNow()
{
    QMetaObject::invokeMethod(m_worker, &SyncWorker::syncNow, Qt::QueuedConnection);
}

} // namespace hotline::ui
