#include "text/ftsrank.h"

#include "text/cjktokenizer.h"

#include <algorithm>
#include <cmath>
#include <sqlite3.h>
#include <string>
#include <unordered_map>
#include <vector>

namespace hotline::text {
namespace {

// How many rows hold each phrase, per connection, valid while the table's totals are those of the stamp.
struct HitCache {
    sqlite3_int64 rows = -1;
    sqlite3_int64 tokens = -1;
    std::unordered_map<std::string, sqlite3_int64> hits;
};

// What one query needs for every row it ranks (FTS5 keeps it for the statement).
struct QueryData {
    double averageLength = 0;
    std::vector<double> idf;
    std::vector<double> frequency; // per phrase, for the row being ranked
};

// The quoted phrases of a MATCH expression in order ("" inside one is a quote; a * after one is kept).
std::vector<std::string> phrasesOf(const char* expression)
{
    std::vector<std::string> out;
    if (expression == nullptr) {
        return out;
    }
    const std::string e(expression);
    for (size_t i = 0; i < e.size(); ++i) {
        if (e[i] != '"') {
            continue;
        }
        std::string phrase;
        for (++i; i < e.size(); ++i) {
            if (e[i] == '"') {
                if (i + 1 < e.size() && e[i + 1] == '"') {
                    phrase += '"';
                    ++i;
                    continue;
                }
                break;
            }
            phrase += e[i];
        }
        if (i + 1 < e.size() && e[i + 1] == '*') {
            phrase += '*';
        }
        out.push_back(std::move(phrase));
    }
    return out;
}

int countRow(const Fts5ExtensionApi*, Fts5Context*, void* user)
{
    ++*static_cast<sqlite3_int64*>(user);
    return SQLITE_OK;
}

int rowsHolding(const Fts5ExtensionApi* api, Fts5Context* fts, int phrase, sqlite3_int64* hits)
{
    *hits = 0;
    return api->xQueryPhrase(fts, phrase, hits, countRow);
}

// The per-query data: the average row length and each phrase's weight by rarity, counted once per phrase per stamp.
int queryData(const Fts5ExtensionApi* api, Fts5Context* fts, sqlite3_value* expression, QueryData** out)
{
    if (auto* known = static_cast<QueryData*>(api->xGetAuxdata(fts, 0))) {
        *out = known;
        return SQLITE_OK;
    }
    sqlite3_int64 rows = 0;
    sqlite3_int64 tokens = 0;
    int rc = api->xRowCount(fts, &rows);
    if (rc == SQLITE_OK) {
        rc = api->xColumnTotalSize(fts, -1, &tokens);
    }
    if (rc != SQLITE_OK) {
        return rc;
    }
    auto* cache = static_cast<HitCache*>(api->xUserData(fts));
    if (cache->rows != rows || cache->tokens != tokens) {
        cache->hits.clear();
        cache->rows = rows;
        cache->tokens = tokens;
    }
    const int phraseCount = api->xPhraseCount(fts);
    const std::vector<std::string> phrases = phrasesOf(reinterpret_cast<const char*>(sqlite3_value_text(expression)));
    const bool cached = static_cast<int>(phrases.size()) == phraseCount;
    auto* data = new QueryData;
    data->averageLength = rows > 0 ? static_cast<double>(tokens) / static_cast<double>(rows) : 1.0;
    data->idf.resize(phraseCount);
    data->frequency.resize(phraseCount);
    for (int i = 0; i < phraseCount && rc == SQLITE_OK; ++i) {
        sqlite3_int64 hits = 0;
        if (!cached) {
            rc = rowsHolding(api, fts, i, &hits);
        } else if (auto it = cache->hits.find(phrases[i]); it != cache->hits.end()) {
            hits = it->second;
        } else if ((rc = rowsHolding(api, fts, i, &hits)) == SQLITE_OK) {
            cache->hits.emplace(phrases[i], hits);
        }
        const double idf = std::log((static_cast<double>(rows - hits) + 0.5) / (static_cast<double>(hits) + 0.5));
        data->idf[i] = idf <= 0.0 ? 1e-6 : idf;
    }
    if (rc == SQLITE_OK) {
        rc = api->xSetAuxdata(fts, data, [](void* p) { delete static_cast<QueryData*>(p); });
    } else {
        delete data;
    }
    *out = rc == SQLITE_OK ? data : nullptr;
    return rc;
}

void bm25(const Fts5ExtensionApi* api, Fts5Context* fts, sqlite3_context* context, int argc, sqlite3_value** argv)
{
    if (argc < 1) {
        sqlite3_result_error(context, "hotline_bm25: the MATCH expression is missing", -1);
        return;
    }
    constexpr double k1 = 1.2;
    constexpr double b = 0.75;
    QueryData* data = nullptr;
    int rc = queryData(api, fts, argv[argc - 1], &data);
    const int weights = argc - 1;
    int instances = 0;
    if (rc == SQLITE_OK) {
        std::fill(data->frequency.begin(), data->frequency.end(), 0.0);
        rc = api->xInstCount(fts, &instances);
    }
    for (int i = 0; rc == SQLITE_OK && i < instances; ++i) {
        int phrase = 0;
        int column = 0;
        int offset = 0;
        rc = api->xInst(fts, i, &phrase, &column, &offset);
        if (rc == SQLITE_OK) {
            data->frequency[phrase] += column < weights ? sqlite3_value_double(argv[column]) : 1.0;
        }
    }
    int length = 0;
    if (rc == SQLITE_OK) {
        rc = api->xColumnSize(fts, -1, &length);
    }
    if (rc != SQLITE_OK) {
        sqlite3_result_error_code(context, rc);
        return;
    }
    const double norm = k1 * (1 - b + b * static_cast<double>(length) / data->averageLength);
    double score = 0;
    for (size_t i = 0; i < data->idf.size(); ++i) {
        const double f = data->frequency[i];
        score += data->idf[i] * (f * (k1 + 1.0)) / (f + norm);
    }
    sqlite3_result_double(context, -score);
}

} // namespace

bool registerRankFunction(sqlite3* db)
{
    fts5_api* api = fts5Api(db);
    if (api == nullptr || api->iVersion < 2) {
        return false;
    }
    auto* cache = new HitCache;
    if (api->xCreateFunction(api, "hotline_bm25", cache, bm25, [](void* p) { delete static_cast<HitCache*>(p); }) !=
        SQLITE_OK) {
        delete cache; // not taken
        return false;
    }
    return true;
}

} // namespace hotline::text
