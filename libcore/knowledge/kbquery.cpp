#include "knowledge/kbquery.h"

#include "text/cjktokenizer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace hotline::knowledge {
namespace {

QString quote(QString s)
{
    s.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + s + QLatin1Char('"');
}

} // namespace

Synonyms Synonyms::builtin()
{
    static const Synonyms shipped = [] {
        Synonyms s;
        QFile f(QStringLiteral(":/kb/synonyms.json"));
        if (f.open(QIODevice::ReadOnly)) {
            for (const QJsonValue group : QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("groups")).toArray()) {
                QStringList words;
                for (const QJsonValue w : group.toArray()) {
                    words << w.toString();
                }
                s.addGroup(words);
            }
        }
        return s;
    }();
    return shipped;
}

void Synonyms::addGroup(const QStringList& words)
{
    QStringList clean;
    for (const QString& w : words) {
        if (!w.trimmed().isEmpty() && !clean.contains(w.trimmed())) {
            clean << w.trimmed();
        }
    }
    if (clean.size() > 1) {
        m_groups << clean;
    }
}

QStringList Synonyms::alternativesIn(const QString& text) const
{
    QStringList out;
    for (const QStringList& group : m_groups) {
        const bool present = std::any_of(group.begin(), group.end(), [&text](const QString& w) {
            return text.contains(w, Qt::CaseInsensitive);
        });
        if (present) {
            for (const QString& w : group) {
                if (!text.contains(w, Qt::CaseInsensitive) && !out.contains(w)) {
                    out << w;
                }
            }
        }
    }
    return out;
}

QStringList Synonyms::groupOf(const QString& word) const
{
    for (const QStringList& group : m_groups) {
        if (group.contains(word, Qt::CaseInsensitive)) {
            return group;
        }
    }
    return {word};
}

QString matchExpression(const QString& input, QueryMode mode, const Synonyms& synonyms)
{
    if (mode == QueryMode::Keywords) {
        QStringList terms;
        for (const QString& word : input.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
            if (text::tokens(word, text::TokenMode::Words).isEmpty()) {
                continue;
            }
            QStringList alternatives;
            for (const QString& w : synonyms.groupOf(word)) {
                const bool single = text::tokens(w, text::TokenMode::Words).size() == 1 && w.size() == 1;
                alternatives << quote(w) + (single ? QStringLiteral("*") : QString());
            }
            terms << (alternatives.size() == 1 ? alternatives.first()
                                               : QLatin1Char('(') + alternatives.join(QStringLiteral(" OR ")) + QLatin1Char(')'));
        }
        return terms.join(QStringLiteral(" AND "));
    }
    // Question: every distinct token of the question and of its synonyms, any of them.
    QStringList words = text::tokens(input, text::TokenMode::Words);
    for (const QString& alt : synonyms.alternativesIn(input)) {
        words << text::tokens(alt, text::TokenMode::Words);
    }
    QSet<QString> seen;
    QStringList terms;
    for (const QString& w : words) {
        if (!seen.contains(w)) {
            seen.insert(w);
            terms << quote(w);
        }
    }
    return terms.join(QStringLiteral(" OR "));
}

} // namespace hotline::knowledge
