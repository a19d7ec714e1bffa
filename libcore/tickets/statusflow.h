#pragma once
// The status flow of a work order: 新建 → 处理中 → 待回复 / 已转办 / 待回访 → 已解决 → 已关闭, with reopen.

#include "tickets/workorder.h"

namespace hotline::tickets {

bool canTransition(Status from, Status to);
// The statuses reachable from `from`, in the order a menu shows them.
QList<Status> nextStatuses(Status from);

} // namespace hotline::tickets
