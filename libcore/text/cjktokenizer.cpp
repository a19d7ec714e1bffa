#include "text/cjktokenizer.h"

#include <QRegularExpression>
#include <QStringList>

#include <sqlite3.h>
#include <string>
#include <unicode/uchar.h>
#include <unicode/utf8.h>
#include <vector>

namespace hotline::text {
namespace {

struct Char {
    UChar32 folded;
    int start; // byte offsets into the input
    int end;
};

UChar32 fold(UChar32 c)
{
    if (c >= 0xFF01 && c <= 0xFF5E) { // fullwidth ASCII forms
        c -= 0xFEE0;
    }
    return u_foldCase(c, U_FOLD_CASE_DEFAULT);
}

bool isWordChar(UChar32 c)
{
    return u_isalnum(c) != 0;
}

void appendUtf8(std::string& out, UChar32 c)
{
    char buf[U8_MAX_LENGTH];
    int32_t n = 0;
    UBool err = false;
    U8_APPEND(buf, n, static_cast<int32_t>(sizeof buf), c, err);
    if (!err) {
        out.append(buf, static_cast<size_t>(n));
    }
}

using TokenCallback = int (*)(void*, int, const char*, int, int, int);

int emitRun(const std::vector<Char>& run, bool forQuery, void* ctx, TokenCallback xToken)
{
    std::string tok;
    if (run.size() == 1) {
        appendUtf8(tok, run[0].folded);
        return xToken(ctx, 0, tok.data(), static_cast<int>(tok.size()), run[0].start, run[0].end);
    }
    for (size_t i = 0; i + 1 < run.size(); ++i) {
        tok.clear();
        appendUtf8(tok, run[i].folded);
        appendUtf8(tok, run[i + 1].folded);
        int rc = xToken(ctx, 0, tok.data(), static_cast<int>(tok.size()), run[i].start, run[i + 1].end);
        if (rc != SQLITE_OK) {
            return rc;
        }
    }
    if (forQuery) {
        return SQLITE_OK;
    }
    // The last character again, colocated, so that a one-character prefix query finds it at the end of a run.
    const Char& last = run.back();
    tok.clear();
    appendUtf8(tok, last.folded);
    return xToken(ctx, FTS5_TOKEN_COLOCATED, tok.data(), static_cast<int>(tok.size()), last.start, last.end);
}

int tokenize(Fts5Tokenizer*, void* ctx, int flags, const char* text, int nText, TokenCallback xToken)
{
    const bool forQuery = (flags & FTS5_TOKENIZE_QUERY) != 0;
    std::vector<Char> run;
    int32_t i = 0;
    while (i < nText) {
        const int32_t start = i;
        UChar32 c = 0;
        U8_NEXT(reinterpret_cast<const uint8_t*>(text), i, nText, c);
        if (c >= 0) {
            c = fold(c);
        }
        if (c >= 0 && isWordChar(c)) {
            run.push_back({c, start, i});
            continue;
        }
        if (!run.empty()) {
            if (int rc = emitRun(run, forQuery, ctx, xToken); rc != SQLITE_OK) {
                return rc;
            }
            run.clear();
        }
    }
    return run.empty() ? SQLITE_OK : emitRun(run, forQuery, ctx, xToken);
}

int create(void*, const char**, int, Fts5Tokenizer** out)
{
    static int instance = 0; // the tokenizer keeps no state; FTS5 only needs a non-null handle
    *out = reinterpret_cast<Fts5Tokenizer*>(&instance);
    return SQLITE_OK;
}

void destroy(Fts5Tokenizer*) {}

fts5_api* fts5Api(sqlite3* db)
{
    fts5_api* api = nullptr;
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &stmt, nullptr) == SQLITE_OK) {
        sqlite3_bind_pointer(stmt, 1, static_cast<void*>(&api), "fts5_api_ptr", nullptr);
        sqlite3_step(stmt);
    }
    sqlite3_finalize(stmt);
    return api;
}

} // namespace

bool registerCjkTokenizer(sqlite3* db)
{
    fts5_api* api = fts5Api(db);
    if (api == nullptr || api->iVersion < 2) {
        return false;
    }
    static fts5_tokenizer tokenizer{create, destroy, tokenize};
    return api->xCreateTokenizer(api, "hotline_cjk", nullptr, &tokenizer, nullptr) == SQLITE_OK;
}

QString ftsMatchExpression(const QString& userInput)
{
    QStringList terms;
    const QStringList words = userInput.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    for (const QString& word : words) {
        int wordChars = 0;
        for (const char32_t c : word.toUcs4()) {
            wordChars += isWordChar(fold(static_cast<UChar32>(c))) ? 1 : 0;
        }
        if (wordChars == 0) {
            continue;
        }
        QString quoted = word;
        quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        quoted = QLatin1Char('"') + quoted + QLatin1Char('"');
        terms << (wordChars == 1 ? quoted + QLatin1Char('*') : quoted);
    }
    return terms.join(QStringLiteral(" AND "));
}

} // namespace hotline::text
