#include "knowledge/backgroundsearch.h"

#include "db/database.h"
#include "knowledge/synonymrepository.h"

#include <QPointer>

namespace hotline::ui {

Result<QList<knowledge::KbHit>> searchKnowledge(const QSqlDatabase& db, const QString& text,
                                                knowledge::KbSearchOptions options)
{
    knowledge::KbRepository repo(db);
    // The store's own dictionary, read each time: a few rows, and edits (here or synced in) apply at once.
    const knowledge::Synonyms synonyms =
        knowledge::SynonymRepository(db).load().value_or(knowledge::Synonyms::builtin());
    options.mode = knowledge::QueryMode::Keywords;
    auto hits = repo.search(text, options, synonyms);
    if (hits && hits->isEmpty()) {
        options.mode = knowledge::QueryMode::Question;
        hits = repo.search(text, options, synonyms);
    }
    return hits;
}

BackgroundSearch::BackgroundSearch(QString storePath, QObject* parent)
    : QObject(parent), m_context(new QObject), m_state(std::make_shared<State>())
{
    m_state->path = std::move(storePath);
    m_thread.setObjectName(QStringLiteral("kbSearchThread"));
    m_context->moveToThread(&m_thread);
    m_thread.start();
}

BackgroundSearch::~BackgroundSearch()
{
    QMetaObject::invokeMethod(
        m_context, [state = m_state] { state->db.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_context;
}

bool BackgroundSearch::busy() const
{
    return m_state->answered.load() < m_state->latest.load();
}

void BackgroundSearch::request(const QString& text, const knowledge::KbSearchOptions& options, Done done)
{
    const quint64 ticket = ++m_state->latest;
    QPointer<BackgroundSearch> self(this);
    QMetaObject::invokeMethod(m_context, [state = m_state, ticket, text, options, done = std::move(done), self] {
        if (ticket != state->latest.load()) {
            return; // a newer request is queued behind this one
        }
        Result<QList<knowledge::KbHit>> hits = QList<knowledge::KbHit>{};
        if (state->db == nullptr) {
            db::OpenOptions mapped;
            mapped.memoryMapped = true;
            auto opened = db::Database::open(state->path, mapped);
            if (!opened) {
                hits = opened.error();
            } else {
                state->db = std::move(opened).value();
            }
        }
        if (state->db != nullptr) {
            hits = searchKnowledge(state->db->connection(), text, options);
        }
        QMetaObject::invokeMethod(self, [state, ticket, hits, done, self] {
            if (self != nullptr && ticket == state->latest.load()) {
                state->answered = ticket;
                done(hits);
            }
        });
    });
}

} // namespace hotline::ui
