#pragma once
// MonthlyDesk (monthlyfixture.h) with the online channel's rows, written with plain SQL.

#include "../satisfaction/chatrows.h"
#include "monthlyfixture.h"

namespace hotline::test {

// MonthlyDesk's September 2025 with the online channel: conversations around the month's edges, a person serving
// some, two 登记回访 on its online work orders (and notices that are not one), the robot's 有用 / 没用 and chat
// ratings.
struct OnlineDesk : MonthlyDesk {
    OnlineDesk()
    {
        const QSqlDatabase db = store.db->connection();
        const QString s = QStringLiteral("2025-09-");
        // September: four with the robot (one handed to 李娜 after 转人工), three queued for agents (two served).
        chatrows::conversation(db, QStringLiteral("r1"), QStringLiteral("robot"), s + QStringLiteral("01 00:00"));
        chatrows::conversation(db, QStringLiteral("r2"), QStringLiteral("robot"), s + QStringLiteral("03 20:00"));
        chatrows::conversation(db, QStringLiteral("r3"), QStringLiteral("robot"), s + QStringLiteral("15 08:00"),
                               agent.id);
        chatrows::conversation(db, QStringLiteral("r4"), QStringLiteral("robot"), s + QStringLiteral("30 23:59"));
        chatrows::conversation(db, QStringLiteral("a1"), QStringLiteral("agents"), s + QStringLiteral("15 10:00"),
                               agent.id);
        chatrows::conversation(db, QStringLiteral("a2"), QStringLiteral("agents"), s + QStringLiteral("15 11:00"),
                               colleague.id);
        chatrows::conversation(db, QStringLiteral("a3"), QStringLiteral("agents"), s + QStringLiteral("16 11:00"));
        // Outside the month.
        chatrows::conversation(db, QStringLiteral("x1"), QStringLiteral("robot"), QStringLiteral("2025-08-31 23:59"));
        chatrows::conversation(db, QStringLiteral("x2"), QStringLiteral("agents"), QStringLiteral("2025-10-01 00:00"),
                               agent.id);

        // 登记回访 on two of September's online work orders; a linked transcript and one on a phone work order are
        // not left messages; nor is a 登记回访 on October's work order.
        chatrows::notice(db, QStringLiteral("r2"), 5, QStringLiteral("callback_registered"),
                         ticket(s + QStringLiteral("04 11:00")), s + QStringLiteral("04 11:00"));
        chatrows::notice(db, QStringLiteral("r4"), 5, QStringLiteral("callback_registered"),
                         ticket(s + QStringLiteral("30 16:00")), s + QStringLiteral("30 16:00"));
        chatrows::notice(db, QStringLiteral("a1"), 6, QStringLiteral("linked"), ticket(s + QStringLiteral("03 10:00")),
                         s + QStringLiteral("15 10:30"));
        chatrows::notice(db, QStringLiteral("r1"), 6, QStringLiteral("callback_registered"),
                         ticket(s + QStringLiteral("02 09:00")), s + QStringLiteral("02 09:00"));
        chatrows::notice(db, QStringLiteral("x2"), 3, QStringLiteral("callback_registered"),
                         ticket(QStringLiteral("2025-10-01 00:00")), QStringLiteral("2025-10-01 00:00"));

        // 有用 / 没用: September 3 helpful and 2 not, 15 September 1 and 1; one each just outside the month.
        chatrows::feedback(db, QStringLiteral("r1"), 2, true, s + QStringLiteral("01 00:01"));
        chatrows::feedback(db, QStringLiteral("r1"), 4, false, s + QStringLiteral("01 00:02"));
        chatrows::feedback(db, QStringLiteral("r3"), 2, true, s + QStringLiteral("15 08:01"));
        chatrows::feedback(db, QStringLiteral("r3"), 4, false, s + QStringLiteral("15 08:02"));
        chatrows::feedback(db, QStringLiteral("r4"), 2, true, s + QStringLiteral("30 23:59"));
        chatrows::feedback(db, QStringLiteral("x1"), 2, true, QStringLiteral("2025-08-31 23:59"));
        chatrows::feedback(db, QStringLiteral("x2"), 2, false, QStringLiteral("2025-10-01 00:00"));

        // Chat ratings: 李娜 5 and 4 on the 15th, 王芳 2 on the 15th, one in October.
        chatrows::rating(db, QStringLiteral("r3"), agent.id, 5, s + QStringLiteral("15 08:30"));
        chatrows::rating(db, QStringLiteral("a1"), agent.id, 4, s + QStringLiteral("15 10:20"));
        chatrows::rating(db, QStringLiteral("a2"), colleague.id, 2, s + QStringLiteral("15 11:20"));
        chatrows::rating(db, QStringLiteral("x2"), agent.id, 1, QStringLiteral("2025-10-01 00:10"));
    }
};

} // namespace hotline::test
