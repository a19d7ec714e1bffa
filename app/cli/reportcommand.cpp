// hotlinedesk-cli report KIND ...: the team lead's reports (daily, monthly), one function per kind.

#include "cliutil.h"
#include "commands.h"

#include <functional>
#include <map>

namespace hotline::cli {

int runReport(const QStringList& args)
{
    static const std::map<QString, std::function<int(const QStringList&)>> kinds{
        {QStringLiteral("daily"), runReportDaily},
        {QStringLiteral("monthly"), runReportMonthly},
    };
    const auto it = kinds.find(args.value(0));
    const bool help = args.value(0) == QLatin1String("--help") || args.value(0) == QLatin1String("-h");
    if (it == kinds.end()) {
        QStringList names;
        for (const auto& [name, run] : kinds) {
            names << name;
        }
        if (!args.isEmpty() && !help) {
            err() << "hotlinedesk-cli report: unknown report '" << args.first() << "'\n";
        }
        (help ? out() : err()) << "usage: hotlinedesk-cli report " << names.join(QLatin1Char('|'))
                               << " [options]   (--help for each)" << Qt::endl;
        return help ? 0 : 2;
    }
    return it->second(args.mid(1));
}

} // namespace hotline::cli
