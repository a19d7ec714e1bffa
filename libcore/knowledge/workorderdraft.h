#pragma once
// Turning a resolved work order into the text of a knowledge-base draft without carrying taxpayer data along.

#include "knowledge/article.h"
#include "tickets/workorder.h"

namespace hotline::knowledge {

// Masks every taxpayer ID (unified social credit codes, resident ID numbers, old 15-digit ones) and phone number
// (mobiles, landlines with area code, with or without +86, spaces or dashes) with '*', and replaces each of the
// literal `names` (the caller's name, their unit) with 某某.
QString scrubPersonalData(const QString& text, const QStringList& names = {});

// Title, 相似问 and body of a draft from w (scrubbed). The title is the question's first line, at most
// kDraftTitleLength characters; the whole question becomes an alternative phrasing when the title had to be cut.
inline constexpr int kDraftTitleLength = 40;
Article articleTextFromWorkOrder(const tickets::WorkOrder& w);

// The KB category name for a work-order category path ("个税业务 / 减免优惠"): 扣缴端软件 → 扣缴端操作指南,
// 减免优惠 → 税收减免优惠, 征收管理 → 征收管理, the kinds of income and 专项附加扣除 → 分项所得解读, else 热点问题.
QString kbCategoryForWorkOrderCategory(const QString& path);

} // namespace hotline::knowledge
