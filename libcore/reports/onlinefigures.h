#pragma once
// The online consultation channel's figures (网上咨询, C11) over a period of Beijing dates, both ends included, for the
// daily summary and the monthly report.
//
// Definitions:
//  - conversations: conversations started (started_at) in the period; robotConversations those that started with
//    the robot (outside office hours), agentConversations those that started in the agents' queue (in office hours).
//  - served: of the period's conversations, those a person (an online agent) took at least once — in the queue or
//    after 转人工 from the robot.
//  - leftMessages (登记回访): work orders on the channel online received in the period that a conversation filed
//    through leave-a-message (its callback_registered notice names the work order). A work order an agent made on
//    the workstation for a transcript is not a left message.
//  - The robot's 有用 / 没用 (robot_feedback): answers rated in the period (by the time of the feedback), of them
//    helpful; the helpful rate is helpful / answers rated, undefined when none was rated. It is its own figure and
//    never part of the satisfaction rate (satisfaction/satisfactionrate.h counts the chats' 5-level ratings).
// Requires Permission::BulkQuery (team leads, administrators). No taxpayer data.

#include "core/result.h"
#include "security/operator.h"

#include <QDate>
#include <QSqlDatabase>

#include <optional>

namespace hotline::reports {

struct OnlineFigures {
    int conversations = 0;
    int robotConversations = 0;
    int agentConversations = 0;
    int served = 0;
    int leftMessages = 0;
    int answersRated = 0; // robot answers with 有用 / 没用
    int helpful = 0;      // of them 有用

    int notHelpful() const { return answersRated - helpful; }
    // helpful / answersRated in [0, 1]; nullopt when no answer was rated.
    std::optional<double> helpfulRate() const;
    bool operator==(const OnlineFigures&) const = default;
};

Result<OnlineFigures> onlineFigures(const QSqlDatabase& db, const QDate& from, const QDate& to,
                                    const security::Operator& by);

} // namespace hotline::reports
