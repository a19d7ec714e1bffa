#pragma once
// Masked forms of taxpayer data for roles that do not need the full values (lists, forms, screenshots).
// Both work on the stored canonical forms (tickets/validation.h) and keep the length, so a column still lines up.

#include <QString>

namespace hotline::security {

inline constexpr QChar kMaskChar = QLatin1Char('*');

// An 18-character taxpayer ID keeps its first 4 and last 4 characters: 4501**********1234. A value shorter than
// 12 characters (not a valid ID, but stored data may be old) keeps only its last 2. Empty stays empty.
QString maskTaxpayerId(const QString& id);

// A mobile (11 digits from 1) keeps its first 3 and last 4 digits: 139****1234. A landline keeps its area code
// (010 and 02x: three digits, others four) and last 4: 0771***1234; an extension after '-' is kept. Anything else
// keeps only its last 2 digits. Empty stays empty.
QString maskPhone(const QString& number);

// Whether a value is a masked form (has the mask character).
bool isMasked(const QString& value);

} // namespace hotline::security
