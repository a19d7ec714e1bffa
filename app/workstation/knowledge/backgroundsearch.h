#pragma once
// The pane's search as you type, on its own thread with its own connection to the store: a whole question over
// 100,000 articles can take 150 ms (bench_kb_latency), which typing must never wait for. Only the newest request
// runs; answers to older ones are dropped.

#include "core/result.h"
#include "knowledge/kbrepository.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

namespace hotline::db {
class Database;
} // namespace hotline::db

namespace hotline::ui {

// Keywords first; when nothing has every word, the input as a whole question (any word, best first). With the
// store's own synonym dictionary.
Result<QList<knowledge::KbHit>> searchKnowledge(const QSqlDatabase& db, const QString& text,
                                                knowledge::KbSearchOptions options);

class BackgroundSearch final : public QObject {
    Q_OBJECT
public:
    using Done = std::function<void(const Result<QList<knowledge::KbHit>>&)>;

    explicit BackgroundSearch(QString storePath, QObject* parent = nullptr);
    ~BackgroundSearch() override;

    // Called on this object's (the GUI) thread with the results, unless a newer request came first.
    void request(const QString& text, const knowledge::KbSearchOptions& options, Done done);
    // Drops the answer to any request made so far.
    void cancel() { m_state->answered = ++m_state->latest; }
    // True while a request has not been answered.
    bool busy() const;

private:
    struct State {
        QString path;
        std::atomic<quint64> latest{0};
        std::atomic<quint64> answered{0};
        std::unique_ptr<db::Database> db; // opened and closed on the search thread only
    };
    QThread m_thread;
    QObject* m_context; // lives on m_thread
    std::shared_ptr<State> m_state;
};

} // namespace hotline::ui
