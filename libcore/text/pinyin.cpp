#include "text/pinyin.h"

#include <QHash>
#include <QMutex>
#include <QMutexLocker>

#include <algorithm>
#include <cctype>
#include <memory>
#include <sqlite3.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

namespace hotline::text {
namespace {

bool isHan(char32_t c)
{
    return u_hasBinaryProperty(static_cast<UChar32>(c), UCHAR_IDEOGRAPHIC) != 0;
}

// Transliterating is slow and the set of characters small: each character is looked up once per process.
class InitialsCache final {
public:
    char16_t initialOf(char32_t c)
    {
        QMutexLocker lock(&m_mutex);
        if (auto it = m_cache.constFind(c); it != m_cache.constEnd()) {
            return *it;
        }
        char16_t initial = u' ';
        if (m_translit == nullptr && !m_failed) {
            UErrorCode status = U_ZERO_ERROR;
            m_translit.reset(icu::Transliterator::createInstance(icu::UnicodeString("Han-Latin; Latin-ASCII"),
                                                                 UTRANS_FORWARD, status));
            if (U_FAILURE(status)) {
                m_translit.reset();
                m_failed = true;
            }
        }
        if (m_translit != nullptr) {
            icu::UnicodeString s(static_cast<UChar32>(c));
            m_translit->transliterate(s);
            for (int32_t i = 0; i < s.length(); ++i) {
                const char16_t ch = s.charAt(i);
                if (ch < 0x80 && std::isalpha(static_cast<unsigned char>(ch))) {
                    initial = static_cast<char16_t>(std::tolower(static_cast<unsigned char>(ch)));
                    break;
                }
            }
        }
        m_cache.insert(c, initial);
        return initial;
    }

private:
    QMutex m_mutex;
    QHash<char32_t, char16_t> m_cache;
    std::unique_ptr<icu::Transliterator> m_translit;
    bool m_failed = false;
};

InitialsCache& cache()
{
    static InitialsCache c;
    return c;
}

void initialsFunction(sqlite3_context* ctx, int, sqlite3_value** argv)
{
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_text(ctx, "", 0, SQLITE_STATIC);
        return;
    }
    const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(argv[0]));
    const QByteArray out = pinyinInitials(QString::fromUtf8(text, sqlite3_value_bytes(argv[0]))).toUtf8();
    sqlite3_result_text(ctx, out.constData(), static_cast<int>(out.size()), SQLITE_TRANSIENT);
}

} // namespace

QString pinyinInitials(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (const char32_t c : text.toUcs4()) {
        if (isHan(c)) {
            out += QChar(cache().initialOf(c));
        } else if (c < 0x80 && std::isalnum(static_cast<int>(c))) {
            out += QChar(static_cast<char16_t>(std::tolower(static_cast<int>(c))));
        } else if (c >= 0xFF10 && c <= 0xFF5A && u_isalnum(static_cast<UChar32>(c))) { // fullwidth digits and letters
            out += QChar(static_cast<char16_t>(std::tolower(static_cast<int>(c - 0xFEE0))));
        } else if (!out.endsWith(QLatin1Char(' '))) {
            out += QLatin1Char(' ');
        }
    }
    return out.trimmed();
}

bool looksLikeInitials(const QString& word)
{
    if (word.size() < 2 || word.size() > 30) {
        return false;
    }
    return std::all_of(word.begin(), word.end(), [](QChar c) {
        return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
    });
}

bool registerPinyinFunction(sqlite3* db)
{
    return sqlite3_create_function_v2(db, "hotline_initials", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr,
                                      initialsFunction, nullptr, nullptr, nullptr) == SQLITE_OK;
}

} // namespace hotline::text
