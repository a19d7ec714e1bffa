#pragma once
// Errors are values at the boundary: a Result carries either a value or an Error with a message that is
// already translated (Chinese in the workstation, which installs the translator; English on the CLI).

#include <QString>

#include <utility>
#include <variant>

namespace hotline {

enum class ErrorCode {
    InvalidInput,
    NotFound,
    Conflict,
    Forbidden,
    IllegalTransition,
    StoreNewerSchema,
    StoreCorrupt,
    StoreLocked,
    StoreReadOnly,
    StoreNotOurs,
    StoreCannotOpen,
    StoreMigrationFailed,
    StoreWriteFailed,
    FileUnreadable,
    AuthenticationFailed, // a login or password check failed (the message never says which part was wrong)
    AccountLocked,        // too many failed logins: refused until the lock expires
    RateLimited,          // too many requests in a time window (the portal's limits); try again later
};

struct Error {
    ErrorCode code;
    QString message;
    // The input field at fault, when there is one (a key such as "taxpayer_id"), so a form can focus it.
    QString field = {};
};

template <typename T> class [[nodiscard]] Result {
public:
    Result(T value) : m_v(std::move(value)) {}
    Result(Error error) : m_v(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_v); }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return std::get<T>(m_v); }
    T& value() & { return std::get<T>(m_v); }
    // By value from a temporary, so `for (x : f().value())` never iterates a destroyed Result.
    T value() && { return std::get<T>(std::move(m_v)); }
    const T* operator->() const { return &std::get<T>(m_v); }
    const Error& error() const { return std::get<Error>(m_v); }
    // The value, or `fallback` when there is an error (for display code that can do without).
    T value_or(T fallback) const { return ok() ? value() : std::move(fallback); }

private:
    std::variant<T, Error> m_v;
};

struct Ok {};

// For operations that return nothing but may fail. (Outcome is the same type, for namespaces such as
// hotline::tickets where Status names something else.)
using Outcome = Result<Ok>;
using Status = Outcome;

inline Error makeError(ErrorCode code, QString message, QString field = {})
{
    return Error{code, std::move(message), std::move(field)};
}

} // namespace hotline
