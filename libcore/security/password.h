#pragma once
// Password rules and hashing.
//
// Hashes are Argon2id through libsodium (crypto_pwhash_str with the INTERACTIVE limits: 2 passes over 64 MiB).
// Argon2id won the Password Hashing Competition and is the recommendation of RFC 9106 and OWASP; being memory-hard,
// each guess costs an attacker 64 MiB as well as time, which makes GPU and ASIC cracking of a stolen store or
// central database far dearer than PBKDF2 at any iteration count. libsodium is small, well audited and packaged in
// Debian (libsodium-dev), and its string form carries algorithm, limits and salt, so limits can be raised later and
// old hashes still verify (needsRehash tells when to re-hash at the next login).

#include "core/result.h"

#include <QString>

namespace hotline::security {

inline constexpr int kMinPasswordLength = 8;
inline constexpr int kMaxPasswordLength = 128;

// At least 8 and at most 128 characters, at least one letter and one digit, no control characters.
Outcome checkPasswordRules(const QString& password);

// A fresh salted Argon2id hash ("$argon2id$v=19$m=65536,t=2,p=1$..."). Fails only when memory runs out.
Result<QString> hashPassword(const QString& password);

// Whether password matches the stored hash; false for an empty or malformed hash.
bool verifyPassword(const QString& password, const QString& storedHash);

// Whether a stored hash was made with other limits than today's and should be replaced after a good login.
bool needsRehash(const QString& storedHash);

// Spends the time of one verification against nothing: a login under an unknown name takes as long as one under
// a real name, so timing does not tell which names exist.
void spendVerificationTime(const QString& password);

} // namespace hotline::security
