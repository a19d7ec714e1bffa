#pragma once
// Turning what people type into FTS5 queries over the knowledge base (tokenize='hotline_cjk words').
//   Keywords: what an agent types while the caller talks — every term must occur (as a phrase), synonyms count.
//   Question: a whole question (the robot, or a long query) — any term may occur, BM25 ranks by how many and how rare.

#include <QList>
#include <QSet>
#include <QStringList>

namespace hotline::knowledge {

// Groups of words that mean the same to a taxpayer (个税 = 个人所得税, 扣缴端 = 扣缴客户端 …).
class Synonyms final {
public:
    // The dictionary shipped in resources (resources/kb/synonyms.json).
    static const Synonyms& builtin();
    void addGroup(const QStringList& words);
    // The other words of every group one of whose words occurs in text.
    QStringList alternativesIn(const QString& text) const;
    // The group of a word, or just the word.
    QStringList groupOf(const QString& word) const;
    const QList<QStringList>& groups() const { return m_groups; }

private:
    QList<QStringList> m_groups;
};

enum class QueryMode { Keywords, Question };

// The longest input searched; the rest of a pasted text is ignored (a question is never that long).
constexpr int kMaxQueryLength = 200;

// A question with its question words and particles (如何, 怎么, 是否, 吗 …) blanked out: they say nothing about what
// is asked, and their bigrams with the next word (何申, 么办) only add noise. The input itself when nothing is left.
QString withoutQuestionWords(const QString& input);

// The distinct index tokens of a question that carry its meaning (question words dropped), in order.
QStringList questionTokens(const QString& input);

// An empty string when there is nothing to search for.
// In question mode, the tokens in `common` are left out (those too many articles hold: they cost the most to rank and
// tell the least), unless nothing would be left.
QString matchExpression(const QString& input, QueryMode mode, const Synonyms& synonyms,
                        const QSet<QString>& common = {});

// The pieces of text a result should show highlighted for this query.
QStringList highlightTerms(const QString& input, QueryMode mode, const Synonyms& synonyms);

// About `width` characters of text around its first highlighted piece, every highlighted run in 〖〗 (the texts
// use 【】 themselves, for menu names).
// (FTS5's own snippet() repeats text with overlapping bigram tokens, so snippets are cut here.)
QString snippet(const QString& text, const QStringList& terms, int width = 60);

} // namespace hotline::knowledge
