#include "materials/smtpclient.h"

#include <QCoreApplication>

#include <cstring>
#include <curl/curl.h>
#include <memory>

namespace hotline::materials {
namespace {

struct Upload {
    const QByteArray* data;
    qsizetype offset = 0;
};

size_t readBody(char* buffer, size_t size, size_t count, void* user)
{
    auto* up = static_cast<Upload*>(user);
    const qsizetype left = up->data->size() - up->offset;
    const qsizetype n = qMin<qsizetype>(left, static_cast<qsizetype>(size * count));
    if (n > 0) {
        std::memcpy(buffer, up->data->constData() + up->offset, static_cast<size_t>(n));
        up->offset += n;
    }
    return static_cast<size_t>(n);
}

size_t discard(char*, size_t size, size_t count, void*)
{
    return size * count;
}

struct CurlDeleter {
    void operator()(CURL* c) const { curl_easy_cleanup(c); }
};
struct ListDeleter {
    void operator()(curl_slist* l) const { curl_slist_free_all(l); }
};

void initOnce()
{
    static const bool done = [] { return curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK; }();
    (void)done;
}

QString what(CURLcode code, const SmtpSettings& s)
{
    const QString server = QStringLiteral("%1:%2").arg(s.host).arg(s.port);
    switch (code) {
    case CURLE_COULDNT_RESOLVE_HOST:
        return QCoreApplication::translate("hotline::materials", "The mail server %1 is unknown (name not found).")
            .arg(s.host);
    case CURLE_COULDNT_CONNECT:
    case CURLE_OPERATION_TIMEDOUT:
        return QCoreApplication::translate("hotline::materials",
                                           "The mail server %1 cannot be reached; check the server and port, or "
                                           "try again later.")
            .arg(server);
    case CURLE_LOGIN_DENIED:
        return QCoreApplication::translate("hotline::materials",
                                           "The mail server refused the login; check the user name and password.");
    case CURLE_USE_SSL_FAILED:
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
        return QCoreApplication::translate("hotline::materials",
                                           "The secure connection (TLS) to %1 failed; check the security setting "
                                           "and port.")
            .arg(server);
    case CURLE_RECV_ERROR:
    case CURLE_SEND_ERROR:
    case CURLE_WEIRD_SERVER_REPLY:
    case CURLE_GOT_NOTHING:
        return QCoreApplication::translate("hotline::materials", "The mail server %1 broke off the conversation.")
            .arg(server);
    default:
        break;
    }
    return QCoreApplication::translate("hotline::materials", "Sending through %1 failed.").arg(server);
}

std::unique_ptr<CURL, CurlDeleter> open(const SmtpSettings& s, char* errorBuffer)
{
    initOnce();
    std::unique_ptr<CURL, CurlDeleter> curl(curl_easy_init());
    if (!curl) {
        return curl;
    }
    CURL* c = curl.get();
    const QByteArray scheme = s.security == SmtpSecurity::Smtps ? "smtps" : "smtp";
    const QByteArray url = scheme + "://" + s.host.toUtf8() + ':' + QByteArray::number(s.port);
    curl_easy_setopt(c, CURLOPT_URL, url.constData()); // copied by libcurl
    curl_easy_setopt(c, CURLOPT_ERRORBUFFER, errorBuffer);
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, 15L);
    curl_easy_setopt(c, CURLOPT_TIMEOUT, static_cast<long>(s.timeoutSeconds));
    curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, discard);
    if (s.security == SmtpSecurity::StartTls) {
        curl_easy_setopt(c, CURLOPT_USE_SSL, static_cast<long>(CURLUSESSL_ALL));
    }
    if (!s.user.isEmpty()) {
        curl_easy_setopt(c, CURLOPT_USERNAME, s.user.toUtf8().constData());
        curl_easy_setopt(c, CURLOPT_PASSWORD, s.password.toUtf8().constData());
    }
    // The EHLO name: the sender's domain, so the workstation's host name does not leak.
    const QByteArray domain = s.fromAddress.section(QLatin1Char('@'), 1).toUtf8();
    const QByteArray helo = url + '/' + domain;
    curl_easy_setopt(c, CURLOPT_URL, helo.constData());
    return curl;
}

Outcome failure(CURLcode code, const SmtpSettings& s, const char* errorBuffer)
{
    QString detail = QString::fromUtf8(errorBuffer).trimmed();
    if (detail.isEmpty()) {
        detail = QString::fromUtf8(curl_easy_strerror(code));
    }
    return makeError(ErrorCode::StoreCannotOpen, what(code, s) + QStringLiteral(" (") + detail + QLatin1Char(')'));
}

} // namespace

Outcome sendSmtp(const SmtpSettings& s, const QString& recipient, const QByteArray& message)
{
    char errorBuffer[CURL_ERROR_SIZE] = {};
    auto curl = open(s, errorBuffer);
    if (!curl) {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("curl_easy_init"));
    }
    CURL* c = curl.get();
    const QByteArray from = '<' + s.fromAddress.toUtf8() + '>';
    curl_easy_setopt(c, CURLOPT_MAIL_FROM, from.constData());
    const QByteArray to = '<' + recipient.toUtf8() + '>';
    std::unique_ptr<curl_slist, ListDeleter> rcpt(curl_slist_append(nullptr, to.constData()));
    curl_easy_setopt(c, CURLOPT_MAIL_RCPT, rcpt.get());
    Upload up{&message};
    curl_easy_setopt(c, CURLOPT_READFUNCTION, readBody);
    curl_easy_setopt(c, CURLOPT_READDATA, &up);
    curl_easy_setopt(c, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(c, CURLOPT_INFILESIZE_LARGE, static_cast<curl_off_t>(message.size()));
    const CURLcode code = curl_easy_perform(c);
    if (code != CURLE_OK) {
        long response = 0;
        curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &response);
        if (response >= 500 && response < 600 && QByteArray(errorBuffer).contains("RCPT")) {
            return makeError(ErrorCode::InvalidInput,
                             QCoreApplication::translate("hotline::materials",
                                                         "The mail server refused the recipient %1 (reply %2); "
                                                         "check the address with the taxpayer.")
                                     .arg(recipient)
                                     .arg(response) +
                                 QStringLiteral(" (") + QString::fromUtf8(errorBuffer).trimmed() + QLatin1Char(')'));
        }
        return failure(code, s, errorBuffer);
    }
    return Ok{};
}

Outcome testSmtpConnection(const SmtpSettings& s)
{
    char errorBuffer[CURL_ERROR_SIZE] = {};
    auto curl = open(s, errorBuffer);
    if (!curl) {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("curl_easy_init"));
    }
    curl_easy_setopt(curl.get(), CURLOPT_CUSTOMREQUEST, "NOOP");
    curl_easy_setopt(curl.get(), CURLOPT_NOBODY, 1L);
    const CURLcode code = curl_easy_perform(curl.get());
    if (code != CURLE_OK) {
        return failure(code, s, errorBuffer);
    }
    return Ok{};
}

} // namespace hotline::materials
