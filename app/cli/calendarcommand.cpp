#include "commands.h"
namespace hotline::cli { int runCalendar(const QStringList&) { return 1; } }
