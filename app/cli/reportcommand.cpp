// hotlinedesk-cli report KIND ...: the reports for the team lead, one function per kind.

#include "cliutil.h"
#include "commands.h"

#include <functional>
#include <map>

namespace hotline::cli {

int runReport(const QStringList& args)
{
    static const std::map<QString, std::function<int(const QStringList&)>> kinds{
        {QStringLiteral("daily"), runReportDaily},
    };
    const auto it = kinds.find(args.value(0));
    if (it == kinds.end()) {
        QStringList names;
        for (const auto& [name, run] : kinds) {
            names << name;
        }
        if (!args.isEmpty()) {
            err() << "hotlinedesk-cli report: unknown report '" << args.first() << "'\n";
        }
        err() << "usage: hotlinedesk-cli report " << names.join(QLatin1Char('|')) << " [options]   (--help for each)"
              << Qt::endl;
        return 2;
    }
    return it->second(args.mid(1));
}

} // namespace hotline::cli
