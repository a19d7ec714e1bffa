#pragma once
// Pinyin initials of Chinese text, for searching by them (zxfjkc → 专项附加扣除), through ICU's Han-Latin
// transliteration. Each Han character becomes the first letter of its (most common) reading; Latin letters and digits
// are kept, lower-cased; anything else becomes a space.

#include <QString>

struct sqlite3;

namespace hotline::text {

QString pinyinInitials(const QString& text);

// True when text is only Latin letters (at least two) that could be the pinyin initials of a word.
bool looksLikeInitials(const QString& word);

// Registers the SQL function hotline_initials(text) on a raw connection (the triggers of kb_initials call it).
bool registerPinyinFunction(sqlite3* db);

} // namespace hotline::text
