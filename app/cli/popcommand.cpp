// hotlinedesk-cli pop --caller NUMBER [--call-id ID]: the hook a telephony system calls when a call comes in.

#include "cliutil.h"
#include "commands.h"
#include "telephony/screenpop.h"
#include "tickets/validation.h"

namespace hotline::cli {

int runPop(const QStringList& args)
{
    QCommandLineParser parser;
    setUpParser(parser, QStringLiteral("Bring the running workstation forward for an incoming call."), false);
    parser.addOption({QStringLiteral("caller"), QStringLiteral("The caller's number."), QStringLiteral("NUMBER")});
    parser.addOption({QStringLiteral("call-id"),
                      QStringLiteral("The PBX's id of the call, kept with the new work order (recordings are linked "
                                     "by it)."),
                      QStringLiteral("ID")});
    if (!parse(parser, QStringLiteral("pop"), args)) {
        return 2;
    }
    const QString caller = parser.value(QStringLiteral("caller")).trimmed();
    if (caller.isEmpty()) {
        err() << "hotlinedesk-cli pop: --caller NUMBER is required" << Qt::endl;
        return 2;
    }
    // Withheld or odd numbers still pop (the agent fills in the rest), but say so.
    if (auto n = tickets::normalizePhone(caller); !n) {
        err() << "warning: " << n.error().message << Qt::endl;
    }
    if (Outcome sent = telephony::sendScreenPop(caller, parser.value(QStringLiteral("call-id"))); !sent) {
        err() << "error: " << sent.error().message << Qt::endl;
        return 1;
    }
    out() << "screen-pop sent for " << caller << Qt::endl;
    return 0;
}

} // namespace hotline::cli
