#include "knowledge/kbquery.h"

#include "text/cjktokenizer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace hotline::knowledge {
namespace {

// Question words, particles and politeness: what a caller says around the topic of every question.
// Longer words first, so that 为什么 goes before 什么.
const QStringList& questionWords()
{
    static const QStringList words = [] {
        QStringList w{
            QStringLiteral("为什么"), QStringLiteral("怎么样"), QStringLiteral("是不是"),   QStringLiteral("有没有"),
            QStringLiteral("能不能"), QStringLiteral("要不要"), QStringLiteral("需不需要"), QStringLiteral("可不可以"),
            QStringLiteral("如何"),   QStringLiteral("怎么"),   QStringLiteral("怎样"),     QStringLiteral("什么"),
            QStringLiteral("哪些"),   QStringLiteral("哪个"),   QStringLiteral("哪里"),     QStringLiteral("是否"),
            QStringLiteral("能否"),   QStringLiteral("可否"),   QStringLiteral("请问"),     QStringLiteral("多少"),
            QStringLiteral("何时"),   QStringLiteral("吗"),     QStringLiteral("呢"),       QStringLiteral("吧"),
            QStringLiteral("啊"),     QStringLiteral("呀"),     QStringLiteral("的")};
        std::stable_sort(w.begin(), w.end(), [](const QString& a, const QString& b) { return a.size() > b.size(); });
        return w;
    }();
    return words;
}

QString quote(QString s)
{
    s.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + s + QLatin1Char('"');
}

} // namespace

const Synonyms& Synonyms::builtin()
{
    static const Synonyms shipped = [] {
        Synonyms s;
        QFile f(QStringLiteral(":/kb/synonyms.json"));
        if (f.open(QIODevice::ReadOnly)) {
            for (const QJsonValue group :
                 QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("groups")).toArray()) {
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
        const bool present = std::any_of(group.begin(), group.end(),
                                         [&text](const QString& w) { return text.contains(w, Qt::CaseInsensitive); });
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

QString withoutQuestionWords(const QString& input)
{
    QString out = input;
    for (const QString& w : questionWords()) {
        out.replace(w, QStringLiteral(" "));
    }
    return text::tokens(out, text::TokenMode::Words).isEmpty() ? input : out;
}

QStringList questionTokens(const QString& input)
{
    QStringList out = text::tokens(withoutQuestionWords(input.left(kMaxQueryLength)), text::TokenMode::Words);
    out.removeDuplicates();
    return out;
}

QString matchExpression(const QString& rawInput, QueryMode mode, const Synonyms& synonyms, const QSet<QString>& common)
{
    const QString input = rawInput.left(kMaxQueryLength);
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
            terms << (alternatives.size() == 1
                          ? alternatives.first()
                          : QLatin1Char('(') + alternatives.join(QStringLiteral(" OR ")) + QLatin1Char(')'));
        }
        return terms.join(QStringLiteral(" AND "));
    }
    // Question: every distinct token of the question, any of them; and each synonym of a word in it as one phrase, so
    // that a long synonym (自然人电子税务局扣缴端) counts as one term, not as the ten bigrams that would outweigh the
    // question.
    QStringList words = questionTokens(input);
    for (const QString& alt : synonyms.alternativesIn(input)) {
        if (!text::tokens(alt, text::TokenMode::Words).isEmpty()) {
            words << alt;
        }
    }
    QSet<QString> seen;
    QStringList terms;
    const bool anyRare =
        std::any_of(words.begin(), words.end(), [&common](const QString& w) { return !common.contains(w); });
    for (const QString& w : words) {
        if (!seen.contains(w) && !(anyRare && common.contains(w))) {
            seen.insert(w);
            terms << quote(w);
        }
    }
    return terms.join(QStringLiteral(" OR "));
}

} // namespace hotline::knowledge

namespace hotline::knowledge {

QStringList highlightTerms(const QString& input, QueryMode mode, const Synonyms& synonyms)
{
    QStringList terms;
    if (mode == QueryMode::Keywords) {
        for (const QString& word : input.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
            terms << synonyms.groupOf(word);
        }
    } else {
        terms = questionTokens(input);
        for (const QString& alt : synonyms.alternativesIn(input)) {
            terms << text::tokens(alt, text::TokenMode::Words);
        }
    }
    terms.removeDuplicates();
    return terms;
}

QString snippet(const QString& text, const QStringList& terms, int width)
{
    // The window opens a little before the earliest hit; only hits inside it are marked (texts can be long).
    qsizetype first = -1;
    for (const QString& term : terms) {
        const qsizetype at = term.isEmpty() ? -1 : text.indexOf(term, 0, Qt::CaseInsensitive);
        if (at >= 0 && (first < 0 || at < first)) {
            first = at;
        }
    }
    const qsizetype from = first < 0 ? 0 : std::max<qsizetype>(0, first - width / 4);
    const qsizetype to = std::min<qsizetype>(text.size(), from + width);
    QList<bool> lit(to, false);
    for (const QString& term : terms) {
        if (term.isEmpty() || first < 0) {
            continue;
        }
        for (qsizetype at = text.indexOf(term, std::max<qsizetype>(0, from - term.size() + 1), Qt::CaseInsensitive);
             at >= 0 && at < to; at = text.indexOf(term, at + 1, Qt::CaseInsensitive)) {
            for (qsizetype i = at; i < std::min(to, at + term.size()); ++i) {
                lit[i] = true;
            }
        }
    }
    QString out = from > 0 ? QStringLiteral("…") : QString();
    for (qsizetype i = from; i < to; ++i) {
        if (lit[i] && (i == from || !lit[i - 1])) {
            out += QStringLiteral("〖");
        }
        out += text.at(i) == QLatin1Char('\n') ? QLatin1Char(' ') : text.at(i);
        if (lit[i] && (i + 1 == to || !lit[i + 1])) {
            out += QStringLiteral("〗");
        }
    }
    return to < text.size() ? out + QStringLiteral("…") : out;
}

} // namespace hotline::knowledge
