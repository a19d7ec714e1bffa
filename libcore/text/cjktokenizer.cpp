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

// Han, kana, hangul: scripts written without spaces, indexed as bigrams in both modes.
bool isCjk(UChar32 c)
{
    return u_hasBinaryProperty(c, UCHAR_IDEOGRAPHIC) || (c >= 0x3040 && c <= 0x30FF) || (c >= 0xAC00 && c <= 0xD7AF);
}

struct Tokenizer {
    TokenMode mode = TokenMode::Fragments;
};

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

int emitRun(const std::vector<Char>& run, bool forQuery, bool whole, void* ctx, TokenCallback xToken)
{
    std::string tok;
    if (whole) {
        for (const Char& c : run) {
            appendUtf8(tok, c.folded);
        }
        return xToken(ctx, 0, tok.data(), static_cast<int>(tok.size()), run.front().start, run.back().end);
    }
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

int scan(TokenMode mode, bool forQuery, const char* text, int nText, void* ctx, TokenCallback xToken)
{
    std::vector<Char> run;
    bool runIsCjk = false;
    auto flush = [&]() {
        if (run.empty()) {
            return SQLITE_OK;
        }
        const int rc = emitRun(run, forQuery, mode == TokenMode::Words && !runIsCjk, ctx, xToken);
        run.clear();
        return rc;
    };
    int32_t i = 0;
    while (i < nText) {
        const int32_t start = i;
        UChar32 c = 0;
        U8_NEXT(reinterpret_cast<const uint8_t*>(text), i, nText, c);
        if (c >= 0) {
            c = fold(c);
        }
        if (c >= 0 && isWordChar(c)) {
            // In word mode a change of script ends a run: "3岁以下" is 3 + 岁以下.
            if (mode == TokenMode::Words && !run.empty() && isCjk(c) != runIsCjk) {
                if (int rc = flush(); rc != SQLITE_OK) {
                    return rc;
                }
            }
            runIsCjk = isCjk(c);
            run.push_back({c, start, i});
            continue;
        }
        if (int rc = flush(); rc != SQLITE_OK) {
            return rc;
        }
    }
    return flush();
}

int tokenize(Fts5Tokenizer* self, void* ctx, int flags, const char* text, int nText, TokenCallback xToken)
{
    const TokenMode mode = reinterpret_cast<Tokenizer*>(self)->mode;
    return scan(mode, (flags & FTS5_TOKENIZE_QUERY) != 0, text, nText, ctx, xToken);
}

int create(void*, const char** args, int nArgs, Fts5Tokenizer** out)
{
    auto* t = new Tokenizer;
    for (int i = 0; i < nArgs; ++i) {
        if (qstrcmp(args[i], "words") == 0) {
            t->mode = TokenMode::Words;
        } else {
            delete t;
            return SQLITE_ERROR;
        }
    }
    *out = reinterpret_cast<Fts5Tokenizer*>(t);
    return SQLITE_OK;
}

void destroy(Fts5Tokenizer* t)
{
    delete reinterpret_cast<Tokenizer*>(t);
}

} // namespace

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

bool registerCjkTokenizer(sqlite3* db)
{
    fts5_api* api = fts5Api(db);
    if (api == nullptr || api->iVersion < 2) {
        return false;
    }
    static fts5_tokenizer tokenizer{create, destroy, tokenize};
    return api->xCreateTokenizer(api, "hotline_cjk", nullptr, &tokenizer, nullptr) == SQLITE_OK;
}

QStringList tokens(const QString& text, TokenMode mode)
{
    const QByteArray utf8 = text.toUtf8();
    QStringList out;
    scan(mode, true, utf8.constData(), static_cast<int>(utf8.size()), &out,
         [](void* ctx, int, const char* token, int n, int, int) {
             static_cast<QStringList*>(ctx)->append(QString::fromUtf8(token, n));
             return SQLITE_OK;
         });
    return out;
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
