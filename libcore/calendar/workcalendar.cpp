#include "calendar/workcalendar.h"
namespace hotline::calendar { QTimeZone beijingTime() { return QTimeZone(8 * 3600); } }
