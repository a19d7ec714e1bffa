#pragma once
// What every sub-command shares: output streams, the --db option, opening the store with an English error.

#include "db/database.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <memory>

namespace hotline::cli {

QTextStream& out();
QTextStream& err();

// Sets up a parser for "hotlinedesk-cli <command>" with --help and, when wanted, --db PATH.
void setUpParser(QCommandLineParser& parser, const QString& description, bool withDb = true);

// Parses args (the words after the command name); prints the problem and returns false on bad usage.
bool parse(QCommandLineParser& parser, const QString& command, const QStringList& args);

// Opens the store named by --db (or the default one); prints the reason and returns null on failure.
std::unique_ptr<db::Database> openStore(const QCommandLineParser& parser);

} // namespace hotline::cli
