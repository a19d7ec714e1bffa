#pragma once
// Caller screen-pop: the telephony system runs `hotlinedesk-cli pop --caller N` (or `hotlinedesk --caller N`) when a
// call comes in; that sends the number over a local socket to the running workstation, which comes forward with
// the caller's history and a prefilled work order. One line of JSON each way.

#include "core/result.h"

#include <QObject>

class QLocalServer;

namespace hotline::telephony {

// The socket name of this user's workstation; HOTLINEDESK_SOCKET overrides it (tests, several desks per user).
QString screenPopServerName();

// Sends a screen-pop to the running workstation and waits for its acknowledgement. callId is the PBX's id of the
// call (通话流水号), carried into the new work order so its recording can be linked by it; empty when unknown.
Outcome sendScreenPop(const QString& callerNumber, int timeoutMs = 3000);
Outcome sendScreenPop(const QString& callerNumber, const QString& callId, int timeoutMs = 3000);

class ScreenPopServer final : public QObject {
    Q_OBJECT
public:
    explicit ScreenPopServer(QObject* parent = nullptr);

    // Starts listening; fails when another workstation of this user already listens.
    Outcome listen(const QString& name = screenPopServerName());

signals:
    void popRequested(const QString& callerNumber, const QString& callId);

private:
    QLocalServer* m_server;
};

} // namespace hotline::telephony
