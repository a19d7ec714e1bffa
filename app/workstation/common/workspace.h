#pragma once
// What every pane of the workstation shares: the store, the clock, the id generator, the reply-deadline policy
// and the operator logged in at the keyboard. Owned by main(), passed by reference.

#include "core/clock.h"
#include "core/idgenerator.h"
#include "db/database.h"
#include "security/operator.h"
#include "tickets/deadlines.h"

#include <memory>

namespace hotline::ui {

struct Workspace {
    std::unique_ptr<db::Database> db;
    const Clock* clock = nullptr;
    IdGenerator* ids = nullptr;
    tickets::DeadlinePolicy deadlines;
    security::Operator currentOperator;
};

} // namespace hotline::ui
