#pragma once
// Validation at the boundary for what callers tell agents: taxpayer IDs with their check digits and phone numbers.
// Each returns the canonical form to store, or an Error whose message says exactly what is wrong (translated).

#include "core/result.h"

#include <QString>

namespace hotline::tickets {

// A taxpayer ID is either an 18-character unified social credit code (统一社会信用代码, GB 32100-2015) or an
// 18-digit resident ID number (ISO 7064 MOD 11-2 check digit, valid birth date). Spaces are ignored and letters
// upper-cased. The canonical form is the 18 characters.
Result<QString> normalizeTaxpayerId(const QString& input);
Result<QString> normalizeCreditCode(const QString& input);
Result<QString> normalizeResidentId(const QString& input);

// A mainland mobile number (1[3-9] + 9 digits) or a landline with its area code (010, 02x, 0xxx) and a 7- or 8-digit
// local number; "+86"/"0086"/"86" prefixes, spaces, dashes, dots, brackets and fullwidth forms are accepted.
// Canonical form: digits only, e.g. 13907711234 or 07715551234. A landline may carry an extension after "转", "分机",
// "ext" or a last "-" (0771-5551234-801); it is kept, after a dash: 07715551234-801. Service numbers that only
// receive calls (12366, 95xxx, 400/800) are refused.
Result<QString> normalizePhone(const QString& input);

// The check character for the first 17 characters (used by demo data and tests to make valid IDs), or a null QChar
// if first17 is not 17 characters of the code's alphabet (upper-case, ASCII).
QChar creditCodeCheckChar(const QString& first17);
QChar residentIdCheckChar(const QString& first17);

} // namespace hotline::tickets
