#pragma once
// What every sub-command shares: output streams, the --db option, opening the store with an English error.

#include "db/database.h"
#include "security/operator.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <memory>
#include <optional>

namespace hotline::cli {

QTextStream& out();
QTextStream& err();

// Sets up a parser for "hotlinedesk-cli <command>" with --help and, when wanted, --db PATH.
void setUpParser(QCommandLineParser& parser, const QString& description, bool withDb = true);

// Parses args (the words after the command name); prints the problem and returns false on bad usage.
bool parse(QCommandLineParser& parser, const QString& command, const QStringList& args);

// Opens the store named by --db (or the default one); prints the reason and returns null on failure.
std::unique_ptr<db::Database> openStore(const QCommandLineParser& parser);

// Files made for the bureau (workbooks, reports) are in Simplified Chinese, as the workstation writes them: installs
// the compiled-in translation (messages of libcore then come in Chinese too).
void writeFilesInChinese();

// The operator named by --as, or the one who last logged in at this store (as the workstation would act); prints
// the reason and returns nullopt when there is none. command names the command in the message ("kb import").
std::optional<security::Operator> actingOperator(db::Database& db, const QCommandLineParser& parser,
                                                 const QString& command);

} // namespace hotline::cli
