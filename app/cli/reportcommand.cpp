// hotlinedesk-cli report <kind> ...: the reports for the bureau, one function per kind.

#include "cliutil.h"
#include "commands.h"

#include <functional>
#include <map>

namespace hotline::cli {

int runReport(const QStringList& args)
{
    static const std::map<QString, std::function<int(const QStringList&)>> kinds{
        {QStringLiteral("monthly"), runReportMonthly},
    };
    const auto it = args.isEmpty() ? kinds.end() : kinds.find(args.first());
    if (it == kinds.end()) {
        if (!args.isEmpty() && args.first() != QLatin1String("--help") && args.first() != QLatin1String("-h")) {
            err() << "hotlinedesk-cli report: unknown report '" << args.first() << "'\n";
        }
        QStringList names;
        for (const auto& [name, run] : kinds) {
            names << name;
        }
        err() << "usage: hotlinedesk-cli report <" << names.join(QLatin1Char('|')) << "> [options]" << Qt::endl;
        return 2;
    }
    return it->second(args.mid(1));
}

} // namespace hotline::cli
