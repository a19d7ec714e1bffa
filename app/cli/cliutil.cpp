#include "cliutil.h"

#include <QCoreApplication>
#include <QDir>
#include <QTranslator>

#include <cstdio>

namespace hotline::cli {

QTextStream& out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream& err()
{
    static QTextStream s(stderr);
    return s;
}

void setUpParser(QCommandLineParser& parser, const QString& description, bool withDb)
{
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    if (withDb) {
        parser.addOption(
            {QStringLiteral("db"),
             QStringLiteral("The store file (default: %1).").arg(QDir::toNativeSeparators(db::Database::defaultPath())),
             QStringLiteral("PATH")});
    }
}

bool parse(QCommandLineParser& parser, const QString& command, const QStringList& args)
{
    QStringList full = args;
    full.prepend(QStringLiteral("hotlinedesk-cli ") + command);
    if (!parser.parse(full)) {
        err() << "hotlinedesk-cli " << command << ": " << parser.errorText() << Qt::endl;
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        out().flush();
        return false;
    }
    return true;
}

std::unique_ptr<db::Database> openStore(const QCommandLineParser& parser)
{
    const QString path =
        parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db")) : db::Database::defaultPath();
    auto opened = db::Database::open(path);
    if (!opened) {
        err() << "error: " << opened.error().message << Qt::endl;
        return nullptr;
    }
    return std::move(opened).value();
}

void writeFilesInChinese()
{
    auto* ours = new QTranslator(QCoreApplication::instance());
    if (ours->load(QStringLiteral(":/i18n/hotlinedesk_zh_CN.qm"))) {
        QCoreApplication::installTranslator(ours);
    }
}

std::optional<security::Operator> actingOperator(db::Database& db, const QCommandLineParser& parser,
                                                 const QString& command)
{
    security::OperatorRepository ops(db.connection());
    const QString name = parser.value(QStringLiteral("as")).trimmed();
    auto found = name.isEmpty() ? ops.current() : ops.findByName(name);
    if (!found) {
        err() << "error: " << found.error().message << Qt::endl;
        return std::nullopt;
    }
    if (!found.value()) {
        if (name.isEmpty()) {
            err() << "hotlinedesk-cli " << command
                  << ": nobody has logged in at this store; name the operator with --as NAME" << Qt::endl;
        } else {
            err() << "hotlinedesk-cli " << command << ": no operator named " << name << Qt::endl;
        }
        return std::nullopt;
    }
    return *found.value();
}

} // namespace hotline::cli
