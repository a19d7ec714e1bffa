#pragma once
// The satisfaction rate over a period (Beijing dates, both ends included), overall and per agent. The scale and the
// arithmetic are in rating.h; this file decides what is counted.
//
// What counts, each answer once:
//  - Every post-call survey answer whose call time falls in the period, matched to a work order or not. Per agent it
//    counts for the owner of the matched work order; unmatched answers count only overall.
//  - A return visit (回访) counts like a survey answer, but only for a work order that has no survey answer at all:
//    the survey wins, because the taxpayer gave it to the telephone system directly, right after the call, and not
//    to the agent being rated. Of such a work order's return visits in the period, only the latest that reached the
//    taxpayer counts (a work order is counted once however often it was visited); 未联系上 is never counted.
//  - Every rating of an online chat (chat_ratings, once per conversation a person served) whose rating time falls in
//    the period: levels 5, 4 → 满意; 3 → 基本满意; 2, 1 → 不满意 (ratingFromLevel). Per agent it counts for the
//    online agent who served the conversation when it was rated (chat_ratings.agent_id; after a transfer, the one
//    who took it over); a rating without an agent counts only overall. It is its own part (chats): a chat has no
//    post-call survey or return visit, so nothing is counted twice. The robot's 有用 / 没用 is not a satisfaction
//    answer and is never counted here (reports/onlinefigures.h has it as its own figure).
// Requires Permission::BulkQuery (leads and administrators): it reads the whole team's data.

#include "core/result.h"
#include "satisfaction/rating.h"
#include "security/operator.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>

namespace hotline::satisfaction {

struct AgentRate {
    QString agentId;
    QString agentName;
    RateCounts counts;
};

struct SatisfactionFigures {
    QDate from;
    QDate to;
    RateCounts overall;      // surveys + counted return visits + chat ratings
    RateCounts surveys;      // survey answers only
    RateCounts returnVisits; // counted return visits only
    RateCounts chats;        // online chat ratings only
    int unmatchedSurveys = 0;
    int chatsWithoutAgent = 0; // chat ratings counted only overall
    QList<AgentRate> agents;   // by agent name
};

Result<SatisfactionFigures> satisfactionRate(const QSqlDatabase& db, const QDate& from, const QDate& to,
                                             const security::Operator& by);

} // namespace hotline::satisfaction
