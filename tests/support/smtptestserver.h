#pragma once
// A small SMTP server for tests, on 127.0.0.1 and a free port, speaking plain SMTP (EHLO/HELO, MAIL, RCPT, DATA, NOOP,
// RSET, QUIT) on its own thread, so a blocking client on the test's thread can talk to it. It keeps every message it
// accepted; recipients in `refuse` get 550.

#include <QByteArray>
#include <QStringList>
#include <QTcpServer>
#include <QTcpSocket>

#include <atomic>
#include <future>
#include <mutex>
#include <thread>

namespace hotline::test {

struct ReceivedMail {
    QByteArray mailFrom;
    QList<QByteArray> rcptTo;
    QByteArray data; // dot-unstuffed, without the final "."
};

class SmtpTestServer final {
public:
    explicit SmtpTestServer(QList<QByteArray> refuse = {}) : m_refuse(std::move(refuse))
    {
        std::promise<quint16> port;
        auto ready = port.get_future();
        m_thread = std::thread([this, p = std::move(port)]() mutable { run(p); });
        m_port = ready.get();
    }
    ~SmtpTestServer()
    {
        m_stop = true;
        m_thread.join();
    }
    SmtpTestServer(const SmtpTestServer&) = delete;
    SmtpTestServer& operator=(const SmtpTestServer&) = delete;

    quint16 port() const { return m_port; }
    QList<ReceivedMail> received() const
    {
        std::lock_guard lock(m_mutex);
        return m_mails;
    }
    QList<QByteArray> commands() const
    {
        std::lock_guard lock(m_mutex);
        return m_commands;
    }

private:
    void run(std::promise<quint16>& port)
    {
        QTcpServer server;
        server.listen(QHostAddress::LocalHost, 0);
        port.set_value(server.serverPort());
        while (!m_stop) {
            if (!server.waitForNewConnection(50)) {
                continue;
            }
            while (QTcpSocket* s = server.nextPendingConnection()) {
                serve(*s);
                delete s;
            }
        }
    }

    static bool readLine(QTcpSocket& s, QByteArray& line)
    {
        while (!s.canReadLine()) {
            if (!s.waitForReadyRead(5000)) {
                return false;
            }
        }
        line = s.readLine();
        return true;
    }

    static void reply(QTcpSocket& s, const QByteArray& text)
    {
        s.write(text + "\r\n");
        s.waitForBytesWritten(5000);
    }

    void serve(QTcpSocket& s)
    {
        reply(s, "220 localhost ESMTP test");
        ReceivedMail mail;
        QByteArray line;
        while (!m_stop && readLine(s, line)) {
            const QByteArray cmd = line.trimmed();
            const QByteArray verb = cmd.left(4).toUpper();
            {
                std::lock_guard lock(m_mutex);
                m_commands.append(cmd);
            }
            if (verb == "EHLO") {
                reply(s, "250-localhost\r\n250-8BITMIME\r\n250 SIZE 52428800");
            } else if (verb == "HELO" || verb == "NOOP" || verb == "RSET") {
                mail = {};
                reply(s, "250 OK");
            } else if (verb == "MAIL") {
                const QByteArray from = cmd.mid(cmd.indexOf(':') + 1).trimmed();
                mail.mailFrom = from.left(from.indexOf('>') + 1); // without parameters such as SIZE=
                reply(s, "250 OK");
            } else if (verb == "RCPT") {
                const QByteArray to = cmd.mid(cmd.indexOf(':') + 1).trimmed();
                if (m_refuse.contains(to)) {
                    reply(s, "550 5.1.1 <" + to.mid(1, to.size() - 2) + ">: Recipient address rejected");
                } else {
                    mail.rcptTo.append(to);
                    reply(s, "250 OK");
                }
            } else if (verb == "DATA") {
                reply(s, "354 End data with <CR><LF>.<CR><LF>");
                QByteArray data;
                while (readLine(s, line)) {
                    if (line == ".\r\n") {
                        break;
                    }
                    data += line.startsWith("..") ? line.mid(1) : line;
                }
                mail.data = data;
                {
                    std::lock_guard lock(m_mutex);
                    m_mails.append(mail);
                }
                mail = {};
                reply(s, "250 OK queued");
            } else if (verb == "QUIT") {
                reply(s, "221 Bye");
                s.disconnectFromHost();
                return;
            } else {
                reply(s, "502 Command not implemented");
            }
        }
    }

    QList<QByteArray> m_refuse;
    std::atomic_bool m_stop{false};
    std::thread m_thread;
    quint16 m_port = 0;
    mutable std::mutex m_mutex;
    QList<ReceivedMail> m_mails;
    QList<QByteArray> m_commands;
};

} // namespace hotline::test
