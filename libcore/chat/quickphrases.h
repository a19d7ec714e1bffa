#pragma once
// 服务用语: the standard service wording online agents insert into a chat with a click (问候, 查询, 结束 …), kept by
// the team lead. Every change needs Permission::ManageQuickPhrases and travels through the outbox (entity
// quick_phrase) in the same transaction. A phrase is never deleted, only deactivated (the central store keeps its
// history). Texts are plain text, 1–500 characters (what a chat message may hold).

#include "core/result.h"
#include "security/operator.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace hotline {
class Clock;
class IdGenerator;
namespace db {
class Database;
}
} // namespace hotline

namespace hotline::chat {

inline constexpr int kMaxQuickPhraseChars = 500;
inline constexpr int kMaxQuickPhraseCategoryChars = 20;

struct QuickPhrase {
    QString id;
    QString category;
    QString text;
    int sortOrder = 0;
    bool active = true;
    int version = 1;
};

// The phrases in the order agents see them: by category (in the order of each category's first phrase), then sort
// order. Inactive ones only with includeInactive (the lead's editor).
Result<QList<QuickPhrase>> listQuickPhrases(const QSqlDatabase& db, bool includeInactive = false);

// Trims the text and the category and checks them: a text of 1–500 characters, a category of at most 20. The error
// names the field ("text", "category").
Result<QuickPhrase> validateQuickPhrase(const QuickPhrase& phrase);

// Adds a phrase at the end of its category.
Result<QuickPhrase> addQuickPhrase(db::Database& db, const QString& category, const QString& text,
                                   const security::Operator& by, IdGenerator& ids, const Clock& clock);
// Changes the text and category of an active phrase; Conflict when someone changed it since expectedVersion.
Result<QuickPhrase> editQuickPhrase(db::Database& db, const QString& id, const QString& category, const QString& text,
                                    int expectedVersion, const security::Operator& by, const Clock& clock);
// Gives the listed phrases the sort orders 0, 1, 2 … in the order given (only those whose order changes are
// written). Every id must name a stored phrase.
Outcome reorderQuickPhrases(db::Database& db, const QStringList& orderedIds, const security::Operator& by,
                            const Clock& clock);
// Takes a phrase out of the agents' list (an inactive one: IllegalTransition).
Outcome deactivateQuickPhrase(db::Database& db, const QString& id, const security::Operator& by, const Clock& clock);

// The default wording (恢复默认), category and text, in order.
QList<QuickPhrase> defaultQuickPhrases();
// 恢复默认: adds the default wording when no phrase is active (Conflict otherwise: nothing is overwritten). Returns how
// many were added.
Result<int> restoreDefaultQuickPhrases(db::Database& db, const security::Operator& by, IdGenerator& ids,
                                       const Clock& clock);
// The same for demo data and set-up scripts, as byOperatorId without a permission check; adds nothing when any
// phrase (active or not) is stored. Returns how many were added.
Result<int> seedDefaultQuickPhrases(db::Database& db, const QString& byOperatorId, IdGenerator& ids,
                                    const Clock& clock);

} // namespace hotline::chat
