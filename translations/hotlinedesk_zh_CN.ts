<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>hotline::calendar</name>
    <message>
        <source>The store holds a calendar day that is not a date: &quot;%1&quot;.</source>
        <translation>数据文件中有一条日历记录不是有效日期：“%1”。</translation>
    </message>
    <message>
        <source>A calendar day without a valid date cannot be stored.</source>
        <translation>日期无效的日历记录无法保存。</translation>
    </message>
    <message>
        <source>The stored office hours &quot;%1&quot; cannot be read: %2</source>
        <translation>无法读取已保存的办公时间“%1”：%2</translation>
    </message>
    <message>
        <source>Day %1 is not an object with &quot;name&quot;, &quot;date&quot; and &quot;isOffDay&quot;.</source>
        <translation>第 %1 项不是包含“name”、“date”和“isOffDay”字段的对象。</translation>
    </message>
    <message>
        <source>Day %1 has no &quot;date&quot; text.</source>
        <translation>第 %1 项缺少文本形式的“date”字段。</translation>
    </message>
    <message>
        <source>Day %1: &quot;%2&quot; is not a date written like 2027-01-01.</source>
        <translation>第 %1 项：“%2”不是 2027-01-01 格式的日期。</translation>
    </message>
    <message>
        <source>Day %1: %2 is too far from the file&apos;s year %3 (only %4 to %5 may be listed).</source>
        <translation>第 %1 项：%2 与文件年份 %3 相差过远（只能列出 %4 年至 %5 年的日期）。</translation>
    </message>
    <message>
        <source>Day %1 (%2): &quot;isOffDay&quot; must be true or false.</source>
        <translation>第 %1 项（%2）：“isOffDay”必须为 true 或 false。</translation>
    </message>
    <message>
        <source>Day %1 (%2) has no &quot;name&quot; text.</source>
        <translation>第 %1 项（%2）缺少文本形式的“name”字段。</translation>
    </message>
    <message>
        <source>Not valid JSON: %1 (at character %2).</source>
        <translation>不是有效的 JSON：%1（位于第 %2 个字符）。</translation>
    </message>
    <message>
        <source>The file is not a JSON object {&quot;year&quot;, &quot;papers&quot;, &quot;days&quot;}.</source>
        <translation>文件不是 {&quot;year&quot;, &quot;papers&quot;, &quot;days&quot;} 形式的 JSON 对象。</translation>
    </message>
    <message>
        <source>The &quot;year&quot; field is missing.</source>
        <translation>缺少“year”字段。</translation>
    </message>
    <message>
        <source>The &quot;year&quot; field must be a year number such as 2027.</source>
        <translation>“year”字段必须是年份数字，如 2027。</translation>
    </message>
    <message>
        <source>The &quot;papers&quot; field must be a list of web addresses.</source>
        <translation>“papers”字段必须是网址列表。</translation>
    </message>
    <message>
        <source>The &quot;days&quot; field is missing.</source>
        <translation>缺少“days”字段。</translation>
    </message>
    <message>
        <source>The &quot;days&quot; field must be a list of days.</source>
        <translation>“days”字段必须是日期列表。</translation>
    </message>
    <message>
        <source>The file lists no days.</source>
        <translation>文件中未列出任何日期。</translation>
    </message>
    <message>
        <source>Day %1: %2 is listed twice.</source>
        <translation>第 %1 项：%2 重复列出。</translation>
    </message>
    <message>
        <source>The file lists no holiday on 1 January %1, which every State Council notice does: it is incomplete or its year is wrong.</source>
        <translation>文件中没有 %1 年 1 月 1 日（元旦）的节假日，而国务院每年的放假通知都包含该日，因此文件不完整或年份有误。</translation>
    </message>
    <message>
        <source>No office hours given; write them like 09:00-12:00,13:30-17:30.</source>
        <translation>未填写办公时间，请按 09:00-12:00,13:30-17:30 的格式填写。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a period of office hours like 09:00-12:00.</source>
        <translation>“%1”不是有效的办公时段，格式应如 09:00-12:00。</translation>
    </message>
    <message>
        <source>The period %1 does not end after it starts.</source>
        <translation>时段 %1 的结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <source>The periods must be in order of the day: %1 is written after %2.</source>
        <translation>各时段须按时间先后排列：%1 不应写在 %2 之后。</translation>
    </message>
    <message>
        <source>The periods %1 and %2 overlap.</source>
        <translation>时段 %1 与 %2 相互重叠。</translation>
    </message>
</context>
<context>
    <name>hotline::chat</name>
    <message>
        <source>Robot answering</source>
        <translation>智能咨询中</translation>
    </message>
    <message>
        <source>Waiting for an agent</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>Served by an agent</source>
        <translation>人工服务中</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>The conversation was changed meanwhile. Try again.</source>
        <translation>会话已被更新，请重试。</translation>
    </message>
    <message>
        <source>This conversation does not exist.</source>
        <translation>该会话不存在。</translation>
    </message>
    <message>
        <source>This conversation has ended; start a new one to ask again.</source>
        <translation>该会话已结束，如需咨询请重新发起会话。</translation>
    </message>
    <message numerus="yes">
        <source>Please try again in %n second(s).</source>
        <translation>
            <numerusform>请 %n 秒后再试。</numerusform>
        </translation>
    </message>
    <message>
        <source>Connecting you to an online agent. You are number %1 in the queue.</source>
        <translation>正在为您转接在线坐席，您当前排在第 %1 位。</translation>
    </message>
    <message>
        <source>No online agent is free at the moment. You may wait, or leave a message and we will call you back.</source>
        <translation>暂时没有空闲的在线坐席。您可以继续等待，也可以留言，我们将回电联系您。</translation>
    </message>
    <message>
        <source>Many taxpayers are waiting. You may wait, or leave a message and we will call you back.</source>
        <translation>当前排队人数较多。您可以继续等待，也可以留言，我们将回电联系您。</translation>
    </message>
    <message>
        <source>This conversation is served by a colleague.</source>
        <translation>该会话正由其他同事服务。</translation>
    </message>
    <message>
        <source>Write a message first.</source>
        <translation>请先输入内容。</translation>
    </message>
    <message>
        <source>A message may have at most %1 characters; this one has %2.</source>
        <translation>每条消息最多 %1 个字，当前 %2 个字。</translation>
    </message>
    <message>
        <source>The message id is too long.</source>
        <translation>消息编号过长。</translation>
    </message>
    <message>
        <source>You ended the conversation.</source>
        <translation>您已结束本次咨询。</translation>
    </message>
    <message>
        <source>The agent ended the conversation.</source>
        <translation>坐席已结束本次咨询。</translation>
    </message>
    <message>
        <source>The conversation was closed after a long silence.</source>
        <translation>会话长时间无消息，已自动结束。</translation>
    </message>
    <message>
        <source>Too many new conversations from your network in the last hour.</source>
        <translation>您所在网络在一小时内发起的咨询过多。</translation>
    </message>
    <message>
        <source>Welcome to the 12366 online consultation. An online agent will be with you shortly.</source>
        <translation>欢迎使用12366在线咨询，在线坐席将尽快为您服务。</translation>
    </message>
    <message>
        <source>Welcome to the 12366 online consultation. Our online agents work on working days %1; until then the intelligent assistant answers your questions.</source>
        <translation>欢迎使用12366在线咨询。人工在线服务时间为工作日 %1，其他时间由智能咨询为您解答。</translation>
    </message>
    <message>
        <source>This conversation&apos;s key is not valid; start a new conversation.</source>
        <translation>会话凭据无效，请重新发起咨询。</translation>
    </message>
    <message>
        <source>At most %1 messages a minute.</source>
        <translation>每分钟最多发送 %1 条消息。</translation>
    </message>
    <message>
        <source>The intelligent assistant answers at most %1 questions a day from one network.</source>
        <translation>智能咨询每天最多为同一网络解答 %1 个问题。</translation>
    </message>
    <message>
        <source>Sorry, I could not find an answer to that. Please put it another way.</source>
        <translation>抱歉，没有找到相关答案，请换个说法试试。</translation>
    </message>
    <message>
        <source>Sorry, I am not sure I understood. Did you mean one of these?</source>
        <translation>抱歉，我不太确定您的意思。您是想问以下问题吗？</translation>
    </message>
    <message>
        <source>You can talk to an online agent: choose 转人工.</source>
        <translation>您可以点击“转人工”，由在线坐席为您解答。</translation>
    </message>
    <message>
        <source>Our online agents are off duty now. Leave your name, phone number and question (登记回访) and we will call you back on the next working day.</source>
        <translation>现在是非工作时间。您可以留下姓名、电话和问题（登记回访），我们将在下一个工作日回电。</translation>
    </message>
    <message>
        <source>There is no answer of the assistant with that number.</source>
        <translation>没有该编号的智能咨询回答。</translation>
    </message>
    <message>
        <source>This answer has already been rated.</source>
        <translation>该回答已评价过。</translation>
    </message>
    <message>
        <source>Online agents work on working days %1. Leave a message (登记回访) and we will call you back.</source>
        <translation>人工在线服务时间为工作日 %1。您可以留言（登记回访），我们将回电联系您。</translation>
    </message>
    <message>
        <source>Name: write how we should address you (at most %1 characters).</source>
        <translation>姓名：请填写称呼（最多 %1 个字）。</translation>
    </message>
    <message>
        <source>Online consultation: the taxpayer left a message for a call back.</source>
        <translation>网上咨询：纳税人留言，请回电。</translation>
    </message>
    <message>
        <source>Your message is registered as work order %1. We will call you back by %2.</source>
        <translation>您的留言已登记为工单 %1，我们将在 %2 前回电。</translation>
    </message>
    <message>
        <source>Only a conversation with an online agent can be rated.</source>
        <translation>只有在线坐席服务过的会话才能评价。</translation>
    </message>
    <message>
        <source>Choose a rating from 非常满意 to 非常不满意.</source>
        <translation>请在“非常满意”到“非常不满意”之间选择评价。</translation>
    </message>
    <message>
        <source>A comment may have at most %1 characters.</source>
        <translation>评价意见最多 %1 个字。</translation>
    </message>
    <message>
        <source>You have already rated this conversation. Thank you!</source>
        <translation>您已评价过本次咨询，谢谢！</translation>
    </message>
    <message numerus="yes">
        <source>You are already serving %n conversation(s), the most one agent serves at once.</source>
        <translation>
            <numerusform>您已在服务 %n 个会话，已达每位坐席同时服务的上限。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is waiting.</source>
        <translation>当前无人排队。</translation>
    </message>
    <message>
        <source>A colleague has already taken this conversation.</source>
        <translation>该会话已被其他同事接入。</translation>
    </message>
    <message>
        <source>This conversation is no longer waiting.</source>
        <translation>该会话已不在排队中。</translation>
    </message>
    <message>
        <source>Online agent %1 is serving you.</source>
        <translation>在线坐席 %1 正在为您服务。</translation>
    </message>
    <message>
        <source>Accept the conversation before you reply.</source>
        <translation>请先接入会话再回复。</translation>
    </message>
    <message>
        <source>Only a conversation being served can be transferred.</source>
        <translation>只有服务中的会话才能转接。</translation>
    </message>
    <message>
        <source>Choose a colleague to transfer to.</source>
        <translation>请选择要转接的同事。</translation>
    </message>
    <message>
        <source>That colleague is not online.</source>
        <translation>该同事不在线。</translation>
    </message>
    <message>
        <source>That colleague does not serve online chats.</source>
        <translation>该同事不负责在线咨询。</translation>
    </message>
    <message>
        <source>%1 is already serving as many conversations as one agent may.</source>
        <translation>%1 同时服务的会话已达上限。</translation>
    </message>
    <message>
        <source>You are now served by online agent %1.</source>
        <translation>已为您转接在线坐席 %1。</translation>
    </message>
    <message>
        <source>Name the work order the conversation is filed under.</source>
        <translation>请指定会话归档的工单。</translation>
    </message>
    <message>
        <source>Filed under work order %1.</source>
        <translation>已归档到工单 %1。</translation>
    </message>
    <message>
        <source>Sorry to keep you waiting. You may go on waiting, or leave a message and we will call you back.</source>
        <translation>抱歉让您久等了。您可以继续等待，也可以留言，我们将回电联系您。</translation>
    </message>
    <message>
        <source>The online consultation service&apos;s address must be like http://127.0.0.1:8781 (http or https, a host, a port; no path).</source>
        <translation>网上咨询服务地址应形如 http://127.0.0.1:8781（http 或 https、主机、端口，不含路径）。</translation>
    </message>
    <message>
        <source>The service phrase no longer exists.</source>
        <translation>该服务用语已不存在。</translation>
    </message>
    <message>
        <source>Service phrase: the text is required.</source>
        <translation>服务用语：内容不能为空。</translation>
    </message>
    <message>
        <source>Service phrase: at most %1 characters (this one has %2).</source>
        <translation>服务用语：最多 %1 个字（当前 %2 个字）。</translation>
    </message>
    <message>
        <source>Service phrase category: at most %1 characters.</source>
        <translation>服务用语类别：最多 %1 个字。</translation>
    </message>
    <message>
        <source>The service phrase has been taken out of use.</source>
        <translation>该服务用语已停用。</translation>
    </message>
    <message>
        <source>Someone else changed this service phrase in the meantime; reload and try again.</source>
        <translation>其他人已修改了该服务用语，请刷新后重试。</translation>
    </message>
    <message>
        <source>A service phrase is listed twice.</source>
        <translation>同一条服务用语出现了两次。</translation>
    </message>
    <message>
        <source>The default wording is offered only when no service phrase is in use; take the phrases out of use first.</source>
        <translation>只有在没有启用的服务用语时才能恢复默认；请先停用现有用语。</translation>
    </message>
</context>
<context>
    <name>hotline::db</name>
    <message>
        <source>The store %1 is locked by another program. Close it and try again; nothing was changed.</source>
        <translation>数据文件 %1 已被其他程序锁定。请关闭该程序后重试；未作任何修改。</translation>
    </message>
    <message>
        <source>The store %1 is read-only (the file or its folder cannot be written). Give your account write access or choose another file; nothing was changed.</source>
        <translation>数据文件 %1 为只读（文件或其所在文件夹不可写入）。请为当前账户授予写入权限，或选择其他文件；未作任何修改。</translation>
    </message>
    <message>
        <source>The store %1 is damaged or is not a database file (%2). Restore it from a backup; nothing was changed.</source>
        <translation>数据文件 %1 已损坏或不是数据库文件（%2）。请从备份中恢复；未作任何修改。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a store file.</source>
        <translation>%1 是文件夹，不是数据文件。</translation>
    </message>
    <message>
        <source>The store %1 cannot be read: %2</source>
        <translation>无法读取数据文件 %1：%2</translation>
    </message>
    <message>
        <source>no SQLite header</source>
        <translation>缺少 SQLite 文件头</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>The store %1 cannot be opened: %2</source>
        <translation>无法打开数据文件 %1：%2</translation>
    </message>
    <message>
        <source>The store %1 was written by a newer HotlineDesk (schema %2; this version knows up to %3). Update HotlineDesk; nothing was changed.</source>
        <translation>数据文件 %1 由更高版本的 HotlineDesk 写入（数据结构版本 %2，本版本最高支持 %3）。请升级 HotlineDesk；未作任何修改。</translation>
    </message>
    <message>
        <source>%1 is a database of another program, not a HotlineDesk store; nothing was changed.</source>
        <translation>%1 是其他程序的数据库，不是 HotlineDesk 数据文件；未作任何修改。</translation>
    </message>
    <message>
        <source>This SQLite library lacks full-text search (FTS5).</source>
        <translation>当前 SQLite 库不支持全文检索（FTS5）。</translation>
    </message>
    <message>
        <source>Could not keep a copy of the store before upgrading it: %1</source>
        <translation>升级前未能备份数据文件：%1</translation>
    </message>
    <message>
        <source>Schema file %1 is missing.</source>
        <translation>缺少数据结构文件 %1。</translation>
    </message>
    <message>
        <source>Upgrading the store to schema %1 failed and was undone: %2</source>
        <translation>数据文件升级到数据结构版本 %1 失败，已撤销全部更改：%2</translation>
    </message>
    <message>
        <source>The store refused the operation: %1</source>
        <translation>数据文件拒绝执行该操作：%1</translation>
    </message>
    <message>
        <source>The store is busy or locked by another program: %1</source>
        <translation>数据文件正忙或已被其他程序锁定：%1</translation>
    </message>
    <message>
        <source>Saving to the store failed: %1</source>
        <translation>保存到数据文件失败：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) would refer to rows that do not exist.</source>
        <translation>
            <numerusform>%n 行数据将引用不存在的记录。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hotline::demo</name>
    <message numerus="yes">
        <source>The store already holds %n work order(s); demo data is only written into an empty store.</source>
        <translation>
            <numerusform>数据文件中已有 %n 条工单；演示数据只能写入空的数据文件。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hotline::knowledge</name>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Awaiting review</source>
        <translation>待审核</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>Line %1: %2.</source>
        <translation>第 %1 行：%2。</translation>
    </message>
    <message>
        <source>The file has no &quot;articles&quot; list.</source>
        <translation>文件中没有“articles”条目列表。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD).</source>
        <translation>“%1”不是日期（格式为 YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>The article no longer exists.</source>
        <translation>该知识条目已不存在。</translation>
    </message>
    <message>
        <source>A title of 1 to 200 characters is needed.</source>
        <translation>标题须为1至200个字符。</translation>
    </message>
    <message>
        <source>The article has no text.</source>
        <translation>条目正文为空。</translation>
    </message>
    <message>
        <source>The expiry date is before the effective date.</source>
        <translation>失效日期早于生效日期。</translation>
    </message>
    <message>
        <source>Choose the article&apos;s category.</source>
        <translation>请选择条目分类。</translation>
    </message>
    <message>
        <source>A cited policy document no longer exists.</source>
        <translation>引用的政策文件已不存在。</translation>
    </message>
    <message>
        <source>Someone else saved this article (now version %1) after you opened version %2. Reopen it and make your changes again.</source>
        <translation>您打开的是第%2版，此后他人已保存该条目（现为第%1版）。请重新打开后再修改。</translation>
    </message>
    <message>
        <source>Edited while %1: back to draft.</source>
        <translation>在“%1”状态下被修改，退回草稿。</translation>
    </message>
    <message>
        <source>The article was changed (now version %1) after you opened version %2. Reopen it first.</source>
        <translation>您打开的是第%2版，此后条目已被修改（现为第%1版）。请先重新打开。</translation>
    </message>
    <message>
        <source>This cannot be done while the article is %1 (it must be %2).</source>
        <translation>条目当前为“%1”，无法执行此操作（须为“%2”）。</translation>
    </message>
    <message>
        <source>You wrote or last edited this article; another reviewer must review it.</source>
        <translation>该条目由您撰写或最后修改，须由其他审核人审核。</translation>
    </message>
    <message>
        <source>Give the reason for sending the article back; the author needs it to fix the text.</source>
        <translation>请填写退回原因，作者需据此修改。</translation>
    </message>
    <message>
        <source>The work order no longer exists.</source>
        <translation>该工单已不存在。</translation>
    </message>
    <message>
        <source>Only a resolved or closed work order becomes a knowledge-base draft; this one is %1.</source>
        <translation>只有已解决或已关闭的工单才能转为知识库草稿；该工单当前为“%1”。</translation>
    </message>
    <message>
        <source>The work order has no answer to put into the knowledge base.</source>
        <translation>该工单没有答复内容，无法转入知识库。</translation>
    </message>
    <message>
        <source>The knowledge base has no category 热点问题.</source>
        <translation>知识库中没有“热点问题”分类。</translation>
    </message>
    <message>
        <source>A category name must have 1 to 30 characters.</source>
        <translation>分类名称须为1至30个字符。</translation>
    </message>
    <message>
        <source>The category %1 already exists.</source>
        <translation>分类“%1”已存在。</translation>
    </message>
    <message>
        <source>The category no longer exists.</source>
        <translation>该分类已不存在。</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) use this category; it cannot be removed.</source>
        <translation>
            <numerusform>有%n个条目使用该分类，无法删除。</numerusform>
        </translation>
    </message>
    <message>
        <source>A policy document needs a title (up to 200 characters) and a number of up to 100 characters.</source>
        <translation>政策文件须有标题（最多200个字符），文号最多100个字符。</translation>
    </message>
    <message>
        <source>The policy document %1 is already listed.</source>
        <translation>政策文件%1已在列表中。</translation>
    </message>
    <message>
        <source>A policy document can only be marked amended or repealed.</source>
        <translation>政策文件只能标记为已修订或已废止。</translation>
    </message>
    <message>
        <source>The policy document no longer exists.</source>
        <translation>该政策文件已不存在。</translation>
    </message>
    <message>
        <source>%1 is already repealed.</source>
        <translation>%1已废止。</translation>
    </message>
    <message>
        <source>The cited policy 《%1》 was repealed.</source>
        <translation>引用的政策《%1》已废止。</translation>
    </message>
    <message>
        <source>The cited policy 《%1》 was amended.</source>
        <translation>引用的政策《%1》已修订。</translation>
    </message>
    <message>
        <source>The cited policy 《%1》 (%2) was repealed.</source>
        <translation>引用的政策《%1》（%2）已废止。</translation>
    </message>
    <message>
        <source>The cited policy 《%1》 (%2) was amended.</source>
        <translation>引用的政策《%1》（%2）已修订。</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Amended</source>
        <translation>已修订</translation>
    </message>
    <message>
        <source>Repealed</source>
        <translation>已废止</translation>
    </message>
    <message>
        <source>This article is already linked to the work order.</source>
        <translation>该知识条目已关联到此工单。</translation>
    </message>
    <message>
        <source>Period: the first day must be a valid date no later than the last.</source>
        <translation>统计期间：起始日期须为有效日期，且不晚于结束日期。</translation>
    </message>
    <message>
        <source>Only a published article can be pinned.</source>
        <translation>只有已发布的知识条目才能置顶。</translation>
    </message>
    <message>
        <source>The link no longer exists.</source>
        <translation>该链接已不存在。</translation>
    </message>
    <message>
        <source>Title: required.</source>
        <translation>标题：必填。</translation>
    </message>
    <message>
        <source>Title or summary: too long (200 / 2,000 characters).</source>
        <translation>标题或摘要：过长（分别不超过200 / 2,000字）。</translation>
    </message>
    <message>
        <source>Date: a valid date is required.</source>
        <translation>日期：请填写有效日期。</translation>
    </message>
    <message>
        <source>URL: an address starting with http:// or https:// with a host name, without spaces.</source>
        <translation>网址：须以 http:// 或 https:// 开头并包含主机名，且不能有空格。</translation>
    </message>
    <message>
        <source>the policy document has no id.</source>
        <translation>政策文件缺少编号（id）。</translation>
    </message>
    <message>
        <source>the policy document has no title.</source>
        <translation>政策文件缺少标题。</translation>
    </message>
    <message>
        <source>the policy id &quot;%1&quot; appears twice.</source>
        <translation>政策文件编号“%1”出现了两次。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a policy status (effective, amended, repealed).</source>
        <translation>“%1”不是政策文件状态（effective 有效、amended 已修改、repealed 已废止）。</translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is already used by article %2 of the file.</source>
        <translation>编号“%1”已被文件中的第%2篇使用。</translation>
    </message>
    <message>
        <source>the title is empty.</source>
        <translation>标题为空。</translation>
    </message>
    <message>
        <source>the body is empty.</source>
        <translation>正文为空。</translation>
    </message>
    <message>
        <source>unknown category &quot;%1&quot; (neither in the store nor in the file).</source>
        <translation>未知分类“%1”（本库和文件中都没有）。</translation>
    </message>
    <message>
        <source>it cites policy %1, which neither the file nor the store lists.</source>
        <translation>引用的政策文件 %1 在文件和本库中都不存在。</translation>
    </message>
    <message>
        <source>the expiry date %1 is before the effective date %2.</source>
        <translation>失效日期 %1 早于生效日期 %2。</translation>
    </message>
    <message>
        <source>the version must be 1 or more.</source>
        <translation>版本号必须不小于 1。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds an empty entry.</source>
        <translation>“%1”中有空白条目。</translation>
    </message>
    <message>
        <source>%1, line %2: </source>
        <translation>%1 第%2行：</translation>
    </message>
    <message>
        <source>%1: </source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>policy document %1</source>
        <translation>第%1份政策文件</translation>
    </message>
    <message>
        <source>policy document %1 《%2》</source>
        <translation>第%1份政策文件《%2》</translation>
    </message>
    <message>
        <source>article %1</source>
        <translation>第%1篇</translation>
    </message>
    <message>
        <source>article %1 《%2》</source>
        <translation>第%1篇《%2》</translation>
    </message>
    <message>
        <source>Line %1, %2: </source>
        <translation>第%1行，%2：</translation>
    </message>
    <message>
        <source>Imported from a file</source>
        <translation>从文件导入</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>导入已取消，没有导入任何内容。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>无法写入 %1：%2。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>无法读取 %1：%2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a text.</source>
        <translation>“%1”必须是文本。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of texts.</source>
        <translation>“%1”必须是文本列表。</translation>
    </message>
    <message>
        <source>an article must be an object.</source>
        <translation>每篇知识条目必须是一个 JSON 对象。</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;.</source>
        <translation>未知字段“%1”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status (draft, pending, published, archived).</source>
        <translation>“%1”不是条目状态（draft 草稿、pending 待审核、published 已发布、archived 已归档）。</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be a whole number from 1.</source>
        <translation>“version”必须是不小于 1 的整数。</translation>
    </message>
    <message>
        <source>&quot;pinned&quot; must be true or false.</source>
        <translation>“pinned”必须是 true 或 false。</translation>
    </message>
    <message>
        <source>a policy document must be an object.</source>
        <translation>每份政策文件必须是一个 JSON 对象。</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3.</source>
        <translation>第%1行第%2列：%3。</translation>
    </message>
    <message>
        <source>Line 1: the file is not a JSON object.</source>
        <translation>第1行：文件不是一个 JSON 对象。</translation>
    </message>
    <message>
        <source>This is not a HotlineDesk knowledge-base file (format &quot;%1&quot;).</source>
        <translation>这不是 HotlineDesk 知识库文件（格式为“%1”）。</translation>
    </message>
    <message>
        <source>The file has format version %1; this HotlineDesk reads up to version %2.</source>
        <translation>文件的格式版本为 %1，本版 HotlineDesk 最高只能读取版本 %2。</translation>
    </message>
    <message>
        <source>&quot;categories&quot; must be a list of names.</source>
        <translation>“categories”必须是分类名称的列表。</translation>
    </message>
    <message>
        <source>a category needs a name.</source>
        <translation>分类必须有名称。</translation>
    </message>
    <message>
        <source>a quoted value is not closed properly.</source>
        <translation>带引号的值没有正确结束。</translation>
    </message>
    <message>
        <source>the file must start with a front-matter block (a line &quot;---&quot;).</source>
        <translation>文件必须以元数据块开头（第一行为“---”）。</translation>
    </message>
    <message>
        <source>a list item (&quot;- …&quot;) outside a list field.</source>
        <translation>列表项（“- …”）不在列表字段之下。</translation>
    </message>
    <message>
        <source>cannot read this front-matter line (expected &quot;field: value&quot;).</source>
        <translation>无法识别这一行元数据（应为“字段: 值”）。</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; appears twice.</source>
        <translation>字段“%1”出现了两次。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a list: one &quot;  - item&quot; line per entry.</source>
        <translation>“%1”是列表：每个条目一行，写作“  - 条目”。</translation>
    </message>
    <message>
        <source>the front-matter block is not closed (a line &quot;---&quot; is missing).</source>
        <translation>元数据块没有结束（缺少“---”行）。</translation>
    </message>
    <message>
        <source>the front matter has no &quot;title&quot;.</source>
        <translation>元数据中缺少“title”（标题）。</translation>
    </message>
    <message>
        <source>the front matter has no &quot;category&quot;.</source>
        <translation>元数据中缺少“category”（分类）。</translation>
    </message>
    <message>
        <source>the table must have the columns %1.</source>
        <translation>表格必须包含以下列：%1。</translation>
    </message>
    <message>
        <source>a row needs %1 cells, this one has %2.</source>
        <translation>每行应有 %1 个单元格，这一行有 %2 个。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>知识库</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) in folders by category; the policy documents they cite are listed in [policies.md](policies.md).</source>
        <translation>
            <numerusform>共 %n 篇知识条目，按分类存放在各文件夹中；条目引用的政策文件列在 [policies.md](policies.md) 中。</numerusform>
        </translation>
    </message>
    <message>
        <source>Policy documents</source>
        <translation>政策文件</translation>
    </message>
    <message>
        <source>%1 is not empty: choose an empty folder.</source>
        <translation>%1 不是空文件夹，请选择一个空文件夹。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>The synonym group no longer exists.</source>
        <translation>该同义词组已不存在。</translation>
    </message>
    <message>
        <source>A synonym is one word or phrase on one line: %1</source>
        <translation>每个同义词须是单独一行的一个词或短语：%1</translation>
    </message>
    <message>
        <source>A synonym has at most %1 characters: %2</source>
        <translation>同义词最多 %1 个字符：%2</translation>
    </message>
    <message>
        <source>A synonym group needs at least two different words.</source>
        <translation>同义词组至少需要两个不同的词。</translation>
    </message>
    <message>
        <source>%1 is already in the group %2; a word can be in one group only.</source>
        <translation>“%1”已在同义词组“%2”中；一个词只能属于一个组。</translation>
    </message>
    <message>
        <source>Only a course can have a start time.</source>
        <translation>只有课程可以设置开课时间。</translation>
    </message>
</context>
<context>
    <name>hotline::materials</name>
    <message>
        <source>This version record was changed by someone else; reload it and make your change again.</source>
        <translation>该版本记录已被他人修改，请重新打开后再修改。</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>未验证</translation>
    </message>
    <message>
        <source>Install and upgrade</source>
        <translation>安装升级</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Personnel information collection</source>
        <translation>人员信息采集</translation>
    </message>
    <message>
        <source>Comprehensive income declaration</source>
        <translation>综合所得申报</translation>
    </message>
    <message>
        <source>Classified income declaration</source>
        <translation>分类所得申报</translation>
    </message>
    <message>
        <source>Non-resident income declaration</source>
        <translation>非居民所得申报</translation>
    </message>
    <message>
        <source>Tax payment</source>
        <translation>缴款</translation>
    </message>
    <message>
        <source>Correction declaration</source>
        <translation>更正申报</translation>
    </message>
    <message>
        <source>Query and statistics</source>
        <translation>查询统计</translation>
    </message>
    <message>
        <source>Backup and restore</source>
        <translation>备份恢复</translation>
    </message>
    <message>
        <source>The stored checklist is not readable.</source>
        <translation>保存的验证清单无法读取。</translation>
    </message>
    <message>
        <source>Version: required, at most 50 characters (e.g. V3.1.221).</source>
        <translation>版本号：必填，最多 50 个字符（如 V3.1.221）。</translation>
    </message>
    <message>
        <source>Release date: a valid date is required.</source>
        <translation>发布日期：请填写有效日期。</translation>
    </message>
    <message>
        <source>Deadline: cannot be before the release date.</source>
        <translation>截止日期：不能早于发布日期。</translation>
    </message>
    <message>
        <source>Manual revised: name the manuals that were revised.</source>
        <translation>已修订手册：请写明修订了哪些手册。</translation>
    </message>
    <message>
        <source>Notes: too long (4,000 / 1,000 characters).</source>
        <translation>说明过长（4,000 / 1,000 个字符）。</translation>
    </message>
    <message>
        <source>Checklist: every item needs a name (at most 100 characters), each only once.</source>
        <translation>验证清单：每项都要有名称（最多 100 个字符），且不能重复。</translation>
    </message>
    <message>
        <source>Checklist: at least one item.</source>
        <translation>验证清单：至少一项。</translation>
    </message>
    <message>
        <source>Version %1 is already recorded.</source>
        <translation>版本 %1 已有记录。</translation>
    </message>
    <message>
        <source>Upgrade package: the material no longer exists.</source>
        <translation>升级包：该资料已不存在。</translation>
    </message>
    <message>
        <source>Verification: decide every checklist item first (still open: %1).</source>
        <translation>验证：请先判定清单中的每一项（尚未判定：%1）。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>The version record no longer exists.</source>
        <translation>该版本记录已不存在。</translation>
    </message>
    <message>
        <source>Server: a host name or IP address, e.g. smtp.example.com.</source>
        <translation>服务器：主机名或 IP 地址，如 smtp.example.com。</translation>
    </message>
    <message>
        <source>Port: a number from 1 to 65535.</source>
        <translation>端口：1 到 65535 之间的数字。</translation>
    </message>
    <message>
        <source>Sender address: a valid e-mail address is required.</source>
        <translation>发件地址：请填写有效的电子邮件地址。</translation>
    </message>
    <message>
        <source>Largest attachment: from 1 byte to 100 MB.</source>
        <translation>附件上限：1 字节到 100 MB。</translation>
    </message>
    <message>
        <source>Install package</source>
        <translation>安装包</translation>
    </message>
    <message>
        <source>Upgrade package</source>
        <translation>升级包</translation>
    </message>
    <message>
        <source>Operation manual</source>
        <translation>操作手册</translation>
    </message>
    <message>
        <source>Screen recording</source>
        <translation>录屏</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Title: required, at most 200 characters.</source>
        <translation>标题：必填，最多 200 个字符。</translation>
    </message>
    <message>
        <source>Version or note: too long (50 / 2,000 characters).</source>
        <translation>版本或备注过长（50 / 2,000 个字符）。</translation>
    </message>
    <message>
        <source>Choose either a file or a link.</source>
        <translation>请选择文件或填写链接（二选一）。</translation>
    </message>
    <message>
        <source>Link: an address starting with http:// or https:// with a host name, without spaces.</source>
        <translation>链接：以 http:// 或 https:// 开头、带主机名、不含空格的地址。</translation>
    </message>
    <message>
        <source>File: %1 cannot be read.</source>
        <translation>文件：无法读取 %1。</translation>
    </message>
    <message>
        <source>The material no longer exists or is archived.</source>
        <translation>该资料已不存在或已归档。</translation>
    </message>
    <message>
        <source>Choose the material to replace.</source>
        <translation>请选择要替换的资料。</translation>
    </message>
    <message>
        <source>The library already holds this file (same content): &quot;%1&quot; %2. Use that one, or archive it first.</source>
        <translation>资料库中已有内容相同的文件：“%1” %2。请直接使用它，或先将其归档。</translation>
    </message>
    <message>
        <source>The file could not be copied into the library folder %1.</source>
        <translation>无法将文件复制到资料库文件夹 %1。</translation>
    </message>
    <message>
        <source>The material no longer exists.</source>
        <translation>该资料已不存在。</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the file %2 is missing from the library.</source>
        <translation>“%1”：资料库中缺少文件 %2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the file has changed since it was added (checksum differs); replace it with the right file.</source>
        <translation>“%1”：文件自添加后已被改动（校验值不符），请用正确的文件替换。</translation>
    </message>
    <message>
        <source>No work order has the number %1.</source>
        <translation>没有工单号为 %1 的工单。</translation>
    </message>
    <message>
        <source>No mail server is set up yet: a team lead enters it under Settings ▸ Mail server….</source>
        <translation>尚未设置邮件服务器：请班长在“设置 ▸ 邮件服务器…”中填写。</translation>
    </message>
    <message>
        <source>Recipient: &quot;%1&quot; is not a valid e-mail address.</source>
        <translation>收件人：“%1”不是有效的电子邮件地址。</translation>
    </message>
    <message>
        <source>Message: at most 2,000 characters.</source>
        <translation>附言：最多 2,000 个字符。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is archived; send its current version instead.</source>
        <translation>“%1”已归档，请发送其当前版本。</translation>
    </message>
    <message>
        <source>The work order no longer exists.</source>
        <translation>该工单已不存在。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2, more than the %3 a mail may carry; send the download link instead of the file.</source>
        <translation>“%1”大小为 %2，超过邮件附件上限 %3；请改为发送下载链接。</translation>
    </message>
    <message>
        <source>12366 hotline: %1</source>
        <translation>12366纳税服务热线：%1</translation>
    </message>
    <message>
        <source>12366 hotline: %1 (work order %2)</source>
        <translation>12366纳税服务热线：%1（工单 %2）</translation>
    </message>
    <message>
        <source>Dear taxpayer,</source>
        <translation>尊敬的纳税人：</translation>
    </message>
    <message>
        <source>As agreed on the 12366 tax service hotline, here is the material you asked for: %1 (%2).</source>
        <translation>按您在 12366 纳税服务热线中的要求，现将所需资料发送给您：%1（%2）。</translation>
    </message>
    <message>
        <source>The file %1 is attached (%2, SHA-256 %3).</source>
        <translation>文件 %1 见附件（%2，SHA-256 %3）。</translation>
    </message>
    <message>
        <source>Download or open it here: %1</source>
        <translation>请通过以下地址下载或打开：%1</translation>
    </message>
    <message>
        <source>The file is too large for e-mail; download it from the tax bureau&apos;s website or call 12366 for the address.</source>
        <translation>该文件过大，无法通过邮件发送；请从税务局网站下载，或致电 12366 获取下载地址。</translation>
    </message>
    <message>
        <source>This message was sent by the 12366 tax service hotline; please do not reply to it. For questions call 12366.</source>
        <translation>本邮件由 12366 纳税服务热线发送，请勿直接回复。如有疑问请致电 12366。</translation>
    </message>
    <message>
        <source>file attached</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>link</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>The mail server %1 is unknown (name not found).</source>
        <translation>找不到邮件服务器 %1（域名无法解析）。</translation>
    </message>
    <message>
        <source>The mail server %1 cannot be reached; check the server and port, or try again later.</source>
        <translation>无法连接邮件服务器 %1；请检查服务器和端口，或稍后再试。</translation>
    </message>
    <message>
        <source>The mail server refused the login; check the user name and password.</source>
        <translation>邮件服务器拒绝登录；请检查用户名和密码。</translation>
    </message>
    <message>
        <source>The secure connection (TLS) to %1 failed; check the security setting and port.</source>
        <translation>与 %1 建立加密连接（TLS）失败；请检查安全方式和端口。</translation>
    </message>
    <message>
        <source>The mail server %1 broke off the conversation.</source>
        <translation>邮件服务器 %1 中断了会话。</translation>
    </message>
    <message>
        <source>Sending through %1 failed.</source>
        <translation>通过 %1 发送失败。</translation>
    </message>
    <message>
        <source>The mail server refused the recipient %1 (reply %2); check the address with the taxpayer.</source>
        <translation>邮件服务器拒收收件人 %1（应答 %2）；请与纳税人核对邮箱地址。</translation>
    </message>
</context>
<context>
    <name>hotline::portal</name>
    <message>
        <source>Log in first (your session may have ended).</source>
        <translation>请先登录（登录可能已过期）。</translation>
    </message>
    <message>
        <source>This address takes WebSocket connections.</source>
        <translation>此地址只接受 WebSocket 连接。</translation>
    </message>
    <message>
        <source>Only online agents and team leads serve online chats.</source>
        <translation>只有在线坐席和班长可以接待网上咨询。</translation>
    </message>
    <message>
        <source>after must be a number of 0 or more, wait 0 to 25 seconds.</source>
        <translation>after 须为不小于 0 的整数，wait 须为 0 至 25 秒。</translation>
    </message>
    <message>
        <source>The request is too large.</source>
        <translation>请求内容过大。</translation>
    </message>
    <message>
        <source>The service could not complete this request. Please try again later.</source>
        <translation>服务暂时无法完成此请求，请稍后再试。</translation>
    </message>
    <message>
        <source>There is nothing at this address.</source>
        <translation>此地址不存在。</translation>
    </message>
    <message>
        <source>This address does not take %1 requests.</source>
        <translation>此地址不接受 %1 请求。</translation>
    </message>
    <message>
        <source>The request must be JSON (Content-Type: application/json).</source>
        <translation>请求须为 JSON 格式（Content-Type: application/json）。</translation>
    </message>
    <message>
        <source>The request is not a valid JSON object.</source>
        <translation>请求不是有效的 JSON 对象。</translation>
    </message>
    <message>
        <source>The field %1 is missing.</source>
        <translation>缺少字段 %1。</translation>
    </message>
    <message>
        <source>The field %1 must be text.</source>
        <translation>字段 %1 须为文本。</translation>
    </message>
    <message>
        <source>The field %1 must be a whole number.</source>
        <translation>字段 %1 须为整数。</translation>
    </message>
    <message>
        <source>The field %1 must be true or false.</source>
        <translation>字段 %1 须为 true 或 false。</translation>
    </message>
    <message>
        <source>Type what to search for.</source>
        <translation>请输入要查询的内容。</translation>
    </message>
    <message>
        <source>A search may have at most %1 characters.</source>
        <translation>查询内容最多 %1 个字。</translation>
    </message>
    <message>
        <source>This article does not exist.</source>
        <translation>该知识条目不存在。</translation>
    </message>
    <message>
        <source>This conversation&apos;s key is missing or not valid; start a new conversation.</source>
        <translation>会话凭证缺失或无效，请重新发起咨询。</translation>
    </message>
    <message>
        <source>Requests from this site are not accepted.</source>
        <translation>不接受来自此网站的请求。</translation>
    </message>
    <message>
        <source>The message needs an id.</source>
        <translation>消息缺少编号。</translation>
    </message>
    <message>
        <source>after must be a number of 0 or more.</source>
        <translation>after 须为不小于 0 的整数。</translation>
    </message>
    <message>
        <source>wait must be 0 to 25 seconds.</source>
        <translation>wait 须为 0 至 25 秒。</translation>
    </message>
    <message>
        <source>The online agents&apos; service does not take requests from web pages.</source>
        <translation>在线坐席服务不接受来自网页的请求。</translation>
    </message>
</context>
<context>
    <name>hotline::qa</name>
    <message>
        <source>No such evaluation.</source>
        <translation>没有这条质检记录。</translation>
    </message>
    <message>
        <source>Only the agent who was evaluated may acknowledge or appeal an evaluation.</source>
        <translation>只有被质检的坐席本人才能确认已阅或提出申诉。</translation>
    </message>
    <message>
        <source>Give the reason for the decision on the appeal.</source>
        <translation>请填写申诉处理的理由。</translation>
    </message>
    <message>
        <source>Only an appealed evaluation can be upheld or changed; this one is “%1”.</source>
        <translation>只有申诉中的质检记录才能维持原判或改判；这条记录的状态是“%1”。</translation>
    </message>
    <message>
        <source>The new total must be from 0 to %1.</source>
        <translation>改判后的总分须在 0 到 %1 之间。</translation>
    </message>
    <message>
        <source>The new total is the current one; uphold the evaluation instead.</source>
        <translation>改判后的总分与原分相同，请改用维持原判。</translation>
    </message>
    <message>
        <source>Only a new evaluation can be marked as read; this one is “%1”.</source>
        <translation>只有待阅的质检记录才能确认已阅；这条记录的状态是“%1”。</translation>
    </message>
    <message>
        <source>An evaluation can be appealed only once.</source>
        <translation>每条质检记录只能申诉一次。</translation>
    </message>
    <message>
        <source>This evaluation is “%1”: it can no longer be appealed.</source>
        <translation>这条质检记录的状态是“%1”，不能再申诉。</translation>
    </message>
    <message>
        <source>Give the reason for the appeal.</source>
        <translation>请填写申诉理由。</translation>
    </message>
    <message>
        <source>You may read only your own evaluations.</source>
        <translation>您只能查看自己的质检记录。</translation>
    </message>
    <message>
        <source>Not yet read</source>
        <translation>待阅</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>已阅</translation>
    </message>
    <message>
        <source>Appealed</source>
        <translation>申诉中</translation>
    </message>
    <message>
        <source>Upheld</source>
        <translation>维持原判</translation>
    </message>
    <message>
        <source>Score changed</source>
        <translation>已改判</translation>
    </message>
    <message>
        <source>Choose a valid month.</source>
        <translation>请选择有效的月份。</translation>
    </message>
    <message>
        <source>A sampling week starts on a Monday.</source>
        <translation>抽检周从星期一开始。</translation>
    </message>
    <message>
        <source>Recordings per agent and week: 1 to %1.</source>
        <translation>每位坐席每周抽检录音数：1 到 %1。</translation>
    </message>
    <message>
        <source>The week of %1 has not begun: there are no calls to draw from.</source>
        <translation>%1 这一周尚未开始，没有可抽取的通话。</translation>
    </message>
    <message>
        <source>A seed is a whole number from 0 to %1.</source>
        <translation>随机种子须为 0 到 %1 之间的整数。</translation>
    </message>
    <message>
        <source>The week of %1 has already been drawn (seed %2); redraw it to replace that sample.</source>
        <translation>%1 这一周已经抽取过样本（种子 %2）；如需替换，请重新抽取。</translation>
    </message>
    <message>
        <source>No recorded calls with a known agent in the week of %1.</source>
        <translation>%1 这一周没有可对应到坐席的通话录音。</translation>
    </message>
    <message>
        <source>The scorecard has no item %1.</source>
        <translation>评分表中没有评分项 %1。</translation>
    </message>
    <message>
        <source>%1 is a fatal item: tick it instead of deducting points.</source>
        <translation>“%1”是致命项：请勾选，而不是扣分。</translation>
    </message>
    <message>
        <source>The deduction on %1 must be above 0 and at most %2 points, in half points.</source>
        <translation>“%1”的扣分须大于 0 且不超过 %2 分，以 0.5 分为单位。</translation>
    </message>
    <message>
        <source>Give the reason for the deduction on %1.</source>
        <translation>请填写“%1”的扣分原因。</translation>
    </message>
    <message>
        <source>%1 is not a fatal item of this scorecard.</source>
        <translation>“%1”不是本评分表的致命项。</translation>
    </message>
    <message>
        <source>A fatal item sets the score to zero: say what happened in the comment.</source>
        <translation>命中致命项将记零分：请在评语中写明具体情况。</translation>
    </message>
    <message>
        <source>The recording to score does not exist.</source>
        <translation>要评分的录音不存在。</translation>
    </message>
    <message>
        <source>The recording has no agent yet: attribute it to an agent before scoring it.</source>
        <translation>该录音尚未对应坐席：请先将其归属到坐席，再进行评分。</translation>
    </message>
    <message>
        <source>You cannot score a call of your own.</source>
        <translation>不能给自己的通话评分。</translation>
    </message>
    <message>
        <source>The marker tied to %1 is not on this recording.</source>
        <translation>“%1”关联的标记不在这条录音上。</translation>
    </message>
    <message>
        <source>The evaluation does not exist.</source>
        <translation>该质检评分不存在。</translation>
    </message>
    <message>
        <source>Choose the agent on the call.</source>
        <translation>请选择通话的坐席。</translation>
    </message>
    <message>
        <source>The time of the finding must not be in the future.</source>
        <translation>发现问题的时间不能晚于当前时间。</translation>
    </message>
    <message>
        <source>Say what was found (at most %1 characters).</source>
        <translation>请填写发现的问题（最多 %1 个字符）。</translation>
    </message>
    <message>
        <source>The caller number may hold only digits (at most %1).</source>
        <translation>来电号码只能包含数字（最多 %1 位）。</translation>
    </message>
    <message>
        <source>The scorecard definition is not valid: %1</source>
        <translation>评分表定义无效：%1</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>不是 JSON 对象</translation>
    </message>
    <message>
        <source>it has no list of dimensions</source>
        <translation>缺少维度列表</translation>
    </message>
    <message>
        <source>a dimension has no list of items</source>
        <translation>有维度缺少评分项列表</translation>
    </message>
    <message>
        <source>an item of %1 has no maximum points</source>
        <translation>“%1”中有评分项缺少分值</translation>
    </message>
    <message>
        <source>Dimension %1 has no name.</source>
        <translation>第 %1 个维度没有名称。</translation>
    </message>
    <message>
        <source>Dimension %1 has a missing or duplicate key.</source>
        <translation>维度“%1”的标识缺失或重复。</translation>
    </message>
    <message>
        <source>Item %1 of %2 has no name.</source>
        <translation>“%2”的第 %1 个评分项没有名称。</translation>
    </message>
    <message>
        <source>Item %1 (%2) has a missing or duplicate key.</source>
        <translation>评分项“%1”（%2）的标识缺失或重复。</translation>
    </message>
    <message>
        <source>Item %1 is a fatal item: it carries no points, it zeroes the total.</source>
        <translation>评分项“%1”是致命项：不设分值，命中即总分为零。</translation>
    </message>
    <message>
        <source>Item %1 needs maximum points above 0 (at most 100, in half points).</source>
        <translation>评分项“%1”的分值须大于 0（最多 100 分，以 0.5 分为单位）。</translation>
    </message>
    <message>
        <source>A scorecard needs at least one item that carries points.</source>
        <translation>评分表至少需要一个有分值的评分项。</translation>
    </message>
    <message>
        <source>The pass mark must be between 0 and %1 points.</source>
        <translation>合格线须在 0 到 %1 分之间。</translation>
    </message>
    <message>
        <source>The scorecard (version) does not exist.</source>
        <translation>该评分表（版本）不存在。</translation>
    </message>
    <message>
        <source>The scorecard needs a name.</source>
        <translation>评分表需要名称。</translation>
    </message>
    <message>
        <source>Nothing has changed since version %1.</source>
        <translation>与第 %1 版相比没有任何修改。</translation>
    </message>
</context>
<context>
    <name>hotline::recordings</name>
    <message>
        <source>The file is truncated: its sound data ends before its header says.</source>
        <translation>文件不完整：声音数据比文件头声明的短（文件被截断）。</translation>
    </message>
    <message>
        <source>The WAV header is damaged (format chunk too short).</source>
        <translation>WAV 文件头已损坏（格式块过短）。</translation>
    </message>
    <message>
        <source>The WAV header is damaged (no format before the sound).</source>
        <translation>WAV 文件头已损坏（声音数据前没有格式块）。</translation>
    </message>
    <message>
        <source>Unsupported WAV encoding (format %1, %2-bit): only 16-bit PCM, G.711 A-law and G.711 µ-law are read.</source>
        <translation>不支持的 WAV 编码（格式 %1，%2 位）：只能读取 16 位 PCM、G.711 A 律和 G.711 µ 律。</translation>
    </message>
    <message>
        <source>Unsupported WAV layout (%1 channel(s), %2 Hz): one or two channels at 8,000 to 48,000 Hz are read.</source>
        <translation>不支持的 WAV 声道或采样率（%1 个声道，%2 Hz）：只能读取 8,000 至 48,000 Hz 的单声道或双声道录音。</translation>
    </message>
    <message>
        <source>The recording holds no sound.</source>
        <translation>录音中没有声音数据。</translation>
    </message>
    <message>
        <source>The WAV header is damaged (no format or sound chunk).</source>
        <translation>WAV 文件头已损坏（没有格式块或声音数据块）。</translation>
    </message>
    <message>
        <source>Neither a WAV nor an MP3 file (no RIFF header, no MP3 frames).</source>
        <translation>既不是 WAV 也不是 MP3 文件（没有 RIFF 文件头，也没有 MP3 帧）。</translation>
    </message>
    <message>
        <source>PCM 16-bit</source>
        <translation>PCM 16 位</translation>
    </message>
    <message>
        <source>G.711 A-law</source>
        <translation>G.711 A 律</translation>
    </message>
    <message>
        <source>G.711 µ-law</source>
        <translation>G.711 µ 律</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <source>A RIFF file that is not WAV sound.</source>
        <translation>这是 RIFF 文件，但不是 WAV 声音文件。</translation>
    </message>
    <message>
        <source>Cannot open the file: %1</source>
        <translation>无法打开文件：%1</translation>
    </message>
    <message>
        <source>Not a WAV file: MP3 is decoded by the player.</source>
        <translation>不是 WAV 文件：MP3 由播放器解码。</translation>
    </message>
    <message>
        <source>Only PCM, A-law and µ-law WAV files are written.</source>
        <translation>只能写入 PCM、A 律和 µ 律 WAV 文件。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The marker no longer exists.</source>
        <translation>该标记已不存在。</translation>
    </message>
    <message>
        <source>Marker comment: required.</source>
        <translation>标记备注：必填。</translation>
    </message>
    <message>
        <source>Marker comment: at most %1 characters.</source>
        <translation>标记备注：最多 %1 个字符。</translation>
    </message>
    <message>
        <source>Only the QA inspector who placed a marker, or the QA lead, may change or remove it.</source>
        <translation>只有添加该标记的质检员或质检组长可以修改或删除它。</translation>
    </message>
    <message>
        <source>The recording is not in the catalogue.</source>
        <translation>录音不在录音目录中。</translation>
    </message>
    <message>
        <source>You may listen to a recording only when you are a QA inspector or lead, or when it is one of your own evaluated calls.</source>
        <translation>只有质检员、组长，或该录音已质检评分的坐席本人可以收听此录音。</translation>
    </message>
    <message>
        <source>Marker position: %1 lies outside the recording (00:00–%2).</source>
        <translation>标记位置：%1 超出录音范围（00:00–%2）。</translation>
    </message>
    <message>
        <source>The marker at %1 is cited by a submitted evaluation and stays.</source>
        <translation>%1 处的标记已被提交的质检评分引用，不能删除。</translation>
    </message>
    <message>
        <source>The demo store has no administrator or team lead.</source>
        <translation>演示库中没有管理员或组长。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>The file-name pattern is empty.</source>
        <translation>文件名规则为空。</translation>
    </message>
    <message>
        <source>The file-name pattern has a { without its }: %1</source>
        <translation>文件名规则中有 { 缺少对应的 }：%1</translation>
    </message>
    <message>
        <source>Unknown field {%1} in the file-name pattern; the fields are {date}, {time}, {datetime}, {agent}, {caller}, {callid} and {direction}.</source>
        <translation>文件名规则中有未知字段 {%1}；可用字段为 {date}、{time}、{datetime}、{agent}、{caller}、{callid} 和 {direction}。</translation>
    </message>
    <message>
        <source>The field {%1} appears twice in the file-name pattern.</source>
        <translation>字段 {%1} 在文件名规则中出现了两次。</translation>
    </message>
    <message>
        <source>The file-name pattern has a } without its {: %1</source>
        <translation>文件名规则中有 } 缺少对应的 {：%1</translation>
    </message>
    <message>
        <source>The file-name pattern must give the call&apos;s start: {date} and {time}, or {datetime}.</source>
        <translation>文件名规则必须包含通话开始时间：{date} 和 {time}，或 {datetime}。</translation>
    </message>
    <message>
        <source>The file-name pattern cannot be used: %1</source>
        <translation>无法使用该文件名规则：%1</translation>
    </message>
    <message>
        <source>The file name does not match the pattern %1.</source>
        <translation>文件名与规则 %1 不符。</translation>
    </message>
    <message>
        <source>%1 in the file name is not a date.</source>
        <translation>文件名中的 %1 不是有效日期。</translation>
    </message>
    <message>
        <source>%1 in the file name is not a time of day.</source>
        <translation>文件名中的 %1 不是有效时间。</translation>
    </message>
    <message>
        <source>%1 in the file name is not a date and time.</source>
        <translation>文件名中的 %1 不是有效的日期时间。</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>呼入</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>呼出</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>File missing</source>
        <translation>文件缺失</translation>
    </message>
    <message>
        <source>File changed</source>
        <translation>文件已变动</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>By call id</source>
        <translation>按通话流水号</translation>
    </message>
    <message>
        <source>By caller and time</source>
        <translation>按来电号码和时间</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>手工关联</translation>
    </message>
    <message>
        <source>Not linked</source>
        <translation>未关联</translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation>无法读取该文件</translation>
    </message>
    <message>
        <source>no row of the CSV file describes this recording</source>
        <translation>CSV 文件中没有描述该录音的行</translation>
    </message>
    <message>
        <source>cannot create the folder %1 in the managed folder</source>
        <translation>无法在受管文件夹中创建文件夹 %1</translation>
    </message>
    <message>
        <source>another file already has the name %1 in the managed folder</source>
        <translation>受管文件夹中已有同名文件 %1</translation>
    </message>
    <message>
        <source>cannot copy the file into the managed folder %1</source>
        <translation>无法将文件复制到受管文件夹 %1</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>Cannot create the managed folder %1.</source>
        <translation>无法创建受管文件夹 %1。</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1，第 %2 行</translation>
    </message>
    <message>
        <source>The recording no longer exists.</source>
        <translation>该录音已不存在。</translation>
    </message>
    <message>
        <source>The work order no longer exists.</source>
        <translation>该工单已不存在。</translation>
    </message>
    <message>
        <source>You may listen only to the recordings of your own calls.</source>
        <translation>您只能收听本人通话的录音。</translation>
    </message>
    <message>
        <source>Choose the work order to link.</source>
        <translation>请选择要关联的工单。</translation>
    </message>
    <message>
        <source>Cannot read the CSV file %1: %2</source>
        <translation>无法读取 CSV 文件 %1：%2</translation>
    </message>
    <message>
        <source>The CSV file is empty: it needs a header row.</source>
        <translation>CSV 文件为空：需要有表头行。</translation>
    </message>
    <message>
        <source>The CSV header row needs a start column (start / 开始时间) and a file name (file / 文件名) or call id (call id / 通话流水号) column.</source>
        <translation>CSV 表头需要有开始时间列（start / 开始时间），以及文件名列（file / 文件名）或通话流水号列（call id / 通话流水号）。</translation>
    </message>
    <message>
        <source>the start &quot;%1&quot; is not a date and time</source>
        <translation>开始时间“%1”不是有效的日期时间</translation>
    </message>
    <message>
        <source>the duration &quot;%1&quot; is neither seconds nor h:mm:ss</source>
        <translation>时长“%1”既不是秒数也不是 时:分:秒 格式</translation>
    </message>
    <message>
        <source>the direction &quot;%1&quot; is neither in (呼入) nor out (呼出)</source>
        <translation>方向“%1”既不是呼入（in）也不是呼出（out）</translation>
    </message>
    <message>
        <source>the row has neither a file name nor a call id</source>
        <translation>该行既没有文件名也没有通话流水号</translation>
    </message>
</context>
<context>
    <name>hotline::reports</name>
    <message>
        <source>Reading the work orders failed: %1</source>
        <translation>读取工单失败：%1</translation>
    </message>
    <message>
        <source>Period: the first day must be a valid date no later than the last.</source>
        <translation>统计期间：起始日期须为有效日期，且不晚于结束日期。</translation>
    </message>
    <message>
        <source>State the purpose of exporting full taxpayer IDs and phone numbers (at least 4 characters); it is kept in the audit log.</source>
        <translation>导出完整的纳税人识别号和电话号码须填写用途（至少 4 个字），用途将记入审计日志。</translation>
    </message>
    <message>
        <source>Work orders</source>
        <translation>工单明细</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>导出已取消，未生成文件。</translation>
    </message>
    <message>
        <source>The export could not be recorded in the audit log, so the file was removed: %1</source>
        <translation>导出未能记入审计日志，文件已删除：%1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>the folder does not exist.</source>
        <translation>文件夹不存在。</translation>
    </message>
    <message>
        <source>it is a folder.</source>
        <translation>这是一个文件夹。</translation>
    </message>
    <message>
        <source>the folder cannot be written (%1).</source>
        <translation>该文件夹不可写入（%1）。</translation>
    </message>
    <message>
        <source>the workbook could not be started.</source>
        <translation>无法创建工作簿。</translation>
    </message>
    <message>
        <source>the finished file could not be put in place.</source>
        <translation>生成的文件无法移动到目标位置。</translation>
    </message>
    <message>
        <source>Work order no.</source>
        <translation>工单编号</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>受理渠道</translation>
    </message>
    <message>
        <source>Caller number</source>
        <translation>来电号码</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <source>Taxpayer ID</source>
        <translation>纳税人识别号</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Contact number</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>业务分类</translation>
    </message>
    <message>
        <source>Difficulty</source>
        <translation>难度</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>Reply due</source>
        <translation>答复期限</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>办结时间</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>咨询问题</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>答复内容</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>Choose a valid day for the summary.</source>
        <translation>请选择有效的汇总日期。</translation>
    </message>
    <message>
        <source>The period must start on or before its last day and span at most %1 days.</source>
        <translation>统计期间的起始日期不能晚于结束日期，且最长 %1 天。</translation>
    </message>
    <message>
        <source>Uncategorised</source>
        <translation>未分类</translation>
    </message>
    <message>
        <source>Daily summary %1</source>
        <translation>每日汇总 %1</translation>
    </message>
    <message>
        <source>day off</source>
        <translation>休息日</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>受理量：</translation>
    </message>
    <message>
        <source>Resolved:</source>
        <translation>办结量：</translation>
    </message>
    <message>
        <source>Of the day&apos;s resolved the same day:</source>
        <translation>当日受理当日办结：</translation>
    </message>
    <message>
        <source>Open at the end of the day:</source>
        <translation>日终未办结：</translation>
    </message>
    <message>
        <source>Overdue at the end of the day:</source>
        <translation>日终逾期：</translation>
    </message>
    <message>
        <source>Of the day&apos;s overdue:</source>
        <translation>当日受理中逾期：</translation>
    </message>
    <message>
        <source>Satisfaction:</source>
        <translation>满意率：</translation>
    </message>
    <message>
        <source>%1 of %2 rated (target %3%)</source>
        <translation>%1（评价 %2 条，目标 %3%）</translation>
    </message>
    <message>
        <source>By category:</source>
        <translation>按业务分类：</translation>
    </message>
    <message>
        <source>By channel:</source>
        <translation>按渠道：</translation>
    </message>
    <message>
        <source>By agent (received / resolved / overdue / satisfaction):</source>
        <translation>按坐席（受理 / 办结 / 逾期 / 满意率）：</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>汇总</translation>
    </message>
    <message>
        <source>Satisfaction answers</source>
        <translation>满意度评价数</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>业务大类</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>业务小类</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>坐席</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>超时工单数</translation>
    </message>
    <message>
        <source>Rated</source>
        <translation>评价数</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Work orders received</source>
        <translation>受理工单数</translation>
    </message>
    <message>
        <source>Work orders resolved</source>
        <translation>办结量</translation>
    </message>
    <message>
        <source>Choose a valid month.</source>
        <translation>请选择有效的月份。</translation>
    </message>
    <message>
        <source>The plan&apos;s version cannot be negative.</source>
        <translation>改进方案的版本号不能为负数。</translation>
    </message>
    <message>
        <source>The improvement plan of %1 no longer exists in the version you edited; reload it.</source>
        <translation>%1 的改进方案已不是您编辑时的版本，请重新加载。</translation>
    </message>
    <message>
        <source>The improvement plan of %1 was saved by %2 (version %3) after you opened it (version %4); reload it and apply your changes again.</source>
        <translation>您打开 %1 的改进方案（第 %4 版）后，%2 已保存了新版本（第 %3 版）；请重新加载后再修改。</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>请选择要保存的文件。</translation>
    </message>
    <message>
        <source>%1-%2</source>
        <translation>%1年%2月</translation>
    </message>
    <message>
        <source>Complaints received</source>
        <translation>受理投诉数</translation>
    </message>
    <message>
        <source>Severity: minor</source>
        <translation>严重程度：轻微</translation>
    </message>
    <message>
        <source>Severity: normal</source>
        <translation>严重程度：一般</translation>
    </message>
    <message>
        <source>Severity: serious</source>
        <translation>严重程度：严重</translation>
    </message>
    <message>
        <source>Status: open</source>
        <translation>状态：待处理</translation>
    </message>
    <message>
        <source>Status: investigating</source>
        <translation>状态：调查中</translation>
    </message>
    <message>
        <source>Status: replied</source>
        <translation>状态：已答复</translation>
    </message>
    <message>
        <source>Status: closed</source>
        <translation>状态：已办结</translation>
    </message>
    <message>
        <source>Result: upheld</source>
        <translation>认定结果：投诉成立</translation>
    </message>
    <message>
        <source>Result: partly upheld</source>
        <translation>认定结果：部分成立</translation>
    </message>
    <message>
        <source>Result: not upheld</source>
        <translation>认定结果：不成立</translation>
    </message>
    <message>
        <source>Result: not decided yet</source>
        <translation>认定结果：尚未认定</translation>
    </message>
    <message>
        <source>Closed in the month (whenever received)</source>
        <translation>本月办结投诉数（不论受理时间）</translation>
    </message>
    <message>
        <source>Period %1 to %2; made %3</source>
        <translation>统计期间 %1 至 %2；生成时间 %3</translation>
    </message>
    <message>
        <source>1. Volume and handling</source>
        <translation>一、受理与办理概况</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Change vs the previous month</source>
        <translation>环比</translation>
    </message>
    <message>
        <source>Resolved work orders</source>
        <translation>已办结工单数</translation>
    </message>
    <message>
        <source>Resolved within the deadline</source>
        <translation>按时办结数</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>未办结工单数</translation>
    </message>
    <message>
        <source>Monthly trend</source>
        <translation>月度趋势</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Work order count</source>
        <translation>工单数</translation>
    </message>
    <message>
        <source>Work orders received per month</source>
        <translation>各月受理工单数</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>分类统计</translation>
    </message>
    <message>
        <source>No work orders were received in this month.</source>
        <translation>本月未受理工单。</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Work orders by category</source>
        <translation>工单业务分类构成</translation>
    </message>
    <message>
        <source>By channel</source>
        <translation>渠道统计</translation>
    </message>
    <message>
        <source>2. Reply-deadline compliance</source>
        <translation>二、答复时限达标情况</translation>
    </message>
    <message>
        <source>Due in the month</source>
        <translation>本月到期数</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>按时答复</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>未到期</translation>
    </message>
    <message>
        <source>Compliance rate</source>
        <translation>达标率</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Deadlines per agent</source>
        <translation>坐席时限</translation>
    </message>
    <message>
        <source>3. Most frequent questions and their standard answers</source>
        <translation>三、热点问题及标准答复</translation>
    </message>
    <message>
        <source>No knowledge-base article was linked to this month&apos;s work orders.</source>
        <translation>本月工单未关联知识库文章。</translation>
    </message>
    <message>
        <source>%1 (not published)</source>
        <translation>%1（未发布）</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Standard answer</source>
        <translation>标准答复</translation>
    </message>
    <message>
        <source>4. Satisfaction</source>
        <translation>四、满意度</translation>
    </message>
    <message>
        <source>No satisfaction ratings in this month.</source>
        <translation>本月无满意度评价。</translation>
    </message>
    <message>
        <source>Satisfaction rate %1 of %2 rated (target %3%: %4).</source>
        <translation>满意率 %1，参评 %2 件（目标 %3%：%4）。</translation>
    </message>
    <message>
        <source>met</source>
        <translation>已达标</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>未达标</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>全体</translation>
    </message>
    <message>
        <source>Rated in all</source>
        <translation>参评合计</translation>
    </message>
    <message>
        <source>Satisfaction rate</source>
        <translation>满意率</translation>
    </message>
    <message>
        <source>Satisfaction rate per agent</source>
        <translation>各坐席满意率</translation>
    </message>
    <message>
        <source>Target %1%</source>
        <translation>目标 %1%</translation>
    </message>
    <message>
        <source>5. Complaints</source>
        <translation>五、投诉情况</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>6. Quality assurance per agent</source>
        <translation>六、坐席质检情况</translation>
    </message>
    <message>
        <source>Evaluated</source>
        <translation>已评分</translation>
    </message>
    <message>
        <source>Sampled</source>
        <translation>抽检计划</translation>
    </message>
    <message>
        <source>Sampled and evaluated</source>
        <translation>抽检已评</translation>
    </message>
    <message>
        <source>Average score</source>
        <translation>平均分</translation>
    </message>
    <message>
        <source>Pass rate</source>
        <translation>合格率</translation>
    </message>
    <message>
        <source>Fatal items</source>
        <translation>致命项</translation>
    </message>
    <message>
        <source>7. Improvement plan</source>
        <translation>七、改进方案</translation>
    </message>
    <message>
        <source>No improvement plan was written for this month.</source>
        <translation>本月尚未填写改进方案。</translation>
    </message>
    <message>
        <source>A PDF can only be made by a graphical application (QGuiApplication).</source>
        <translation>只有图形界面程序（QGuiApplication）才能生成 PDF。</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>the PDF could not be drawn.</source>
        <translation>无法绘制 PDF。</translation>
    </message>
    <message>
        <source>12366 Tax Service Hotline monthly analysis report %1-%2</source>
        <translation>12366纳税服务热线月度分析报告 %1年%2月</translation>
    </message>
    <message>
        <source>No calls were evaluated in this month.</source>
        <translation>本月没有质检评分。</translation>
    </message>
    <message>
        <source>The QA summary is shown only to team leads, who may read every evaluation.</source>
        <translation>质检汇总仅向可查阅全部评分的班长显示。</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Reply deadlines</source>
        <translation>时限达标</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>QA</source>
        <translation>质检</translation>
    </message>
    <message>
        <source>Hot questions</source>
        <translation>热点问题</translation>
    </message>
    <message>
        <source>Improvement plan</source>
        <translation>改进方案</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>生成时间</translation>
    </message>
    <message>
        <source>Volume and handling</source>
        <translation>受理与办理概况</translation>
    </message>
    <message>
        <source>Reply-deadline compliance</source>
        <translation>答复时限达标情况</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Target met</source>
        <translation>是否达标</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>质检评分数</translation>
    </message>
    <message>
        <source>See the sheet %1.</source>
        <translation>详见工作表“%1”。</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>合格数</translation>
    </message>
    <message>
        <source>Version %1, saved by %2 on %3.</source>
        <translation>第 %1 版，%2 保存于 %3。</translation>
    </message>
    <message>
        <source>Online chats rated:</source>
        <translation>在线咨询评价：</translation>
    </message>
    <message>
        <source>%1 of %2 rated</source>
        <translation>%1（共%2条评价）</translation>
    </message>
    <message>
        <source>Online conversations:</source>
        <translation>在线咨询会话：</translation>
    </message>
    <message>
        <source>%1 (robot %2, agents&apos; queue %3), %4 served by a person, %5 left messages</source>
        <translation>%1（智能机器人%2，人工排队%3），人工接待%4，登记回访%5</translation>
    </message>
    <message>
        <source>Robot answers rated:</source>
        <translation>机器人答复评价：</translation>
    </message>
    <message>
        <source>%1, helpful %2 (%3)</source>
        <translation>%1，有用%2（%3）</translation>
    </message>
    <message>
        <source>Of them online chat ratings</source>
        <translation>其中在线咨询评价</translation>
    </message>
    <message>
        <source>Online conversations</source>
        <translation>在线咨询会话</translation>
    </message>
    <message>
        <source>Started with the robot</source>
        <translation>智能机器人接待</translation>
    </message>
    <message>
        <source>Started in the agents&apos; queue</source>
        <translation>人工坐席排队</translation>
    </message>
    <message>
        <source>Served by an online agent</source>
        <translation>在线坐席接待</translation>
    </message>
    <message>
        <source>Left messages (call back)</source>
        <translation>登记回访（留言）</translation>
    </message>
    <message>
        <source>Robot answers rated</source>
        <translation>机器人答复评价数</translation>
    </message>
    <message>
        <source>Rated helpful</source>
        <translation>评为有用</translation>
    </message>
    <message>
        <source>Online chats&apos; satisfaction:</source>
        <translation>在线咨询满意率：</translation>
    </message>
    <message>
        <source>Robot answers helpful:</source>
        <translation>机器人答复有用率：</translation>
    </message>
    <message>
        <source>Rated not helpful</source>
        <translation>评为没用</translation>
    </message>
    <message>
        <source>Online consultation</source>
        <translation>网上咨询</translation>
    </message>
    <message>
        <source>Robot answers helpful rate</source>
        <translation>机器人答复有用率</translation>
    </message>
    <message>
        <source>Of them post-call surveys</source>
        <translation>其中通话后评价</translation>
    </message>
    <message>
        <source>Of them return visits</source>
        <translation>其中回访</translation>
    </message>
    <message>
        <source>Online chats&apos; satisfaction rate</source>
        <translation>在线咨询满意率</translation>
    </message>
    <message>
        <source>The period must have a start date on or before its end date.</source>
        <translation>统计期间的开始日期不能晚于结束日期。</translation>
    </message>
</context>
<context>
    <name>hotline::robot</name>
    <message>
        <source>The gap no longer exists.</source>
        <translation>该知识缺口已不存在。</translation>
    </message>
    <message>
        <source>This question is already registered for follow-up or closed.</source>
        <translation>该问题已登记跟进或已关闭。</translation>
    </message>
    <message>
        <source>This gap is already closed.</source>
        <translation>该知识缺口已关闭。</translation>
    </message>
    <message>
        <source>Article: choose a published article that answers the question.</source>
        <translation>知识条目：请选择一条能解答该问题的已发布条目。</translation>
    </message>
    <message>
        <source>Question: type what you want to know.</source>
        <translation>问题：请输入您想咨询的内容。</translation>
    </message>
</context>
<context>
    <name>hotline::satisfaction</name>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Basically satisfied</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>上门</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>未联系上</translation>
    </message>
    <message>
        <source>The work order no longer exists.</source>
        <translation>该工单已不存在。</translation>
    </message>
    <message>
        <source>Only the work order&apos;s owner or a team lead may record a return visit on it.</source>
        <translation>只有工单负责人或班长可以登记该工单的回访。</translation>
    </message>
    <message>
        <source>The time of the return visit cannot be in the future.</source>
        <translation>回访时间不能晚于当前时间。</translation>
    </message>
    <message>
        <source>The return visit cannot be before the work order was received.</source>
        <translation>回访时间不能早于工单受理时间。</translation>
    </message>
    <message>
        <source>The note has %1 characters; at most %2 are allowed.</source>
        <translation>备注有 %1 个字，最多 %2 个字。</translation>
    </message>
    <message>
        <source>The period must have a start date on or before its end date.</source>
        <translation>统计期间的开始日期不能晚于结束日期。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>The file %1 is empty.</source>
        <translation>文件 %1 是空的。</translation>
    </message>
    <message>
        <source>The first row of %1 must name the columns: a call time (通话时间), a rating (评价 or 满意度) and a call id (通话流水号) or caller number (主叫号码).</source>
        <translation>%1 的第一行必须是列名：通话时间、评价（或满意度），以及通话流水号或主叫号码。</translation>
    </message>
    <message>
        <source>neither a call id nor a caller number</source>
        <translation>既没有通话流水号也没有主叫号码</translation>
    </message>
    <message>
        <source>no call time</source>
        <translation>缺少通话时间</translation>
    </message>
    <message>
        <source>the call time &quot;%1&quot; is not a date and time such as 2025-09-30 10:15:30</source>
        <translation>通话时间“%1”不是有效的日期时间（如 2025-09-30 10:15:30）</translation>
    </message>
    <message>
        <source>no rating</source>
        <translation>缺少评价</translation>
    </message>
    <message>
        <source>the rating &quot;%1&quot; is none of 满意, 基本满意, 不满意 or 1–5</source>
        <translation>评价“%1”不是满意、基本满意、不满意或 1–5 之一</translation>
    </message>
    <message>
        <source>The return-visit plan item no longer exists.</source>
        <translation>该回访计划条目已不存在。</translation>
    </message>
    <message>
        <source>The return-visit plan item is for another work order.</source>
        <translation>该回访计划条目属于另一张工单。</translation>
    </message>
    <message>
        <source>Whether the problem was resolved is asked only of a taxpayer who was reached.</source>
        <translation>只有联系上纳税人时才询问问题是否解决。</translation>
    </message>
</context>
<context>
    <name>hotline::security</name>
    <message>
        <source>Phone agent</source>
        <translation>话务员</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>技术员</translation>
    </message>
    <message>
        <source>Online agent</source>
        <translation>在线坐席</translation>
    </message>
    <message>
        <source>QA inspector</source>
        <translation>质检员</translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation>组长</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>An operator&apos;s name must have 1 to 20 characters.</source>
        <translation>操作员姓名须为 1 至 20 个字符。</translation>
    </message>
    <message>
        <source>An operator named %1 already exists.</source>
        <translation>已存在名为 %1 的操作员。</translation>
    </message>
    <message>
        <source>The name or the password is wrong.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>Too many failed logins under this name: it is locked until %1. Try again then, or ask an administrator to reset the password.</source>
        <translation>该用户名登录失败次数过多，已锁定至 %1。请届时再试，或请管理员重置密码。</translation>
    </message>
    <message>
        <source>The account no longer exists.</source>
        <translation>该账号已不存在。</translation>
    </message>
    <message>
        <source>At least one active administrator must remain: make another account administrator first.</source>
        <translation>必须至少保留一名启用中的管理员：请先将其他账号设为管理员。</translation>
    </message>
    <message>
        <source>This store already has accounts; log in with yours.</source>
        <translation>此数据文件已有账号，请使用您的账号登录。</translation>
    </message>
    <message>
        <source>Enter your name and your password.</source>
        <translation>请输入用户名和密码。</translation>
    </message>
    <message>
        <source>This account does not exist or has been deactivated; log in again.</source>
        <translation>该账号不存在或已停用，请重新登录。</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>当前密码错误。</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>新密码不能与当前密码相同。</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account.</source>
        <translation>不能停用自己的账号。</translation>
    </message>
    <message>
        <source>entry %1 of station %2 (%3) was edited: its content does not match its hash</source>
        <translation>工作站 %2 的第 %1 条记录（%3）已被篡改：内容与其哈希值不符</translation>
    </message>
    <message>
        <source>entries %1 to %2 of station %3 were removed: the numbering jumps to entry %4 (%5)</source>
        <translation>工作站 %3 的第 %1 至 %2 条记录已被删除：编号直接跳到第 %4 条（%5）</translation>
    </message>
    <message>
        <source>entry %1 of station %2 (%3) was replaced or its hash rewritten: the chain after it no longer matches</source>
        <translation>工作站 %2 的第 %1 条记录（%3）已被替换或重算了哈希值：其后的哈希链不再吻合</translation>
    </message>
    <message>
        <source>entries %1 to %2 of station %3 were removed: the log ends at entry %4 (%5) but had reached entry %2</source>
        <translation>工作站 %3 的第 %1 至 %2 条记录已被删除：日志止于第 %4 条（%5），但此前已记到第 %2 条</translation>
    </message>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation>密码至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>A password may have at most %1 characters.</source>
        <translation>密码最多只能有 %1 个字符。</translation>
    </message>
    <message>
        <source>A password may not contain control characters.</source>
        <translation>密码不能包含控制字符。</translation>
    </message>
    <message>
        <source>A password needs both letters and digits.</source>
        <translation>密码须同时包含字母和数字。</translation>
    </message>
    <message>
        <source>Not enough memory to protect the password; close other programs and try again.</source>
        <translation>内存不足，无法对密码进行加密保护；请关闭其他程序后重试。</translation>
    </message>
    <message>
        <source>This account has no valid role.</source>
        <translation>该账号没有有效的岗位。</translation>
    </message>
    <message>
        <source>manage accounts</source>
        <translation>管理账号</translation>
    </message>
    <message>
        <source>manage work-order categories</source>
        <translation>管理工单业务分类</translation>
    </message>
    <message>
        <source>change work orders of others</source>
        <translation>修改他人负责的工单</translation>
    </message>
    <message>
        <source>see full taxpayer IDs and phone numbers</source>
        <translation>查看完整的纳税人识别号和电话号码</translation>
    </message>
    <message>
        <source>reveal full taxpayer IDs and phone numbers of one&apos;s own work orders</source>
        <translation>查看本人负责工单中完整的纳税人识别号和电话号码</translation>
    </message>
    <message>
        <source>export data</source>
        <translation>导出数据</translation>
    </message>
    <message>
        <source>run bulk queries</source>
        <translation>进行批量查询</translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation>查看审计日志</translation>
    </message>
    <message>
        <source>Your role (%1) may not %2.</source>
        <translation>您的岗位（%1）无权%2。</translation>
    </message>
    <message>
        <source>Full taxpayer data can be revealed only on your own work orders; ask its owner or a team lead.</source>
        <translation>只能查看自己负责的工单中的完整纳税人信息；请联系该工单的负责人或组长。</translation>
    </message>
    <message>
        <source>write knowledge-base drafts</source>
        <translation>编写知识库草稿</translation>
    </message>
    <message>
        <source>review knowledge-base articles</source>
        <translation>审核知识库条目</translation>
    </message>
    <message>
        <source>manage the knowledge base&apos;s categories, synonyms and lists</source>
        <translation>管理知识库的分类、同义词和列表</translation>
    </message>
    <message>
        <source>import call recordings</source>
        <translation>导入通话录音</translation>
    </message>
    <message>
        <source>listen to every agent&apos;s recordings and evaluations</source>
        <translation>收听所有坐席的录音并查看全部质检评分</translation>
    </message>
    <message>
        <source>score recorded and live calls</source>
        <translation>对录音和实时通话进行质检评分</translation>
    </message>
    <message>
        <source>edit scorecards and the sampling plan, decide appeals</source>
        <translation>编辑评分表和抽检计划，处理申诉</translation>
    </message>
    <message>
        <source>import post-call satisfaction survey results</source>
        <translation>导入满意度评价结果</translation>
    </message>
    <message>
        <source>An agent number has at most 20 characters.</source>
        <translation>坐席工号最多 20 个字符。</translation>
    </message>
    <message>
        <source>%1 already has the agent number %2.</source>
        <translation>%1 已使用坐席工号 %2。</translation>
    </message>
    <message>
        <source>Expert team</source>
        <translation>远程专业团队</translation>
    </message>
    <message>
        <source>Quality manager</source>
        <translation>质量管理员</translation>
    </message>
    <message>
        <source>answer questions transferred to the expert team</source>
        <translation>答复转办至专家团队的问题</translation>
    </message>
    <message>
        <source>handle complaints</source>
        <translation>处理投诉</translation>
    </message>
    <message>
        <source>plan return visits</source>
        <translation>制定回访计划</translation>
    </message>
    <message>
        <source>keep the training record</source>
        <translation>管理培训记录</translation>
    </message>
    <message>
        <source>manage the materials library</source>
        <translation>管理资料库</translation>
    </message>
    <message>
        <source>record withholding-client versions</source>
        <translation>登记扣缴端版本</translation>
    </message>
    <message>
        <source>answer taxpayers&apos; online chats</source>
        <translation>解答纳税人在线咨询</translation>
    </message>
    <message>
        <source>edit the standard service wording</source>
        <translation>编辑服务用语</translation>
    </message>
</context>
<context>
    <name>hotline::sync</name>
    <message>
        <source>The central store failed (%1): %2</source>
        <translation>中心库操作失败（%1）：%2</translation>
    </message>
    <message>
        <source>The central store setting must start with sqlite: or odbc: (got &quot;%1&quot;).</source>
        <translation>中心库设置必须以 sqlite: 或 odbc: 开头（当前为“%1”）。</translation>
    </message>
    <message>
        <source>The central store cannot be reached: %1</source>
        <translation>无法连接中心库：%1</translation>
    </message>
    <message>
        <source>The central store has schema %1, newer than this HotlineDesk knows (%2). Update HotlineDesk to synchronise; until then this workstation keeps working on its own.</source>
        <translation>中心库的数据结构版本为 %1，高于本版 HotlineDesk 支持的版本（%2）。请升级 HotlineDesk 后再同步；在此之前本工作站可继续单机使用。</translation>
    </message>
    <message>
        <source>Upgrading the central store to schema %1 failed and was undone: %2</source>
        <translation>中心库升级到数据结构版本 %1 失败，已撤销：%2</translation>
    </message>
    <message>
        <source>Only a team lead or an administrator may restore a value that lost a concurrent edit.</source>
        <translation>只有组长或管理员可以恢复在并发修改中被覆盖的值。</translation>
    </message>
    <message>
        <source>The conflict no longer exists.</source>
        <translation>该冲突记录已不存在。</translation>
    </message>
    <message>
        <source>Only work-order fields can be restored here.</source>
        <translation>此处只能恢复工单字段。</translation>
    </message>
    <message>
        <source>The work order no longer exists.</source>
        <translation>该工单已不存在。</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; cannot be restored here; change it in the work order itself.</source>
        <translation>字段“%1”不能在此恢复，请在工单中直接修改。</translation>
    </message>
    <message>
        <source>unknown kind of record &quot;%1&quot;</source>
        <translation>未知的记录类型“%1”</translation>
    </message>
    <message>
        <source>missing or overlong record id</source>
        <translation>记录编号缺失或过长</translation>
    </message>
    <message>
        <source>the fields are not a JSON object</source>
        <translation>字段内容不是 JSON 对象</translation>
    </message>
    <message>
        <source>the record is larger than %1 KB</source>
        <translation>记录超过 %1 KB</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; of %2</source>
        <translation>%2 中有未知字段“%1”</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; holds a list or an object</source>
        <translation>字段“%1”的值是列表或对象</translation>
    </message>
    <message>
        <source>a change to a record this workstation does not have</source>
        <translation>本工作站没有这条记录，无法应用其修改</translation>
    </message>
</context>
<context>
    <name>hotline::telephony</name>
    <message>
        <source>No HotlineDesk workstation is running for this user (%1).</source>
        <translation>当前用户没有正在运行的 HotlineDesk 工作台（%1）。</translation>
    </message>
    <message>
        <source>The workstation did not take the call: %1</source>
        <translation>工作台未接收来电：%1</translation>
    </message>
    <message>
        <source>The workstation did not answer in time.</source>
        <translation>工作台未及时响应。</translation>
    </message>
    <message>
        <source>The screen-pop message has no caller number.</source>
        <translation>来电弹屏消息中缺少来电号码。</translation>
    </message>
    <message>
        <source>Another HotlineDesk workstation already listens for calls (%1).</source>
        <translation>已有另一个 HotlineDesk 工作台在监听来电（%1）。</translation>
    </message>
</context>
<context>
    <name>hotline::text</name>
    <message>
        <source>Line %1: a quote inside an unquoted field.</source>
        <translation>第 %1 行：未加引号的字段中出现了引号。</translation>
    </message>
    <message>
        <source>Line %1: text after the closing quote of a field.</source>
        <translation>第 %1 行：字段的结束引号后还有文字。</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is never closed.</source>
        <translation>第 %1 行：带引号的字段没有结束引号。</translation>
    </message>
</context>
<context>
    <name>hotline::tickets</name>
    <message>
        <source>A category name must have 1 to 30 characters.</source>
        <translation>业务分类名称须为 1 至 30 个字符。</translation>
    </message>
    <message>
        <source>The category %1 already exists here.</source>
        <translation>同一级下已存在业务分类 %1。</translation>
    </message>
    <message>
        <source>Topics can only be added under a top-level group.</source>
        <translation>小类只能添加在一级大类之下。</translation>
    </message>
    <message>
        <source>The category no longer exists.</source>
        <translation>该业务分类已不存在。</translation>
    </message>
    <message numerus="yes">
        <source>%n work order(s) use this category; it cannot be removed.</source>
        <translation>
            <numerusform>有 %n 条工单使用此业务分类，无法删除。</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the topics of this group first.</source>
        <translation>请先删除该大类下的小类。</translation>
    </message>
    <message>
        <source>No unified social credit code was given.</source>
        <translation>未填写统一社会信用代码。</translation>
    </message>
    <message>
        <source>A unified social credit code has 18 characters; this one has %1.</source>
        <translation>统一社会信用代码应为 18 位，当前为 %1 位。</translation>
    </message>
    <message>
        <source>Illegal character %1 at position %2 of the unified social credit code: the letters I, O, S, V and Z are never used (I and O are usually 1 and 0).</source>
        <translation>统一社会信用代码第 %2 位的字符 %1 无效：代码中不使用字母 I、O、S、V、Z（I 和 O 通常应为 1 和 0）。</translation>
    </message>
    <message>
        <source>Illegal character %1 at position %2 of the unified social credit code: only digits and capital letters other than I, O, S, V and Z are used.</source>
        <translation>统一社会信用代码第 %2 位的字符 %1 无效：只能使用数字和除 I、O、S、V、Z 以外的大写字母。</translation>
    </message>
    <message>
        <source>Position 1 of a unified social credit code is the registration authority (1, 5, 9, Y and a few others), never %1.</source>
        <translation>统一社会信用代码第 1 位为登记管理部门代码（如 1、5、9、Y 等），不能是 %1。</translation>
    </message>
    <message>
        <source>A unified social credit code starting with 9 continues with 1 (enterprise), 2 (individual business) or 3 (farmers&apos; cooperative), not %1.</source>
        <translation>以 9 开头的统一社会信用代码，第 2 位应为 1（企业）、2（个体工商户）或 3（农民专业合作社），不能是 %1。</translation>
    </message>
    <message>
        <source>Positions 3-8 of a unified social credit code are the registering office&apos;s area code and must be digits; position %1 is %2.</source>
        <translation>统一社会信用代码第 3 至 8 位为登记管理机关行政区划码，必须是数字；第 %1 位却是 %2。</translation>
    </message>
    <message>
        <source>The check character of this unified social credit code should be %1, not %2: one of the characters was probably misheard or mistyped.</source>
        <translation>该统一社会信用代码的校验码应为 %1，而不是 %2：可能有字符听错或输错。</translation>
    </message>
    <message>
        <source>No resident ID number was given.</source>
        <translation>未填写居民身份证号码。</translation>
    </message>
    <message>
        <source>This looks like an old 15-digit ID number; the withholding client needs the 18-character number of the current ID card.</source>
        <translation>这似乎是旧版 15 位身份证号码；扣缴端需要使用现行居民身份证上的 18 位号码。</translation>
    </message>
    <message>
        <source>A resident ID number has 18 characters; this one has %1.</source>
        <translation>居民身份证号码应为 18 位，当前为 %1 位。</translation>
    </message>
    <message>
        <source>Illegal character %1 at position %2 of the resident ID number: the first 17 characters are digits.</source>
        <translation>居民身份证号码第 %2 位的字符 %1 无效：前 17 位必须是数字。</translation>
    </message>
    <message>
        <source>Illegal character %1 at position 18 of the resident ID number: the last character is a digit or X.</source>
        <translation>居民身份证号码第 18 位的字符 %1 无效：最后一位只能是数字或 X。</translation>
    </message>
    <message>
        <source>Unknown province code %1 in positions 1-2 of the resident ID number (Guangxi is 45).</source>
        <translation>居民身份证号码第 1 至 2 位的省级代码 %1 不存在（如广西为 45）。</translation>
    </message>
    <message>
        <source>Impossible birth date %1 in positions 7-14 of the resident ID number (yyyyMMdd).</source>
        <translation>居民身份证号码第 7 至 14 位的出生日期 %1 无效（格式为 yyyyMMdd）。</translation>
    </message>
    <message>
        <source>Birth date %1 in positions 7-14 of the resident ID number is before 1900.</source>
        <translation>居民身份证号码第 7 至 14 位的出生日期 %1 早于 1900 年。</translation>
    </message>
    <message>
        <source>Birth date %1 in positions 7-14 of the resident ID number is in the future.</source>
        <translation>居民身份证号码第 7 至 14 位的出生日期 %1 晚于当前日期。</translation>
    </message>
    <message>
        <source>The check digit of this resident ID number should be %1, not %2: one of the digits was probably misheard or mistyped.</source>
        <translation>该居民身份证号码的校验码应为 %1，而不是 %2：可能有数字听错或输错。</translation>
    </message>
    <message>
        <source>%1 is a service number (like 12366, 95xxx or 400 numbers), which only receives calls; ask for the caller&apos;s own mobile or landline.</source>
        <translation>%1 是服务号码（如 12366、95xxx 或 400 号码），只能呼入；请询问来电人本人的手机或固定电话号码。</translation>
    </message>
    <message>
        <source>A mobile number has 11 digits; %1 has %2.</source>
        <translation>手机号码应为 11 位，%1 为 %2 位。</translation>
    </message>
    <message>
        <source>Mobile numbers start with 13 to 19, not %1.</source>
        <translation>手机号码应以 13 至 19 开头，不能以 %1 开头。</translation>
    </message>
    <message>
        <source>A mobile number has no extension; remove %1 after %2.</source>
        <translation>手机号码没有分机号，请删除 %2 后面的 %1。</translation>
    </message>
    <message>
        <source>The landline %1 has no area code: add it in front, e.g. 0771 for Nanning.</source>
        <translation>固定电话 %1 缺少区号，请在号码前加上区号，如南宁为 0771。</translation>
    </message>
    <message>
        <source>%1 is not a mainland phone number: mobiles start with 1 and have 11 digits, landlines start with an area code such as 0771.</source>
        <translation>%1 不是中国大陆电话号码：手机号码以 1 开头，共 11 位；固定电话以区号开头，如 0771。</translation>
    </message>
    <message>
        <source>Unknown area code at the start of %1: area codes are 010, 02x or 0 followed by three digits starting with 3 to 9 (only +86 numbers are accepted).</source>
        <translation>%1 开头的区号无效：区号应为 010、02x，或 0 加上以 3 至 9 开头的三位数字（仅支持 +86 号码）。</translation>
    </message>
    <message>
        <source>%1 is only an area code; the local number is missing.</source>
        <translation>%1 只是区号，缺少本地号码。</translation>
    </message>
    <message>
        <source>The local number after area code %1 cannot start with %2.</source>
        <translation>区号 %1 后的本地号码不能以 %2 开头。</translation>
    </message>
    <message>
        <source>The local number after area code %1 has %2 digits; it should have 7 or 8.</source>
        <translation>区号 %1 后的本地号码为 %2 位，应为 7 位或 8 位。</translation>
    </message>
    <message>
        <source>Illegal character %1 at position %2 of the phone number.</source>
        <translation>电话号码第 %2 位的字符 %1 无效。</translation>
    </message>
    <message>
        <source>No phone number was given.</source>
        <translation>未填写电话号码。</translation>
    </message>
    <message>
        <source>The extension after %1 is missing.</source>
        <translation>%1 后缺少分机号。</translation>
    </message>
    <message>
        <source>An extension has at most 6 digits; %1 has %2.</source>
        <translation>分机号最多 6 位，%1 为 %2 位。</translation>
    </message>
    <message>
        <source>No taxpayer ID was given.</source>
        <translation>未填写纳税人识别号。</translation>
    </message>
    <message>
        <source>A taxpayer ID (unified social credit code or resident ID number) has 18 characters; this one has %1.</source>
        <translation>纳税人识别号（统一社会信用代码或居民身份证号码）应为 18 位，当前为 %1 位。</translation>
    </message>
    <message>
        <source>Only mainland China numbers (+86) are accepted; ask for a mainland mobile or landline.</source>
        <translation>仅支持中国大陆号码（+86），请询问来电人的大陆手机或固定电话号码。</translation>
    </message>
    <message>
        <source>Only a country code was given.</source>
        <translation>只填写了国家代码，缺少电话号码。</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>传真</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>现场</translation>
    </message>
    <message>
        <source>Difficult</source>
        <translation>疑难</translation>
    </message>
    <message>
        <source>Ordinary</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Awaiting reply</source>
        <translation>待回复</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>已转办</translation>
    </message>
    <message>
        <source>Awaiting return visit</source>
        <translation>待回访</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>caller number</source>
        <translation>来电号码</translation>
    </message>
    <message>
        <source>withholding unit</source>
        <translation>扣缴单位</translation>
    </message>
    <message>
        <source>taxpayer ID</source>
        <translation>纳税人识别号</translation>
    </message>
    <message>
        <source>contact name</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>contact number</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>category</source>
        <translation>业务分类</translation>
    </message>
    <message>
        <source>difficulty</source>
        <translation>难易程度</translation>
    </message>
    <message>
        <source>question</source>
        <translation>咨询问题</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>答复内容</translation>
    </message>
    <message>
        <source>reply deadline</source>
        <translation>答复期限</translation>
    </message>
    <message>
        <source>Caller number: required for a phone call.</source>
        <translation>来电号码：电话渠道的工单必须填写。</translation>
    </message>
    <message>
        <source>Caller number</source>
        <translation>来电号码</translation>
    </message>
    <message>
        <source>Contact number</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Taxpayer ID</source>
        <translation>纳税人识别号</translation>
    </message>
    <message>
        <source>Withholding unit: at most 100 characters.</source>
        <translation>扣缴单位：最多 100 个字符。</translation>
    </message>
    <message>
        <source>Contact name: at most 30 characters.</source>
        <translation>联系人：最多 30 个字符。</translation>
    </message>
    <message>
        <source>Question: write down what the caller asked.</source>
        <translation>咨询问题：请记录来电人咨询的内容。</translation>
    </message>
    <message>
        <source>Question or answer: too long (4,000 / 8,000 characters).</source>
        <translation>咨询问题或答复内容过长：咨询问题最多 4000 个字符，答复内容最多 8000 个字符。</translation>
    </message>
    <message>
        <source>Answer: a question resolved during the call needs its answer.</source>
        <translation>答复内容：通话中已解决的问题须填写答复内容。</translation>
    </message>
    <message>
        <source>Category: choose a topic of the category tree.</source>
        <translation>业务分类：请在分类树中选择一个小类。</translation>
    </message>
    <message>
        <source>Created and resolved during the call</source>
        <translation>新建，通话中已解决</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>The work order no longer exists.</source>
        <translation>该工单已不存在。</translation>
    </message>
    <message>
        <source>Work order %1 belongs to %2 (first-contact ownership). Ask %2 or a team lead to transfer it to you.</source>
        <translation>工单 %1 由 %2 负责（首次受理负责制）。请联系 %2 或组长将该工单移交给您。</translation>
    </message>
    <message>
        <source>Work order %1 was changed by someone else meanwhile. Reload it to see the changes.</source>
        <translation>工单 %1 已被他人修改。请重新载入该工单查看最新内容。</translation>
    </message>
    <message>
        <source>Changed %1</source>
        <translation>修改了%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>A work order that is %1 cannot become %2.</source>
        <translation>状态为“%1”的工单不能改为“%2”。</translation>
    </message>
    <message>
        <source>Record the answer given before marking the work order resolved.</source>
        <translation>请先填写答复内容，再将工单标记为已解决。</translation>
    </message>
    <message>
        <source>Reopened: %1 → %2</source>
        <translation>重新打开：%1 → %2</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>A transfer needs its reason.</source>
        <translation>请填写移交原因。</translation>
    </message>
    <message>
        <source>A closed work order cannot be transferred.</source>
        <translation>已关闭的工单不能移交。</translation>
    </message>
    <message>
        <source>The colleague to transfer to is unknown.</source>
        <translation>找不到接收移交的同事。</translation>
    </message>
    <message>
        <source>%1 already owns this work order.</source>
        <translation>%1 已是该工单的负责人。</translation>
    </message>
    <message>
        <source>Transferred from %1 to %2</source>
        <translation>由 %1 移交给 %2</translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation>备注内容为空。</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>the remote expert team</source>
        <translation>远程专业团队</translation>
    </message>
    <message>
        <source>Transferred to %1</source>
        <translation>转办至%1</translation>
    </message>
    <message>
        <source>Answer from %1</source>
        <translation>%1答复</translation>
    </message>
    <message>
        <source>Transfer to %1 withdrawn</source>
        <translation>撤回对%1的转办</translation>
    </message>
    <message>
        <source>Callback scheduled</source>
        <translation>已安排回呼</translation>
    </message>
    <message>
        <source>Callback: taxpayer reached</source>
        <translation>回呼：已联系上纳税人</translation>
    </message>
    <message>
        <source>Callback failed</source>
        <translation>回呼失败</translation>
    </message>
    <message>
        <source>Material sent by e-mail</source>
        <translation>已通过邮件发送资料</translation>
    </message>
    <message>
        <source>Material e-mail failed</source>
        <translation>资料邮件发送失败</translation>
    </message>
</context>
<context>
    <name>hotline::training</name>
    <message>
        <source>Attendees: %1 is not an active operator.</source>
        <translation>参训人员：%1 不是在用的坐席账号。</translation>
    </message>
    <message>
        <source>Topic: required, at most 200 characters.</source>
        <translation>主题：必填，最多 200 个字符。</translation>
    </message>
    <message>
        <source>Start: a valid date and time is required.</source>
        <translation>开始时间：请填写有效的日期和时间。</translation>
    </message>
    <message>
        <source>Duration: between 1 minute and 24 hours (1,440 minutes).</source>
        <translation>时长：1 分钟到 24 小时（1,440 分钟）。</translation>
    </message>
    <message>
        <source>Trainer: required, at most 100 characters.</source>
        <translation>培训讲师：必填，最多 100 个字符。</translation>
    </message>
    <message>
        <source>Location or materials: too long (200 / 4,000 characters).</source>
        <translation>地点或培训资料过长（200 / 4,000 个字符）。</translation>
    </message>
    <message>
        <source>Attendees: each operator at most once.</source>
        <translation>参训人员：每人只能出现一次。</translation>
    </message>
    <message>
        <source>This session was changed or removed by someone else; reload it and make your change again.</source>
        <translation>该培训已被他人修改或删除，请重新打开后再修改。</translation>
    </message>
    <message>
        <source>The session no longer exists.</source>
        <translation>该培训已不存在。</translation>
    </message>
</context>
<context>
    <name>hotline::ui::AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation>账号管理</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>At least 8 characters, letters and digits</source>
        <translation>至少 8 个字符，须含字母和数字</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>岗位(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Create account</source>
        <translation>创建账号(&amp;C)</translation>
    </message>
    <message>
        <source>For the selected account:</source>
        <translation>对选中的账号：</translation>
    </message>
    <message>
        <source>Set the &amp;role chosen above</source>
        <translation>设为上面所选的岗位(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>重新启用(&amp;A)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用中</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>No password yet</source>
        <translation>尚未设置密码</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>锁定至 %1</translation>
    </message>
    <message>
        <source>Account %1 created.</source>
        <translation>已创建账号 %1。</translation>
    </message>
    <message>
        <source>Select an account first.</source>
        <translation>请先选择一个账号。</translation>
    </message>
    <message>
        <source>The password has been reset.</source>
        <translation>密码已重置。</translation>
    </message>
    <message>
        <source>The role has been changed.</source>
        <translation>岗位已更改。</translation>
    </message>
    <message>
        <source>The account has been reactivated.</source>
        <translation>账号已重新启用。</translation>
    </message>
    <message>
        <source>The account has been deactivated.</source>
        <translation>账号已停用。</translation>
    </message>
    <message>
        <source>Re&amp;set its password to the one above</source>
        <translation>将密码重置为上面填写的密码(&amp;S)</translation>
    </message>
    <message>
        <source>Agent no.</source>
        <translation>坐席工号</translation>
    </message>
    <message>
        <source>As the PBX names the agent in recordings</source>
        <translation>与交换机录音中的坐席编号一致</translation>
    </message>
    <message>
        <source>A&amp;gent no.</source>
        <translation>坐席工号(&amp;G)</translation>
    </message>
    <message>
        <source>Set the agent n&amp;o. above</source>
        <translation>设置为上方的坐席工号(&amp;O)</translation>
    </message>
    <message>
        <source>The agent number has been set.</source>
        <translation>坐席工号已设置。</translation>
    </message>
</context>
<context>
    <name>hotline::ui::AgentClient</name>
    <message>
        <source>The online consultation service cannot be reached (%1).</source>
        <translation>无法连接网上咨询服务（%1）。</translation>
    </message>
    <message>
        <source>The online consultation service refused the request (HTTP %1).</source>
        <translation>网上咨询服务拒绝了请求（HTTP %1）。</translation>
    </message>
</context>
<context>
    <name>hotline::ui::AppealsWidget</name>
    <message>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <source>Scored at</source>
        <translation>评分时间</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>Agent&apos;s reason</source>
        <translation>坐席申诉理由</translation>
    </message>
    <message>
        <source>&amp;Uphold…</source>
        <translation>维持原判(&amp;U)…</translation>
    </message>
    <message>
        <source>Keep the score (维持原判), with the reason for the agent</source>
        <translation>维持原评分，并向坐席说明理由</translation>
    </message>
    <message>
        <source>&amp;Change score…</source>
        <translation>改判(&amp;C)…</translation>
    </message>
    <message>
        <source>Set a new total (改判), with the reason; the old and new totals are kept</source>
        <translation>改判为新的总分并说明理由；原分和新分都会记录</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message numerus="yes">
        <source>%n appeal(s) to decide</source>
        <translation>
            <numerusform>%n 条申诉待处理</numerusform>
        </translation>
    </message>
    <message>
        <source>Uphold the evaluation</source>
        <translation>维持原判</translation>
    </message>
    <message>
        <source>Why does the score stand? (The agent reads this.)</source>
        <translation>维持原判的理由？（坐席会看到）</translation>
    </message>
    <message>
        <source>Upheld: %1, %2</source>
        <translation>已维持原判：%1，%2</translation>
    </message>
    <message>
        <source>Change the score</source>
        <translation>改判</translation>
    </message>
    <message>
        <source>Changed: %1, %2 → %3</source>
        <translation>已改判：%1，%2 → %3</translation>
    </message>
</context>
<context>
    <name>hotline::ui::ArticleEditorDialog</name>
    <message>
        <source>The question as callers ask it</source>
        <translation>来电人提出的问题</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. 专项附加扣除, 年度汇算</source>
        <translation>以逗号分隔，如：专项附加扣除, 年度汇算</translation>
    </message>
    <message>
        <source>Other ways callers ask the same question, one a line</source>
        <translation>同一问题的其他问法，每行一个</translation>
    </message>
    <message>
        <source>The answer: headings, lists, tables and links are kept.</source>
        <translation>答案正文：可使用标题、列表、表格和链接。</translation>
    </message>
    <message>
        <source>Tick the policy documents this answer is based on</source>
        <translation>勾选答案所依据的政策文件</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>保存草稿(&amp;S)</translation>
    </message>
    <message>
        <source>Save draft (Ctrl+S)</source>
        <translation>保存草稿（Ctrl+S）</translation>
    </message>
    <message>
        <source>Su&amp;bmit for review</source>
        <translation>提交审核(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Approve and publish</source>
        <translation>通过并发布(&amp;A)</translation>
    </message>
    <message>
        <source>Send &amp;back…</source>
        <translation>退回(&amp;B)…</translation>
    </message>
    <message>
        <source>Ar&amp;chive</source>
        <translation>归档(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>历史版本(&amp;H)…</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>失效日期：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>标签(&amp;G)：</translation>
    </message>
    <message>
        <source>Also asked as:</source>
        <translation>相似问：</translation>
    </message>
    <message>
        <source>Effective:</source>
        <translation>生效日期：</translation>
    </message>
    <message>
        <source>Policy sources:</source>
        <translation>政策依据：</translation>
    </message>
    <message>
        <source>No policy documents yet (知识库 → 政策文件)</source>
        <translation>尚无政策文件（知识库 → 政策文件）</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>加粗</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>项目符号列表</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>编号列表</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>链接…</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Insert link</source>
        <translation>插入链接</translation>
    </message>
    <message>
        <source>Web address (http or https):</source>
        <translation>网址（http 或 https）：</translation>
    </message>
    <message>
        <source>Only http and https links can be inserted.</source>
        <translation>只能插入 http 或 https 链接。</translation>
    </message>
    <message>
        <source>New knowledge-base article</source>
        <translation>新建知识库条目</translation>
    </message>
    <message>
        <source>Article: %1</source>
        <translation>条目：%1</translation>
    </message>
    <message>
        <source>New draft</source>
        <translation>新草稿</translation>
    </message>
    <message>
        <source>%1 · version %2</source>
        <translation>%1 · 第%2版</translation>
    </message>
    <message>
        <source>Back to review: %1</source>
        <translation>退回审核：%1</translation>
    </message>
    <message>
        <source>Review note: %1</source>
        <translation>审核意见：%1</translation>
    </message>
    <message>
        <source>Send back to the author</source>
        <translation>退回作者</translation>
    </message>
    <message>
        <source>What must be fixed before it can be published?</source>
        <translation>发布前需要修改什么？</translation>
    </message>
    <message>
        <source>Saving a change takes the article back to draft until it is approved again.</source>
        <translation>保存修改后条目将退回草稿，须重新审核通过后才会发布。</translation>
    </message>
    <message>
        <source>Categor&amp;y:</source>
        <translation>分类(&amp;Y)：</translation>
    </message>
</context>
<context>
    <name>hotline::ui::ArticleHistoryDialog</name>
    <message>
        <source>Created</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Submitted for review</source>
        <translation>提交审核</translation>
    </message>
    <message>
        <source>Approved and published</source>
        <translation>审核通过并发布</translation>
    </message>
    <message>
        <source>Sent back</source>
        <translation>退回</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>Back to review (policy changed)</source>
        <translation>退回审核（政策变更）</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Version history: %1</source>
        <translation>历史版本：%1</translation>
    </message>
    <message>
        <source>Version %1 · %2 · %3</source>
        <translation>第%1版 · %2 · %3</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Old:</source>
        <translation>旧版本：</translation>
    </message>
    <message>
        <source>New:</source>
        <translation>新版本：</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Review trail:</source>
        <translation>审核记录：</translation>
    </message>
</context>
<context>
    <name>hotline::ui::AskRobotWidget</name>
    <message>
        <source>Ask as a taxpayer would, e.g. how an annual bonus is taxed (Enter)</source>
        <translation>像纳税人一样提问，例如：年终奖怎么计税（回车）</translation>
    </message>
    <message>
        <source>&amp;Ask</source>
        <translation>提问(&amp;A)</translation>
    </message>
    <message>
        <source>The robot answers from published articles and says how sure it is.</source>
        <translation>机器人依据已发布的知识条目作答，并给出置信度。</translation>
    </message>
    <message>
        <source>Mobile or landline with area code</source>
        <translation>手机号或带区号的固定电话</translation>
    </message>
    <message>
        <source>&amp;Register for follow-up</source>
        <translation>登记跟进(&amp;R)</translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation>业务分类：</translation>
    </message>
    <message>
        <source>Contact number:</source>
        <translation>联系电话：</translation>
    </message>
    <message>
        <source>Related questions:</source>
        <translation>相关问题：</translation>
    </message>
    <message>
        <source>(confidence %1)</source>
        <translation>（置信度 %1）</translation>
    </message>
    <message>
        <source>No confident answer (confidence %1).</source>
        <translation>没有把握的答案（置信度 %1）。</translation>
    </message>
    <message>
        <source>The question is recorded as a knowledge-base gap. Register it for follow-up if the caller wants an answer.</source>
        <translation>该问题已记入知识缺口。如来电人需要答复，请登记跟进。</translation>
    </message>
    <message>
        <source>Register for follow-up</source>
        <translation>登记跟进</translation>
    </message>
    <message>
        <source>Registered as work order %1.</source>
        <translation>已登记为工单 %1。</translation>
    </message>
</context>
<context>
    <name>hotline::ui::CallbackDialog</name>
    <message>
        <source>Schedule a callback for %1</source>
        <translation>为工单 %1 安排回呼</translation>
    </message>
    <message>
        <source>Mobile or landline with area code</source>
        <translation>手机号码或带区号的固定电话</translation>
    </message>
    <message>
        <source>What the taxpayer is called back about (required)</source>
        <translation>回呼纳税人的事由（必填）</translation>
    </message>
    <message>
        <source>At most %1 attempts, at least %2 minutes apart, within office hours on working days. Past the deadline without contact it goes to the team lead.</source>
        <translation>最多拨打 %1 次，每次间隔至少 %2 分钟，只在工作日办公时间内拨打。超过截止时间仍未联系上的，升级给组长处理。</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>安排回呼</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;Number</source>
        <translation>号码(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>事由(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Earliest</source>
        <translation>最早拨打(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Deadline</source>
        <translation>截止时间(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Who calls</source>
        <translation>回呼人(&amp;W)</translation>
    </message>
</context>
<context>
    <name>hotline::ui::CallbacksWidget</name>
    <message>
        <source>&amp;Everyone&apos;s (escalated first)</source>
        <translation>全部坐席的回呼（已升级的排前）(&amp;E)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>工单号</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Earliest</source>
        <translation>最早</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>已拨次数</translation>
    </message>
    <message>
        <source>Next allowed</source>
        <translation>下次可拨</translation>
    </message>
    <message>
        <source>Who calls</source>
        <translation>回呼人</translation>
    </message>
    <message>
        <source>Note on the attempt (optional)</source>
        <translation>本次拨打备注（可选）</translation>
    </message>
    <message>
        <source>&amp;Refresh (F5)</source>
        <translation>刷新(&amp;R) (F5)</translation>
    </message>
    <message>
        <source>Attempt:</source>
        <translation>拨打结果：</translation>
    </message>
    <message>
        <source>&amp;Cancel callback</source>
        <translation>取消回呼(&amp;C)</translation>
    </message>
    <message>
        <source>The callback is no longer needed</source>
        <translation>不再需要回呼</translation>
    </message>
    <message>
        <source>Keys 1–4 on the list record the outcome; Enter opens the work order and the caller&apos;s history.</source>
        <translation>在列表中按 1–4 记录拨打结果；按 Enter 打开工单及来电人的历史工单。</translation>
    </message>
    <message>
        <source>Callbacks</source>
        <translation>回呼</translation>
    </message>
    <message>
        <source>now</source>
        <translation>现在</translation>
    </message>
    <message>
        <source>escalated</source>
        <translation>已升级</translation>
    </message>
    <message numerus="yes">
        <source>%n to call</source>
        <translation>
            <numerusform>待回呼 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n callable now</source>
        <translation>
            <numerusform>，现在可拨 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n escalated</source>
        <translation>
            <numerusform>，已升级 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>No callbacks to make.</source>
        <translation>没有待回呼的电话。</translation>
    </message>
</context>
<context>
    <name>hotline::ui::CategoryDialog</name>
    <message>
        <source>Work-order categories</source>
        <translation>工单业务分类</translation>
    </message>
    <message>
        <source>Name for a new or renamed category</source>
        <translation>新增或重命名的分类名称</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Add &amp;group</source>
        <translation>添加大类(&amp;G)</translation>
    </message>
    <message>
        <source>Add &amp;topic to group</source>
        <translation>在大类下添加小类(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>重命名(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>删除(&amp;M)</translation>
    </message>
    <message>
        <source>Select the group the topic belongs to.</source>
        <translation>请选择小类所属的大类。</translation>
    </message>
</context>
<context>
    <name>hotline::ui::CentralDialog</name>
    <message>
        <source>Central store</source>
        <translation>中心库</translation>
    </message>
    <message>
        <source>Work orders are kept on this workstation and synchronised with the central store whenever it can be reached. Examples:
sqlite:/srv/hotline/central.db   (a shared file, small teams)
odbc:DSN=hotline   or   odbc:Driver={PostgreSQL Unicode};Server=…;Database=…
Leave empty to work alone.</source>
        <translation>工单保存在本工作站，能连上中心库时自动与之同步。示例：
sqlite:/srv/hotline/central.db   （共享文件，适合小团队）
odbc:DSN=hotline   或   odbc:Driver={PostgreSQL Unicode};Server=…;Database=…
留空则单机工作。</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>hotline::ui::ChatPane</name>
    <message>
        <source>Online consultation</source>
        <translation>网上咨询</translation>
    </message>
    <message>
        <source>Transfer the chat</source>
        <translation>转接会话</translation>
    </message>
    <message>
        <source>To the colleague:</source>
        <translation>转给同事：</translation>
    </message>
    <message>
        <source>Service phrases…</source>
        <translation>服务用语…</translation>
    </message>
    <message>
        <source>Edit the standard service wording the online agents insert</source>
        <translation>编辑在线坐席插入的标准服务用语</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>已等待</translation>
    </message>
    <message>
        <source>First question</source>
        <translation>首问</translation>
    </message>
    <message>
        <source>&amp;Accept (Ctrl+J)</source>
        <translation>接入(&amp;A)（Ctrl+J）</translation>
    </message>
    <message>
        <source>Take the selected waiting chat, or the first in line</source>
        <translation>接入选中的排队会话，未选中时接入排在最前的会话</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>排队</translation>
    </message>
    <message>
        <source>Remove from list</source>
        <translation>移出列表</translation>
    </message>
    <message>
        <source>My chats</source>
        <translation>我的会话</translation>
    </message>
    <message>
        <source>No chat open. Accept a waiting taxpayer from the queue (Ctrl+J).</source>
        <translation>没有打开的会话。请从排队中接入纳税人（Ctrl+J）。</translation>
    </message>
    <message>
        <source>&amp;Transfer…</source>
        <translation>转接(&amp;T)…</translation>
    </message>
    <message>
        <source>Hand the chat to a colleague who is online (Ctrl+T)</source>
        <translation>将会话转给在线的同事（Ctrl+T）</translation>
    </message>
    <message>
        <source>&amp;End chat</source>
        <translation>结束(&amp;E)</translation>
    </message>
    <message>
        <source>End the chat (Ctrl+Shift+W)</source>
        <translation>结束会话（Ctrl+Shift+W）</translation>
    </message>
    <message>
        <source>&amp;File under work order</source>
        <translation>归档到工单(&amp;F)</translation>
    </message>
    <message>
        <source>Create a work order with the transcript (Ctrl+L), or add it to an existing one (Ctrl+Shift+L)</source>
        <translation>以会话记录新建工单（Ctrl+L），或归入已有工单（Ctrl+Shift+L）</translation>
    </message>
    <message>
        <source>New work order…</source>
        <translation>新建工单…</translation>
    </message>
    <message>
        <source>Existing work order…</source>
        <translation>已有工单…</translation>
    </message>
    <message>
        <source>Double-click, or Alt+1…9 in the reply box, to insert</source>
        <translation>双击插入，或在回复框中按 Alt+1…9 插入</translation>
    </message>
    <message>
        <source>Search the knowledge base (Ctrl+Shift+K), Enter</source>
        <translation>搜索知识库（Ctrl+Shift+K），回车查询</translation>
    </message>
    <message>
        <source>&amp;Insert answer</source>
        <translation>插入答案(&amp;I)</translation>
    </message>
    <message>
        <source>Put the article&apos;s answer into the reply box (Enter on a result)</source>
        <translation>将知识条目的答案放入回复框（在结果上按回车）</translation>
    </message>
    <message>
        <source>Service phrases</source>
        <translation>服务用语</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>知识库</translation>
    </message>
    <message>
        <source>○ Not connected to the online consultation service</source>
        <translation>○ 未连接网上咨询服务</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>● Online as %1 — taxpayers can be served</source>
        <translation>● 已上线：%1 — 可接待纳税人</translation>
    </message>
    <message>
        <source>○ Not connected: %1 Retrying; nothing typed is lost.</source>
        <translation>○ 未连接：%1 正在重试，已输入的内容不会丢失。</translation>
    </message>
    <message>
        <source>&amp;Go online…</source>
        <translation>上线(&amp;G)…</translation>
    </message>
    <message>
        <source>Go &amp;offline</source>
        <translation>下线(&amp;O)</translation>
    </message>
    <message>
        <source>Password of %1 for the online consultation service:</source>
        <translation>%1 登录网上咨询服务的密码：</translation>
    </message>
    <message>
        <source>(no question yet)</source>
        <translation>（尚未提问）</translation>
    </message>
    <message>
        <source>Nobody is waiting.</source>
        <translation>无人排队。</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n 人排队</numerusform>
        </translation>
    </message>
    <message>
        <source>Accept a chat</source>
        <translation>接入会话</translation>
    </message>
    <message>
        <source>(ended)</source>
        <translation>（已结束）</translation>
    </message>
    <message>
        <source>The reply has %1 characters; a chat message holds at most %2. Shorten it or send it in parts.</source>
        <translation>回复有 %1 个字，每条消息最多 %2 个字。请精简或分条发送。</translation>
    </message>
    <message>
        <source>No service phrases yet (the team lead keeps them).</source>
        <translation>暂无服务用语（由组长维护）。</translation>
    </message>
    <message>
        <source>No published article matches.</source>
        <translation>没有匹配的已发布知识。</translation>
    </message>
    <message>
        <source>%1 (serving %2 of %3)</source>
        <translation>%1（接待中 %2/%3）</translation>
    </message>
    <message>
        <source>No colleague is online to take the chat.</source>
        <translation>没有可接手会话的在线同事。</translation>
    </message>
    <message>
        <source>File under work order</source>
        <translation>归档到工单</translation>
    </message>
    <message>
        <source>Online consultation transcript (chat %1):</source>
        <translation>网上咨询会话记录（会话 %1）：</translation>
    </message>
    <message>
        <source>The transcript is in work order %1, but the online consultation service was not told: %2 File it again to retry.</source>
        <translation>会话记录已归入工单 %1，但未能通知网上咨询服务：%2 请再次归档以重试。</translation>
    </message>
</context>
<context>
    <name>hotline::ui::ChatServiceDialog</name>
    <message>
        <source>Online consultation service</source>
        <translation>网上咨询服务</translation>
    </message>
    <message>
        <source>The agents&apos; address of the portal service (hotlinedesk-portal), reachable from this workstation only inside the hotline&apos;s network. Empty: %1.</source>
        <translation>网上咨询服务（hotlinedesk-portal）的坐席端地址，仅在热线内网中可从本工作站访问。留空：%1。</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>地址(&amp;A)</translation>
    </message>
</context>
<context>
    <name>hotline::ui::ChatTranscript</name>
    <message>
        <source>Taxpayer</source>
        <translation>纳税人</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <source>Agent %1</source>
        <translation>坐席 %1</translation>
    </message>
    <message>
        <source>Robot</source>
        <translation>智能机器人</translation>
    </message>
    <message>
        <source>The taxpayer found the answer useful.</source>
        <translation>纳税人评价该答复：有用。</translation>
    </message>
    <message>
        <source>The taxpayer found the answer not useful.</source>
        <translation>纳税人评价该答复：没用。</translation>
    </message>
    <message>
        <source>The taxpayer rated the chat %1 of 5.</source>
        <translation>纳税人对本次会话评分：%1/5。</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2：%3</translation>
    </message>
</context>
<context>
    <name>hotline::ui::ClientVersionDialog</name>
    <message>
        <source>New withholding client version</source>
        <translation>新建扣缴端版本</translation>
    </message>
    <message>
        <source>Withholding client %1</source>
        <translation>扣缴端 %1</translation>
    </message>
    <message>
        <source>The bureau set a &amp;deadline:</source>
        <translation>税务局规定截止日期(&amp;D)：</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Manuals &amp;revised:</source>
        <translation>已修订手册(&amp;R)：</translation>
    </message>
    <message>
        <source>which manuals, which chapters</source>
        <translation>哪些手册、哪些章节</translation>
    </message>
    <message>
        <source>Check item</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>%1 by %2 on %3</source>
        <translation>%1（%2，%3）</translation>
    </message>
    <message>
        <source>Not verified yet.</source>
        <translation>尚未验证。</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>版本(&amp;V)：</translation>
    </message>
    <message>
        <source>Re&amp;leased on:</source>
        <translation>发布日期(&amp;L)：</translation>
    </message>
    <message>
        <source>Upgrade &amp;package:</source>
        <translation>升级包(&amp;P)：</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>说明(&amp;O)：</translation>
    </message>
    <message>
        <source>Add chec&amp;k</source>
        <translation>添加检查项(&amp;K)</translation>
    </message>
    <message>
        <source>Remove check</source>
        <translation>删除检查项</translation>
    </message>
    <message>
        <source>&amp;Save (Ctrl+S)</source>
        <translation>保存(&amp;S) (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save and &amp;verify (Ctrl+Enter)</source>
        <translation>保存并验证(&amp;V) (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>未检查</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>New check</source>
        <translation>新检查项</translation>
    </message>
</context>
<context>
    <name>hotline::ui::ClientVersionsWidget</name>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>Bureau&apos;s deadline</source>
        <translation>税务局截止日期</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>已检查</translation>
    </message>
    <message>
        <source>Verified by</source>
        <translation>验证人</translation>
    </message>
    <message>
        <source>Manual revised</source>
        <translation>手册修订</translation>
    </message>
    <message>
        <source>&amp;New version (Ins)</source>
        <translation>新建版本(&amp;N) (Ins)</translation>
    </message>
    <message>
        <source>&amp;Open checklist (F2)</source>
        <translation>打开验证清单(&amp;O) (F2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Yes: %1</source>
        <translation>是：%1</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>The deadline has passed and the version is not verified.</source>
        <translation>已过截止日期，该版本仍未验证。</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left to verify.</source>
        <translation>
            <numerusform>距验证截止还有 %n 天。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n version(s)</source>
        <translation>
            <numerusform>共 %n 个版本</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hotline::ui::ComplaintDialog</name>
    <message>
        <source>New complaint</source>
        <translation>新建投诉</translation>
    </message>
    <message>
        <source>Mobile or landline with area code</source>
        <translation>手机号或带区号的固定电话</translation>
    </message>
    <message>
        <source>(choose the agent)</source>
        <translation>（请选择坐席）</translation>
    </message>
    <message>
        <source>What the complainant says happened</source>
        <translation>投诉人反映的情况</translation>
    </message>
    <message>
        <source>&amp;Received:</source>
        <translation>收到时间(&amp;R)：</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>投诉渠道(&amp;H)：</translation>
    </message>
    <message>
        <source>Complainant &amp;name:</source>
        <translation>投诉人姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>A&amp;bout:</source>
        <translation>投诉对象(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Agent:</source>
        <translation>坐席(&amp;A)：</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>严重程度(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>投诉内容(&amp;S)：</translation>
    </message>
    <message>
        <source>Linked to the work order and its call recording.</source>
        <translation>已关联该工单及其通话录音。</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>登记(&amp;R)</translation>
    </message>
</context>
<context>
    <name>hotline::ui::ComplaintsWidget</name>
    <message>
        <source>&amp;New complaint…</source>
        <translation>新建投诉(&amp;N)…</translation>
    </message>
    <message>
        <source>Register a complaint (Ctrl+Shift+C)</source>
        <translation>登记投诉（Ctrl+Shift+C）</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>全部严重程度</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>全部负责人</translation>
    </message>
    <message>
        <source>No owner yet</source>
        <translation>尚无负责人</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到时间</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>About</source>
        <translation>投诉对象</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <source>&amp;Play the recording in Quality</source>
        <translation>在质检中播放录音(&amp;P)</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>处理</translation>
    </message>
    <message>
        <source>Investigation note, or the reason to reopen; Enter adds the note</source>
        <translation>调查记录，或重新打开的原因；按回车添加调查记录</translation>
    </message>
    <message>
        <source>Assi&amp;gn</source>
        <translation>指派(&amp;G)</translation>
    </message>
    <message>
        <source>(not decided)</source>
        <translation>（未认定）</translation>
    </message>
    <message>
        <source>Save res&amp;ult</source>
        <translation>保存结果(&amp;U)</translation>
    </message>
    <message>
        <source>What the complainant was told</source>
        <translation>对投诉人的答复内容</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>答复(&amp;R)</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>结案(&amp;L)</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>重新打开(&amp;O)</translation>
    </message>
    <message>
        <source>Reopen the closed complaint, with the reason written in the note field</source>
        <translation>重新打开已结案的投诉，原因写在记录栏中</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>负责人：</translation>
    </message>
    <message>
        <source>Investigation:</source>
        <translation>调查记录：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>记录(&amp;N)：</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>处理结果：</translation>
    </message>
    <message>
        <source>Reply:</source>
        <translation>答复：</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Trail:</source>
        <translation>处理轨迹：</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>No complaint selected</source>
        <translation>未选择投诉</translation>
    </message>
    <message>
        <source>Received %1 by %2</source>
        <translation>%1 通过%2收到</translation>
    </message>
    <message>
        <source>Complainant: %1 %2</source>
        <translation>投诉人：%1 %2</translation>
    </message>
    <message>
        <source>About: %1</source>
        <translation>投诉对象：%1</translation>
    </message>
    <message>
        <source>Work order: %1</source>
        <translation>工单：%1</translation>
    </message>
    <message>
        <source>Recording: %1</source>
        <translation>录音：%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>linked</source>
        <translation>已关联</translation>
    </message>
    <message>
        <source>Registered by %1</source>
        <translation>登记人：%1</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>处理结果：%1</translation>
    </message>
    <message>
        <source>Replied %1: %2</source>
        <translation>%1 已答复：%2</translation>
    </message>
    <message>
        <source>Choose upheld, partly upheld or not upheld.</source>
        <translation>请选择属实、部分属实或不属实。</translation>
    </message>
    <message>
        <source>(not assigned)</source>
        <translation>（未指派）</translation>
    </message>
</context>
<context>
    <name>hotline::ui::ConflictsDialog</name>
    <message>
        <source>Sync conflicts</source>
        <translation>同步冲突</translation>
    </message>
    <message>
        <source>When two workstations changed the same field before synchronising, the later change at the central store was kept. The earlier value is listed here and can be put back.</source>
        <translation>两台工作站在同步前修改了同一字段时，以中心库中较晚的修改为准。被覆盖的较早值列在这里，可以恢复。</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Value that lost</source>
        <translation>被覆盖的值</translation>
    </message>
    <message>
        <source>Value kept</source>
        <translation>保留的值</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>发现时间</translation>
    </message>
    <message>
        <source>Show restored ones too</source>
        <translation>同时显示已恢复的</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭工单</translation>
    </message>
    <message>
        <source>&amp;Restore the lost value</source>
        <translation>恢复被覆盖的值(&amp;R)</translation>
    </message>
    <message>
        <source>Select the value to restore.</source>
        <translation>请选择要恢复的值。</translation>
    </message>
</context>
<context>
    <name>hotline::ui::ConversationView</name>
    <message>
        <source>Reply (Enter sends, Shift+Enter starts a new line, Alt+1…9 insert a service phrase)</source>
        <translation>回复（回车发送，Shift+回车换行，Alt+1…9 插入服务用语）</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Send the reply (Enter)</source>
        <translation>发送回复（回车）</translation>
    </message>
    <message>
        <source>Chat %1</source>
        <translation>会话 %1</translation>
    </message>
    <message>
        <source>The chat has ended.</source>
        <translation>会话已结束。</translation>
    </message>
    <message>
        <source>Too long: a chat message holds at most %1 characters.</source>
        <translation>过长：每条消息最多 %1 个字。</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>serving</source>
        <translation>接待中</translation>
    </message>
    <message>
        <source>work order %1</source>
        <translation>工单 %1</translation>
    </message>
</context>
<context>
    <name>hotline::ui::DailySummaryWidget</name>
    <message>
        <source>&amp;Day:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>◀ Previous day</source>
        <translation>◀ 前一天</translation>
    </message>
    <message>
        <source>Previous day (Ctrl+Left)</source>
        <translation>前一天（Ctrl+←）</translation>
    </message>
    <message>
        <source>Next day ▶</source>
        <translation>后一天 ▶</translation>
    </message>
    <message>
        <source>Next day (Ctrl+Right)</source>
        <translation>后一天（Ctrl+→）</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>今天(&amp;T)</translation>
    </message>
    <message>
        <source>Export to E&amp;xcel…</source>
        <translation>导出Excel(&amp;X)…</translation>
    </message>
    <message>
        <source>The day&apos;s summary as a workbook: summary, categories, channels, agents</source>
        <translation>将当日汇总导出为 Excel 工作簿：汇总、分类、渠道、坐席</translation>
    </message>
    <message>
        <source>Export &amp;work orders…</source>
        <translation>工单明细导出(&amp;W)…</translation>
    </message>
    <message>
        <source>The work orders of a period, one row each (Ctrl+Shift+E)</source>
        <translation>导出一段期间内的工单，每张工单一行（Ctrl+Shift+E）</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理量</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>办结量</translation>
    </message>
    <message>
        <source>Open at day&apos;s end</source>
        <translation>日终未办结</translation>
    </message>
    <message>
        <source>Overdue at day&apos;s end</source>
        <translation>日终逾期</translation>
    </message>
    <message>
        <source>Satisfaction (target %1%)</source>
        <translation>满意率（目标 %1%）</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>业务分类</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Rated</source>
        <translation>评价数</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意率</translation>
    </message>
    <message>
        <source>Open at midnight past their reply deadline; %1 of the day&apos;s own work orders missed their deadline.</source>
        <translation>24:00 时仍未办结且已过答复时限的工单；当日受理的工单中有 %1 张未在时限内办结。</translation>
    </message>
    <message>
        <source>%1 answers: %2 satisfied, %3 basically satisfied, %4 dissatisfied</source>
        <translation>共 %1 条评价：满意 %2，基本满意 %3，不满意 %4</translation>
    </message>
    <message>
        <source>Day off</source>
        <translation>休息日</translation>
    </message>
    <message>
        <source>Day off: %1</source>
        <translation>休息日：%1</translation>
    </message>
    <message>
        <source>Working day: %1</source>
        <translation>工作日：%1</translation>
    </message>
    <message>
        <source>Received by category, %1</source>
        <translation>%1 各分类受理量</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>近 30 天</translation>
    </message>
    <message>
        <source>Export the daily summary</source>
        <translation>导出每日汇总</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>The summary of %1 was written to %2.</source>
        <translation>%1 的每日汇总已导出到 %2。</translation>
    </message>
    <message>
        <source>Online conversations</source>
        <translation>在线咨询会话</translation>
    </message>
    <message>
        <source>Robot answers helpful</source>
        <translation>机器人答复有用率</translation>
    </message>
    <message>
        <source>Of them online chat ratings: %1 (%2)</source>
        <translation>其中在线咨询评价：%1（%2）</translation>
    </message>
    <message>
        <source>%1 started with the robot, %2 in the agents&apos; queue; %3 served by an online agent; %4 left a message for a call back</source>
        <translation>智能机器人接待%1，人工坐席排队%2；在线坐席接待%3；登记回访%4</translation>
    </message>
    <message numerus="yes">
        <source>%n robot answer(s) rated: %1 helpful, %2 not helpful</source>
        <translation>
            <numerusform>机器人答复评价%n条：有用%1，没用%2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hotline::ui::EvaluationDetailWidget</name>
    <message>
        <source>Scored</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Marked as read</source>
        <translation>已阅</translation>
    </message>
    <message>
        <source>Appealed against</source>
        <translation>申诉</translation>
    </message>
    <message>
        <source>Decision: upheld</source>
        <translation>维持原判</translation>
    </message>
    <message>
        <source>Decision: changed</source>
        <translation>改判</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>评分项</translation>
    </message>
    <message>
        <source>Deduction</source>
        <translation>扣分</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>fatal item</source>
        <translation>致命项</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>%1 / %2, %3</source>
        <translation>%1 / %2，%3</translation>
    </message>
    <message>
        <source>%1, call of %2, scored by %3 on %4: %5 (pass mark %6). %7</source>
        <translation>%1，%2 的通话，%3 于 %4 评分：%5（合格线 %6）。%7</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>评语：%1</translation>
    </message>
    <message>
        <source>fatal</source>
        <translation>致命项</translation>
    </message>
    <message>
        <source>No deductions</source>
        <translation>无扣分</translation>
    </message>
    <message>
        <source>%1 → %2: %3</source>
        <translation>%1 → %2：%3</translation>
    </message>
</context>
<context>
    <name>hotline::ui::EvaluationFormWidget</name>
    <message>
        <source>Scorecard…</source>
        <translation>评分表…</translation>
    </message>
    <message>
        <source>Edit the scorecard: items, points, scoring standards, pass mark</source>
        <translation>编辑评分表：评分项、分值、评分标准、合格线</translation>
    </message>
    <message>
        <source>Comment for the agent (required when a fatal item is ticked)</source>
        <translation>给坐席的评语（勾选致命项时必填）</translation>
    </message>
    <message>
        <source>Submit score (Ctrl+Enter)</source>
        <translation>提交评分 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>%1 · version %2 · pass mark %3</source>
        <translation>%1 · 第 %2 版 · 合格线 %3 分</translation>
    </message>
    <message>
        <source>Show the scoring standard</source>
        <translation>显示评分标准</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>no deduction</source>
        <translation>不扣分</translation>
    </message>
    <message>
        <source>Points deducted (at most %1)</source>
        <translation>扣分（最多 %1 分）</translation>
    </message>
    <message>
        <source>Reason for the deduction</source>
        <translation>扣分原因</translation>
    </message>
    <message>
        <source>The marker on the recording this deduction refers to</source>
        <translation>此项扣分对应的录音标记</translation>
    </message>
    <message>
        <source>Fatal item: %1</source>
        <translation>致命项：%1</translation>
    </message>
    <message>
        <source>No marker</source>
        <translation>无标记</translation>
    </message>
    <message>
        <source>No recording chosen: open a recording to score it.</source>
        <translation>未选择录音：请打开一条录音进行评分。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Agent:&lt;/b&gt; %1 · &lt;b&gt;Work order:&lt;/b&gt; not linked</source>
        <translation>&lt;b&gt;坐席：&lt;/b&gt;%1 · &lt;b&gt;工单：&lt;/b&gt;未关联</translation>
    </message>
    <message>
        <source>&lt;b&gt;Agent:&lt;/b&gt; %1 · &lt;b&gt;Work order:&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;坐席：&lt;/b&gt;%1 · &lt;b&gt;工单：&lt;/b&gt;%2</translation>
    </message>
    <message>
        <source>%1 points by %2 on %3</source>
        <translation>%3 %2 评 %1 分</translation>
    </message>
    <message numerus="yes">
        <source>Already scored %n time(s): %1</source>
        <translation>
            <numerusform>本录音已评分 %n 次：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>%1   %2 / %3</source>
        <translation>%1   %2 / %3</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Fatal item: score 0, failed</source>
        <translation>命中致命项：0 分，不合格</translation>
    </message>
    <message>
        <source>Passed (pass mark %1)</source>
        <translation>合格（合格线 %1）</translation>
    </message>
    <message>
        <source>Failed (pass mark %1)</source>
        <translation>不合格（合格线 %1）</translation>
    </message>
    <message>
        <source>Score submitted: 0 points (fatal item).</source>
        <translation>评分已提交：0 分（命中致命项）。</translation>
    </message>
    <message>
        <source>Score submitted: %1 points, passed.</source>
        <translation>评分已提交：%1 分，合格。</translation>
    </message>
    <message>
        <source>Score submitted: %1 points, failed.</source>
        <translation>评分已提交：%1 分，不合格。</translation>
    </message>
</context>
<context>
    <name>hotline::ui::ExportDialog</name>
    <message>
        <source>Export work orders</source>
        <translation>工单明细导出</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Choose where to save the workbook…</source>
        <translation>选择工作簿的保存位置…</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Export full taxpayer data (IDs and phone numbers)</source>
        <translation>导出完整纳税人信息（纳税人识别号和电话号码）</translation>
    </message>
    <message>
        <source>Taxpayer IDs and phone numbers are masked unless this is checked; the purpose is kept in the audit log.</source>
        <translation>不勾选时纳税人识别号和电话号码脱敏导出；勾选后须填写用途，用途记入审计日志。</translation>
    </message>
    <message>
        <source>Your role does not see taxpayer data: the export is masked.</source>
        <translation>您的角色无权查看纳税人信息：导出内容已脱敏。</translation>
    </message>
    <message>
        <source>Why the full data leaves the system (kept in the audit log)</source>
        <translation>导出完整信息的用途（记入审计日志）</translation>
    </message>
    <message>
        <source>&amp;Received from:</source>
        <translation>受理期间(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>用途(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The first day must not be after the last.</source>
        <translation>起始日期不能晚于结束日期。</translation>
    </message>
    <message>
        <source>Choose where to save the workbook first.</source>
        <translation>请先选择工作簿的保存位置。</translation>
    </message>
    <message>
        <source>State the purpose of exporting full taxpayer data (at least 4 characters).</source>
        <translation>请填写导出完整纳税人信息的用途（至少 4 个字）。</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>正在导出到 %1…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>%1 of %2 work orders</source>
        <translation>%1 / %2 张工单</translation>
    </message>
    <message>
        <source>Cancelled: no file was written.</source>
        <translation>已取消：未生成文件。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n work order(s) to %1.</source>
        <translation>
            <numerusform>已导出 %n 张工单到 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hotline::ui::FeedbackPrompts</name>
    <message>
        <source>Change the score</source>
        <translation>改判</translation>
    </message>
    <message>
        <source>Current total:</source>
        <translation>原总分：</translation>
    </message>
    <message>
        <source>&amp;New total:</source>
        <translation>新总分(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>hotline::ui::HotQuestionsWidget</name>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>近30天</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>自定义期间</translation>
    </message>
    <message>
        <source>#</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Work orders</source>
        <translation>工单数</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>&amp;Pin (Ctrl+P)</source>
        <translation>置顶(&amp;P) (Ctrl+P)</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>统计期间：</translation>
    </message>
    <message>
        <source>[Pinned] </source>
        <translation>【置顶】</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s), %1 to %2</source>
        <translation>
            <numerusform>共 %n 条，%1 至 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Un&amp;pin (Ctrl+P)</source>
        <translation>取消置顶(&amp;P) (Ctrl+P)</translation>
    </message>
    <message>
        <source>Hot questions</source>
        <translation>热点问题</translation>
    </message>
    <message>
        <source>M/d HH:mm</source>
        <comment>date format of an upcoming course</comment>
        <translation>M月d日 HH:mm</translation>
    </message>
    <message>
        <source>%1 &lt;a href=&quot;%2&quot;&gt;%3&lt;/a&gt;</source>
        <translation>%1 &lt;a href=&quot;%2&quot;&gt;%3&lt;/a&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Upcoming topic courses&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;即将开课的专题课程&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
</context>
<context>
    <name>hotline::ui::KbAuthoringBar</name>
    <message>
        <source>&amp;New article</source>
        <translation>新建条目(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>历史版本(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Policy documents…</source>
        <translation>政策文件(&amp;P)…</translation>
    </message>
    <message>
        <source>Cate&amp;gories…</source>
        <translation>知识库分类(&amp;G)…</translation>
    </message>
    <message>
        <source>Awaiting review</source>
        <translation>待审核</translation>
    </message>
    <message>
        <source>Awaiting review (%1)</source>
        <translation>待审核（%1）</translation>
    </message>
</context>
<context>
    <name>hotline::ui::KbCategoriesDialog</name>
    <message>
        <source>Knowledge-base categories</source>
        <translation>知识库分类</translation>
    </message>
    <message>
        <source>Name for a new or renamed category</source>
        <translation>新分类或重命名后的名称</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>重命名(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>删除(&amp;M)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n article(s))</source>
        <translation>
            <numerusform>%1（%n个条目）</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a category first.</source>
        <translation>请先选择分类。</translation>
    </message>
</context>
<context>
    <name>hotline::ui::KbDraftButton</name>
    <message>
        <source>To &amp;KB draft</source>
        <translation>转为知识库草稿(&amp;K)</translation>
    </message>
    <message>
        <source>Make a knowledge-base draft of this resolved work order&apos;s question and answer</source>
        <translation>用该已解决工单的问题和答复生成知识库草稿</translation>
    </message>
    <message>
        <source>Knowledge-base draft</source>
        <translation>知识库草稿</translation>
    </message>
</context>
<context>
    <name>hotline::ui::KbExchangeActions</name>
    <message>
        <source>Import / export</source>
        <translation>导入/导出</translation>
    </message>
    <message>
        <source>Export the whole knowledge base to a JSON file or a folder of Markdown files, or import one</source>
        <translation>将整个知识库导出为 JSON 文件或 Markdown 文件夹，或从中导入</translation>
    </message>
    <message>
        <source>Export as &amp;JSON…</source>
        <translation>导出为 &amp;JSON…</translation>
    </message>
    <message>
        <source>Export as &amp;Markdown folder…</source>
        <translation>导出为 &amp;Markdown 文件夹…</translation>
    </message>
    <message>
        <source>&amp;Import JSON file…</source>
        <translation>从 JSON 文件导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Import Mar&amp;kdown folder…</source>
        <translation>从 Markdown 文件夹导入(&amp;K)…</translation>
    </message>
    <message>
        <source>knowledge-base-%1.json</source>
        <translation>知识库-%1.json</translation>
    </message>
    <message>
        <source>Export the knowledge base as JSON</source>
        <translation>将知识库导出为 JSON</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>Export the knowledge base as Markdown files into a folder</source>
        <translation>将知识库导出为 Markdown 文件到文件夹</translation>
    </message>
    <message>
        <source>knowledge-base-%1</source>
        <translation>知识库-%1</translation>
    </message>
    <message>
        <source>Import a knowledge base</source>
        <translation>导入知识库</translation>
    </message>
    <message>
        <source>Import a knowledge base from a Markdown folder</source>
        <translation>从 Markdown 文件夹导入知识库</translation>
    </message>
    <message>
        <source>Importing the knowledge base…</source>
        <translation>正在导入知识库…</translation>
    </message>
    <message>
        <source>Exporting the knowledge base…</source>
        <translation>正在导出知识库…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>知识库</translation>
    </message>
    <message>
        <source>Imported from %1: %2 new articles, %3 updated, %4 unchanged; %5 new policy documents, %6 new categories.</source>
        <translation>已从 %1 导入：新增 %2 篇，更新 %3 篇，未变 %4 篇；新增政策文件 %5 份，新增分类 %6 个。</translation>
    </message>
    <message>
        <source>Exported %1 articles and %2 policy documents to %3.</source>
        <translation>已将 %1 篇知识条目和 %2 份政策文件导出到 %3。</translation>
    </message>
    <message>
        <source>Import the knowledge base</source>
        <translation>导入知识库</translation>
    </message>
    <message>
        <source>Export the knowledge base</source>
        <translation>导出知识库</translation>
    </message>
</context>
<context>
    <name>hotline::ui::KbGapsWidget</name>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>提问时间</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Closest article</source>
        <translation>最接近的条目</translation>
    </message>
    <message>
        <source>&amp;Close gap (Ctrl+D)</source>
        <translation>关闭缺口(&amp;C) (Ctrl+D)</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>已登记</translation>
    </message>
    <message numerus="yes">
        <source>%n open gap(s)</source>
        <translation>
            <numerusform>未关闭的知识缺口 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Close gap</source>
        <translation>关闭知识缺口</translation>
    </message>
    <message>
        <source>(no article)</source>
        <translation>（不关联条目）</translation>
    </message>
    <message>
        <source>Question: %1</source>
        <translation>问题：%1</translation>
    </message>
    <message>
        <source>Answered now by:</source>
        <translation>现由以下条目解答：</translation>
    </message>
</context>
<context>
    <name>hotline::ui::KnowledgePane</name>
    <message>
        <source>Search the knowledge base: keywords or the caller&apos;s whole question (Ctrl+K)</source>
        <translation>搜索知识库：输入关键词或来电人的完整问题（Ctrl+K）</translation>
    </message>
    <message>
        <source>&amp;Copy answer</source>
        <translation>复制答案(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Insert into work order</source>
        <translation>填入工单(&amp;I)</translation>
    </message>
    <message>
        <source>Type a few words of the question; the best articles appear as you type.</source>
        <translation>输入问题中的几个词，边输入边显示最匹配的条目。</translation>
    </message>
    <message>
        <source>(expired) </source>
        <translation>（已过期）</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>共 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>This article expired on %1; check the current policy before answering.</source>
        <translation>本条目已于 %1 过期，答复前请核对现行政策。</translation>
    </message>
    <message>
        <source>Policy sources:</source>
        <translation>政策依据：</translation>
    </message>
    <message>
        <source>Also asked as:</source>
        <translation>相似问：</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <source>&amp;Link to work order</source>
        <translation>关联到工单(&amp;L)</translation>
    </message>
    <message>
        <source>Hot questions</source>
        <translation>热点问题</translation>
    </message>
    <message>
        <source>Tax courses</source>
        <translation>个税必学</translation>
    </message>
    <message>
        <source>News</source>
        <translation>资讯中心</translation>
    </message>
    <message>
        <source>KB gaps</source>
        <translation>知识缺口</translation>
    </message>
    <message>
        <source>Ask the robot</source>
        <translation>问机器人</translation>
    </message>
    <message>
        <source>Only articles of this category</source>
        <translation>只显示该分类的条目</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部分类</translation>
    </message>
    <message>
        <source>Only articles in this status</source>
        <translation>只显示该状态的条目</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>S&amp;ynonyms…</source>
        <translation>同义词词典(&amp;Y)…</translation>
    </message>
    <message>
        <source>Edit the synonym dictionary searches expand with</source>
        <translation>编辑搜索时用于扩展的同义词词典</translation>
    </message>
</context>
<context>
    <name>hotline::ui::LinkDialog</name>
    <message>
        <source>New course</source>
        <translation>新增课程</translation>
    </message>
    <message>
        <source>New news item</source>
        <translation>新增资讯</translation>
    </message>
    <message>
        <source>Edit course</source>
        <translation>编辑课程</translation>
    </message>
    <message>
        <source>Edit news item</source>
        <translation>编辑资讯</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>网址(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>摘要(&amp;S)：</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Topic course &amp;at (Beijing time):</source>
        <translation>专题课程开课时间(&amp;A)（北京时间）：</translation>
    </message>
</context>
<context>
    <name>hotline::ui::LinkListWidget</name>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>&amp;Open in browser</source>
        <translation>在浏览器中打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Add (Ins)</source>
        <translation>新增(&amp;A) (Ins)</translation>
    </message>
    <message>
        <source>&amp;Edit (F2)</source>
        <translation>编辑(&amp;E) (F2)</translation>
    </message>
    <message>
        <source>&amp;Remove (Del)</source>
        <translation>删除(&amp;R) (Del)</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>共 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an item to see its summary; Enter opens it in the browser.</source>
        <translation>选中一项可查看摘要；按回车键在浏览器中打开。</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>打开链接</translation>
    </message>
    <message>
        <source>The browser could not be started for %1.</source>
        <translation>无法启动浏览器打开 %1。</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot;?</source>
        <translation>删除“%1”？</translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation>删除链接</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>开课时间</translation>
    </message>
</context>
<context>
    <name>hotline::ui::LiveFindingsWidget</name>
    <message>
        <source>Caller number</source>
        <translation>来电号码</translation>
    </message>
    <message>
        <source>What was found (e.g. 未报工号, 政策口径解释不清)</source>
        <translation>发现的问题（如：未报工号、政策口径解释不清）</translation>
    </message>
    <message>
        <source>&amp;Corrected on the spot</source>
        <translation>当场纠正(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Log (Ctrl+Enter)</source>
        <translation>记录(&amp;L) (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>来电号码</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <source>Corrected on the spot</source>
        <translation>当场纠正</translation>
    </message>
    <message>
        <source>Logged by</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>&amp;Agent:</source>
        <translation>坐席(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Finding:</source>
        <translation>问题(&amp;F)：</translation>
    </message>
    <message>
        <source>F&amp;rom</source>
        <translation>从(&amp;R)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <source>All agents</source>
        <translation>全部坐席</translation>
    </message>
    <message>
        <source>Logged: %1 — %2</source>
        <translation>已记录：%1 — %2</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>hotline::ui::LoginDialog</name>
    <message>
        <source>Create and log in</source>
        <translation>创建并登录</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>HotlineDesk — create the administrator</source>
        <translation>HotlineDesk — 创建管理员</translation>
    </message>
    <message>
        <source>This store has no accounts yet. Create the administrator&apos;s account: the administrator then makes an account for each colleague. The password needs at least 8 characters, letters and digits.</source>
        <translation>此数据文件还没有账号。请先创建管理员账号，再由管理员为每位同事创建账号。密码至少 8 个字符，须同时包含字母和数字。</translation>
    </message>
    <message>
        <source>HotlineDesk — log in</source>
        <translation>HotlineDesk — 登录</translation>
    </message>
    <message>
        <source>Log in with your own account: everything you do is recorded under your name.</source>
        <translation>请使用本人账号登录：您的所有操作都将以您的名义记录。</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Repeat password</source>
        <translation>确认密码(&amp;R)</translation>
    </message>
    <message>
        <source>The two passwords differ; type the same password twice.</source>
        <translation>两次输入的密码不一致，请输入相同的密码。</translation>
    </message>
</context>
<context>
    <name>hotline::ui::MailServerDialog</name>
    <message>
        <source>Mail server</source>
        <translation>邮件服务器</translation>
    </message>
    <message>
        <source>TLS from the start (smtps, usually port 465)</source>
        <translation>全程加密 TLS（smtps，通常为 465 端口）</translation>
    </message>
    <message>
        <source>STARTTLS, required (usually port 587)</source>
        <translation>STARTTLS，必须加密（通常为 587 端口）</translation>
    </message>
    <message>
        <source>None — only for a relay on this machine</source>
        <translation>不加密——仅限本机中继</translation>
    </message>
    <message>
        <source>none stored</source>
        <translation>未保存密码</translation>
    </message>
    <message>
        <source>stored — leave empty to keep it</source>
        <translation>已保存——留空则保持不变</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>Se&amp;curity:</source>
        <translation>安全方式(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>Sender &amp;address:</source>
        <translation>发件地址(&amp;A)：</translation>
    </message>
    <message>
        <source>Sender &amp;name:</source>
        <translation>发件人名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Largest attach&amp;ment:</source>
        <translation>附件上限(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Kept on this workstation only (not synchronised). The password is stored in the local store file; use an account that can only send.</source>
        <translation>仅保存在本工作站（不同步）。密码保存在本地数据文件中，请使用只能发信的邮箱账号。</translation>
    </message>
    <message>
        <source>Connecting to %1:%2…</source>
        <translation>正在连接 %1:%2…</translation>
    </message>
    <message>
        <source>✔ The mail server answered and accepted the login.</source>
        <translation>✔ 邮件服务器已应答并接受登录。</translation>
    </message>
    <message>
        <source>✘ %1</source>
        <translation>✘ %1</translation>
    </message>
</context>
<context>
    <name>hotline::ui::MainWindow</name>
    <message>
        <source>HotlineDesk — 12366 hotline workstation</source>
        <translation>HotlineDesk — 12366 热线工作台</translation>
    </message>
    <message>
        <source>Work orders</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Consultation work orders (Alt+1)</source>
        <translation>咨询工单 (Alt+1)</translation>
    </message>
    <message>
        <source>&amp;Work order</source>
        <translation>工单(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;New work order…</source>
        <translation>新建工单(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Work orders</source>
        <translation>工单列表(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Categories…</source>
        <translation>业务分类(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About HotlineDesk</source>
        <translation>关于 HotlineDesk(&amp;A)</translation>
    </message>
    <message>
        <source>Operator: %1 (%2)</source>
        <translation>操作员：%1（%2）</translation>
    </message>
    <message>
        <source>Open %1 · Overdue %2 · Due today %3 · Total %4</source>
        <translation>未办结 %1 · 已超期 %2 · 今日到期 %3 · 合计 %4</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>数据文件：%1</translation>
    </message>
    <message>
        <source>About HotlineDesk</source>
        <translation>关于 HotlineDesk</translation>
    </message>
    <message>
        <source>HotlineDesk %1
Workstation for the 12366 tax hotline: work orders, reply deadlines on the PRC working-day calendar, caller screen-pop.</source>
        <translation>HotlineDesk %1
12366 纳税服务热线工作台：工单管理、按国家法定工作日历计算答复期限、来电弹屏。</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>账号管理(&amp;A)…</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>修改我的密码(&amp;P)…</translation>
    </message>
    <message>
        <source>Switch &amp;user…</source>
        <translation>切换用户(&amp;U)…</translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation>切换用户</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>同步(&amp;Y)</translation>
    </message>
    <message>
        <source>Synchronise &amp;now</source>
        <translation>立即同步(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Central store…</source>
        <translation>中心库设置(&amp;C)…</translation>
    </message>
    <message>
        <source>Sync c&amp;onflicts…</source>
        <translation>同步冲突(&amp;O)…</translation>
    </message>
    <message>
        <source>Working alone (no central store)</source>
        <translation>单机工作（未设置中心库）</translation>
    </message>
    <message>
        <source>Synchronising…</source>
        <translation>正在同步…</translation>
    </message>
    <message numerus="yes">
        <source>● Online · %n change(s) to send · last sync %1</source>
        <translation>
            <numerusform>● 在线 · 待发送 %n 项 · 上次同步 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>○ Offline · %n change(s) kept here to send</source>
        <translation>
            <numerusform>○ 离线 · %n 项更改暂存本机待发送</numerusform>
        </translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>知识库</translation>
    </message>
    <message>
        <source>Knowledge base (Alt+2, search with Ctrl+K)</source>
        <translation>知识库（Alt+2，Ctrl+K 搜索）</translation>
    </message>
    <message>
        <source>Open a work order (or press Ctrl+N) to put the answer into it.</source>
        <translation>请先打开工单（或按 Ctrl+N 新建）再填入答案。</translation>
    </message>
    <message>
        <source>&amp;Knowledge base</source>
        <translation>知识库(&amp;K)</translation>
    </message>
    <message>
        <source>Search the &amp;knowledge base</source>
        <translation>搜索知识库(&amp;K)</translation>
    </message>
    <message>
        <source>Select a work order in the list to link the article to it.</source>
        <translation>请先在工单列表中选中要关联此知识的工单。</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>质检</translation>
    </message>
    <message>
        <source>Call recordings and quality inspection (Alt+3)</source>
        <translation>通话录音与质量检查（Alt+3）</translation>
    </message>
    <message>
        <source>&amp;Quality inspection</source>
        <translation>质检(&amp;Q)</translation>
    </message>
    <message>
        <source>Import &amp;satisfaction survey results…</source>
        <translation>导入满意度评价(&amp;S)…</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务管理</translation>
    </message>
    <message>
        <source>Transfers, callbacks, complaints, return visits, training, materials and client versions (Alt+4)</source>
        <translation>转办、回呼、投诉、回访、培训、资料与扣缴端版本 (Alt+4)</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>统计报表</translation>
    </message>
    <message>
        <source>Daily summary, monthly analysis and exports (Alt+5)</source>
        <translation>每日汇总、月度分析与导出 (Alt+5)</translation>
    </message>
    <message>
        <source>&amp;Service</source>
        <translation>服务管理(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>统计报表(&amp;R)</translation>
    </message>
    <message>
        <source>E&amp;xport work orders…</source>
        <translation>导出工单明细(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Mail server…</source>
        <translation>邮件服务器(&amp;M)…</translation>
    </message>
    <message>
        <source>Online chat</source>
        <translation>网上咨询</translation>
    </message>
    <message>
        <source>Online consultation: the taxpayers&apos; chats from the portal (Alt+6)</source>
        <translation>网上咨询：来自纳税服务网站的纳税人会话（Alt+6）</translation>
    </message>
    <message>
        <source>&amp;Online chat</source>
        <translation>网上咨询(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Online consultation service…</source>
        <translation>网上咨询服务(&amp;O)…</translation>
    </message>
</context>
<context>
    <name>hotline::ui::MarkersWidget</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Click a marker to hear the call from there</source>
        <translation>单击标记即从该处开始收听</translation>
    </message>
    <message>
        <source>Add marker</source>
        <translation>添加标记</translation>
    </message>
    <message>
        <source>Mark the playhead with a comment (M)</source>
        <translation>在当前播放位置添加带备注的标记（M）</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Edit the selected marker&apos;s comment (F2 or double-click)</source>
        <translation>编辑所选标记的备注（F2 或双击）</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove the selected marker (Delete)</source>
        <translation>删除所选标记（Delete）</translation>
    </message>
    <message>
        <source>Markers (%1)</source>
        <translation>标记（%1）</translation>
    </message>
    <message>
        <source>Markers can be placed on catalogued recordings.</source>
        <translation>只有录音目录中的录音才能添加标记。</translation>
    </message>
    <message>
        <source>Press M while listening to mark the moment with a comment.</source>
        <translation>收听时按 M 即可在当前时刻添加带备注的标记。</translation>
    </message>
    <message>
        <source>Markers</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>Comment (e.g. wrong policy answer):</source>
        <translation>备注（如：政策解答有误）：</translation>
    </message>
    <message>
        <source>Marker at %1</source>
        <translation>%1 处的标记</translation>
    </message>
</context>
<context>
    <name>hotline::ui::MaterialDialog</name>
    <message>
        <source>Replace &quot;%1&quot; with a new version</source>
        <translation>用新版本替换“%1”</translation>
    </message>
    <message>
        <source>Add to the materials library</source>
        <translation>添加到资料库</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Lin&amp;k</source>
        <translation>链接(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类别(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>版本(&amp;V)：</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>链接地址(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Choose the file to add</source>
        <translation>选择要添加的文件</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose the file to add (Browse…).</source>
        <translation>请选择要添加的文件（浏览…）。</translation>
    </message>
</context>
<context>
    <name>hotline::ui::MaterialsWidget</name>
    <message>
        <source>All kinds</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Ki&amp;nd:</source>
        <translation>类别(&amp;N)：</translation>
    </message>
    <message>
        <source>Search title, version, file name, note (Ctrl+E)</source>
        <translation>搜索标题、版本、文件名、备注 (Ctrl+E)</translation>
    </message>
    <message>
        <source>Show arch&amp;ived</source>
        <translation>显示已归档(&amp;I)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>File or link</source>
        <translation>文件或链接</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>添加日期</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>校验</translation>
    </message>
    <message>
        <source>Send to &amp;taxpayer… (Ctrl+Shift+M)</source>
        <translation>发送给纳税人(&amp;T)… (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <source>Add &amp;file… (Ins)</source>
        <translation>添加文件(&amp;F)… (Ins)</translation>
    </message>
    <message>
        <source>Add &amp;link…</source>
        <translation>添加链接(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Replace…</source>
        <translation>替换(&amp;R)…</translation>
    </message>
    <message>
        <source>Ar&amp;chive (Del)</source>
        <translation>归档(&amp;C) (Del)</translation>
    </message>
    <message>
        <source>Chec&amp;k files</source>
        <translation>校验文件(&amp;K)</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1（已归档）</translation>
    </message>
    <message>
        <source>✔ unchanged</source>
        <translation>✔ 未改动</translation>
    </message>
    <message>
        <source>link</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>✘ missing</source>
        <translation>✘ 缺失</translation>
    </message>
    <message>
        <source>✘ changed</source>
        <translation>✘ 已改动</translation>
    </message>
    <message numerus="yes">
        <source>%n material(s)</source>
        <translation>
            <numerusform>共 %n 份资料</numerusform>
        </translation>
    </message>
    <message>
        <source>Archive &quot;%1&quot;? It stays in the records of past sends but can no longer be sent.</source>
        <translation>归档“%1”？它仍保留在以往的发送记录中，但不能再发送。</translation>
    </message>
    <message>
        <source>Archive material</source>
        <translation>归档资料</translation>
    </message>
    <message numerus="yes">
        <source>✔ All %n file(s) are present and unchanged.</source>
        <translation>
            <numerusform>✔ 全部 %n 个文件齐全且未改动。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✘ %n file(s) need attention:</source>
        <translation>
            <numerusform>✘ %n 个文件需要处理：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hotline::ui::MonthlyReportWidget</name>
    <message>
        <source>&amp;Month:</source>
        <translation>月份(&amp;M)：</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>重新读取(&amp;L)</translation>
    </message>
    <message>
        <source>Read the month again from the store</source>
        <translation>从本地库重新读取该月数据</translation>
    </message>
    <message>
        <source>Export Excel…</source>
        <translation>导出Excel…</translation>
    </message>
    <message>
        <source>The report as an Excel workbook with charts (Ctrl+E)</source>
        <translation>将报告导出为带图表的 Excel 工作簿（Ctrl+E）</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出PDF…</translation>
    </message>
    <message>
        <source>The report as a PDF for the bureau (Ctrl+P)</source>
        <translation>将报告导出为报送上级的 PDF（Ctrl+P）</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概况</translation>
    </message>
    <message>
        <source>Reply deadlines</source>
        <translation>时限达标</translation>
    </message>
    <message>
        <source>Hot questions</source>
        <translation>热点问题</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>QA</source>
        <translation>质检</translation>
    </message>
    <message>
        <source>Volume trend</source>
        <translation>受理量趋势</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>分类统计</translation>
    </message>
    <message>
        <source>Satisfaction per agent</source>
        <translation>坐席满意率</translation>
    </message>
    <message>
        <source>Improvement plan</source>
        <translation>改进方案</translation>
    </message>
    <message>
        <source>The improvement plan for this month, printed in the report. Paragraphs are separated by a blank line.</source>
        <translation>本月改进方案，将印在月度分析报告中。段落之间空一行。</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the improvement plan (Ctrl+S)</source>
        <translation>保存改进方案（Ctrl+S）</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n work order(s) received, satisfaction %2 (target %3%), reply deadlines met %4.</source>
        <translation>
            <numerusform>%1：受理工单 %n 件，满意率 %2（目标 %3%），答复时限达标率 %4。</numerusform>
        </translation>
    </message>
    <message>
        <source>Work orders received</source>
        <translation>受理工单数</translation>
    </message>
    <message>
        <source>Change vs the previous month</source>
        <translation>环比</translation>
    </message>
    <message>
        <source>Resolved work orders</source>
        <translation>已办结工单数</translation>
    </message>
    <message>
        <source>Resolved within the deadline</source>
        <translation>按时办结数</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>超时工单数</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>未办结工单数</translation>
    </message>
    <message>
        <source>Received in %1</source>
        <translation>%1受理量</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>分类：%1</translation>
    </message>
    <message>
        <source>Channel: %1</source>
        <translation>渠道：%1</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Agent %1</source>
        <translation>坐席 %1</translation>
    </message>
    <message>
        <source>Difficulty or agent</source>
        <translation>难度/坐席</translation>
    </message>
    <message>
        <source>Due in the month</source>
        <translation>本月到期数</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>按时答复</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>未到期</translation>
    </message>
    <message>
        <source>Compliance rate</source>
        <translation>达标率</translation>
    </message>
    <message>
        <source>%1 (not published)</source>
        <translation>%1（未发布）</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>咨询问题</translation>
    </message>
    <message>
        <source>Work order count</source>
        <translation>工单数</translation>
    </message>
    <message>
        <source>Standard answer</source>
        <translation>标准答复</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>全体</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <source>Rated</source>
        <translation>参评数</translation>
    </message>
    <message>
        <source>Satisfaction rate</source>
        <translation>满意率</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Evaluated</source>
        <translation>已评分</translation>
    </message>
    <message>
        <source>Sampled</source>
        <translation>抽检计划</translation>
    </message>
    <message>
        <source>Sampled and evaluated</source>
        <translation>抽检已评</translation>
    </message>
    <message>
        <source>Average score</source>
        <translation>平均分</translation>
    </message>
    <message>
        <source>Pass rate</source>
        <translation>合格率</translation>
    </message>
    <message>
        <source>Fatal items</source>
        <translation>致命项</translation>
    </message>
    <message>
        <source>Work orders received per month</source>
        <translation>各月受理工单数</translation>
    </message>
    <message>
        <source>No work orders were received in this month.</source>
        <translation>本月未受理工单。</translation>
    </message>
    <message>
        <source>Work orders by category</source>
        <translation>工单业务分类构成</translation>
    </message>
    <message>
        <source>No satisfaction ratings in this month.</source>
        <translation>本月无满意度评价。</translation>
    </message>
    <message>
        <source>Satisfaction rate per agent (%)</source>
        <translation>各坐席满意率（%）</translation>
    </message>
    <message>
        <source>Target %1%</source>
        <translation>目标 %1%</translation>
    </message>
    <message>
        <source>No improvement plan saved for %1 yet.</source>
        <translation>%1尚未保存改进方案。</translation>
    </message>
    <message>
        <source>Version %1, saved by %2 at %3.</source>
        <translation>第 %1 版，%2 保存于 %3。</translation>
    </message>
    <message>
        <source>Monthly report %1</source>
        <translation>月度分析报告 %1</translation>
    </message>
    <message>
        <source>Export the monthly report to Excel</source>
        <translation>导出月度分析报告为 Excel</translation>
    </message>
    <message>
        <source>Export the monthly report to PDF</source>
        <translation>导出月度分析报告为 PDF</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export Excel</source>
        <translation>导出Excel</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>导出PDF</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>Cancelled: no file was written.</source>
        <translation>已取消，未生成文件。</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Online: %1</source>
        <translation>网上咨询：%1</translation>
    </message>
    <message>
        <source>Online: robot answers helpful rate</source>
        <translation>网上咨询：机器人答复有用率</translation>
    </message>
    <message>
        <source>Of them post-call surveys</source>
        <translation>其中通话后评价</translation>
    </message>
    <message>
        <source>Of them return visits</source>
        <translation>其中回访</translation>
    </message>
    <message>
        <source>Of them online chat ratings</source>
        <translation>其中在线咨询评价</translation>
    </message>
</context>
<context>
    <name>hotline::ui::MyEvaluationsWidget</name>
    <message>
        <source>Scored at</source>
        <translation>评分时间</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>通话时间</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>质检员</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>已阅(&amp;A)</translation>
    </message>
    <message>
        <source>Mark the evaluation as read (Ctrl+Return)</source>
        <translation>确认已阅这条质检结果（Ctrl+回车）</translation>
    </message>
    <message>
        <source>A&amp;ppeal…</source>
        <translation>申诉(&amp;P)…</translation>
    </message>
    <message>
        <source>Appeal against the evaluation, with your reason (once)</source>
        <translation>对这条质检结果提出申诉并说明理由（只能申诉一次）</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Fatal item</source>
        <translation>致命项</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>You have no evaluations yet.</source>
        <translation>您还没有质检记录。</translation>
    </message>
    <message numerus="yes">
        <source>%n evaluation(s)</source>
        <translation>
            <numerusform>共 %n 条质检记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not yet read</source>
        <translation>
            <numerusform>%n 条待阅</numerusform>
        </translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>已阅</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>申诉</translation>
    </message>
    <message>
        <source>Why do you disagree with this evaluation? (The QA lead decides.)</source>
        <translation>您对这条质检结果有什么异议？（由质检组长处理）</translation>
    </message>
</context>
<context>
    <name>hotline::ui::MyReturnVisitsWidget</name>
    <message>
        <source>Work order</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>办结时间</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>回访计划</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>回访结果</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>回访问卷</translation>
    </message>
    <message>
        <source>Show &amp;number</source>
        <translation>显示号码(&amp;N)</translation>
    </message>
    <message>
        <source>Shows the full number to call (recorded in the audit log)</source>
        <translation>显示完整的回访号码（记入审计日志）</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>是(&amp;Y)</translation>
    </message>
    <message>
        <source>N&amp;o</source>
        <translation>否(&amp;O)</translation>
    </message>
    <message>
        <source>The taxpayer&apos;s comments (at most %1 characters)</source>
        <translation>纳税人的意见（最多 %1 个字符）</translation>
    </message>
    <message>
        <source>&amp;Save visit</source>
        <translation>保存回访(&amp;S)</translation>
    </message>
    <message>
        <source>Save the questionnaire (Ctrl+Enter)</source>
        <translation>保存回访问卷（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Call:</source>
        <translation>回访电话：</translation>
    </message>
    <message>
        <source>Satisfaction:</source>
        <translation>满意度：</translation>
    </message>
    <message>
        <source>Problem resolved:</source>
        <translation>问题是否解决：</translation>
    </message>
    <message>
        <source>Reached by:</source>
        <translation>回访方式：</translation>
    </message>
    <message>
        <source>Comments:</source>
        <translation>意见：</translation>
    </message>
    <message>
        <source>My return visits</source>
        <translation>我的回访</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>待回访</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>未联系上</translation>
    </message>
    <message>
        <source>&lt;p&gt;No return visits have been dealt to you.&lt;/p&gt;</source>
        <translation>&lt;p&gt;暂无分配给您的回访。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>答复</translation>
    </message>
    <message>
        <source>Choose the taxpayer&apos;s satisfaction (keys 1 to 4).</source>
        <translation>请选择纳税人的满意度（按键 1 至 4）。</translation>
    </message>
    <message>
        <source>Ask whether the problem was resolved: yes or no.</source>
        <translation>请询问问题是否解决：是或否。</translation>
    </message>
</context>
<context>
    <name>hotline::ui::NewWorkOrderDialog</name>
    <message>
        <source>New work order</source>
        <translation>新建工单</translation>
    </message>
    <message>
        <source>&amp;Resolved during the call</source>
        <translation>通话中已解决(&amp;R)</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>扣缴单位</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>咨询问题</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>保存 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Incoming call from %1: no earlier work orders.</source>
        <translation>来电 %1：无历史工单。</translation>
    </message>
    <message numerus="yes">
        <source>Incoming call from %1: %n earlier work order(s) of this number or unit.</source>
        <translation>
            <numerusform>来电 %1：该号码或单位共有 %n 条历史工单。</numerusform>
        </translation>
    </message>
    <message>
        <source>Incoming call %1 — new work order</source>
        <translation>来电 %1 — 新建工单</translation>
    </message>
</context>
<context>
    <name>hotline::ui::PasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>修改我的密码</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>At least 8 characters, with letters and digits.</source>
        <translation>至少 8 个字符，须同时包含字母和数字。</translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation>当前密码(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>新密码(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Repeat new password</source>
        <translation>确认新密码(&amp;R)</translation>
    </message>
    <message>
        <source>The two new passwords differ; type the same password twice.</source>
        <translation>两次输入的新密码不一致，请输入相同的密码。</translation>
    </message>
    <message>
        <source>Your password has been changed.</source>
        <translation>您的密码已修改。</translation>
    </message>
</context>
<context>
    <name>hotline::ui::PlaybackTab</name>
    <message>
        <source>Open recording file…</source>
        <translation>打开录音文件…</translation>
    </message>
    <message>
        <source>Open a WAV or MP3 recording (Ctrl+O)</source>
        <translation>打开 WAV 或 MP3 录音（Ctrl+O）</translation>
    </message>
    <message>
        <source>Open recording file</source>
        <translation>打开录音文件</translation>
    </message>
    <message>
        <source>Recordings (*.wav *.mp3);;All files (*)</source>
        <translation>录音 (*.wav *.mp3);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The file of this recording is missing: %1</source>
        <translation>该录音的文件不存在：%1</translation>
    </message>
    <message>
        <source>The file of this recording was changed since it was imported (its SHA-256 differs); it is not played: %1</source>
        <translation>该录音文件自导入后已被改动（SHA-256 不一致），不予播放：%1</translation>
    </message>
    <message>
        <source>%1 · agent %2 · caller %3 · %4 · work order %5</source>
        <translation>%1 · 坐席 %2 · 来电 %3 · 时长 %4 · 工单 %5</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>not linked</source>
        <translation>未关联</translation>
    </message>
</context>
<context>
    <name>hotline::ui::PlayerWidget</name>
    <message>
        <source>15 s</source>
        <translation>15 秒</translation>
    </message>
    <message>
        <source>Back 15 seconds (Shift+← or PgUp)</source>
        <translation>后退 15 秒（Shift+← 或 PgUp）</translation>
    </message>
    <message>
        <source>5 s</source>
        <translation>5 秒</translation>
    </message>
    <message>
        <source>Back 5 seconds (←)</source>
        <translation>后退 5 秒（←）</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Forward 5 seconds (→)</source>
        <translation>前进 5 秒（→）</translation>
    </message>
    <message>
        <source>Forward 15 seconds (Shift+→ or PgDn)</source>
        <translation>前进 15 秒（Shift+→ 或 PgDn）</translation>
    </message>
    <message>
        <source>Elapsed / total time</source>
        <translation>已播放 / 总时长</translation>
    </message>
    <message>
        <source>Slower by 0.25× ([)</source>
        <translation>减慢 0.25 倍速（[）</translation>
    </message>
    <message>
        <source>Faster by 0.25× (])</source>
        <translation>加快 0.25 倍速（]）</translation>
    </message>
    <message>
        <source>Playback speed, 0.5× to 2.0×; the voice keeps its pitch ([ and ])</source>
        <translation>播放倍速 0.5× 至 2.0×，音调不变（[ 和 ]）</translation>
    </message>
    <message>
        <source>Volume (↑ / ↓)</source>
        <translation>音量（↑ / ↓）</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>倍速</translation>
    </message>
    <message>
        <source>Play / pause</source>
        <translation>播放 / 暂停</translation>
    </message>
    <message>
        <source>Back 5 seconds</source>
        <translation>后退 5 秒</translation>
    </message>
    <message>
        <source>Forward 5 seconds</source>
        <translation>前进 5 秒</translation>
    </message>
    <message>
        <source>Back 15 seconds</source>
        <translation>后退 15 秒</translation>
    </message>
    <message>
        <source>Forward 15 seconds</source>
        <translation>前进 15 秒</translation>
    </message>
    <message>
        <source>To the start</source>
        <translation>回到开头</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>减速</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>加速</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>增大音量</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation>减小音量</translation>
    </message>
    <message>
        <source>The file has changed since it was imported (its SHA-256 differs), so it is not played. Restore the original file or import it again.</source>
        <translation>文件自导入后已被更改（SHA-256 不一致），因此不予播放。请恢复原文件或重新导入。</translation>
    </message>
    <message>
        <source>mono</source>
        <translation>单声道</translation>
    </message>
    <message>
        <source>stereo</source>
        <translation>立体声</translation>
    </message>
    <message>
        <source>No sound output device is available, so the recording cannot be heard (the waveform and markers can still be used). Connect headphones or speakers and open the recording again.</source>
        <translation>没有可用的音频输出设备，无法收听录音（波形和标记仍可使用）。请连接耳机或音箱后重新打开录音。</translation>
    </message>
    <message>
        <source>The sound output “%1” does not play %2 Hz sound.</source>
        <translation>音频输出设备“%1”不支持播放 %2 Hz 的声音。</translation>
    </message>
    <message>
        <source>Playing stopped: the sound output failed (%1).</source>
        <translation>播放已停止：音频输出出错（%1）。</translation>
    </message>
    <message>
        <source>it cannot be opened</source>
        <translation>无法打开</translation>
    </message>
    <message>
        <source>it reported an error</source>
        <translation>设备报告错误</translation>
    </message>
    <message>
        <source>Drawing the waveform…</source>
        <translation>正在绘制波形…</translation>
    </message>
    <message>
        <source>The file cannot be played: %1</source>
        <translation>无法播放该文件：%1</translation>
    </message>
    <message>
        <source>The file cannot be played: it is damaged or in a format this computer cannot decode.</source>
        <translation>无法播放该文件：文件已损坏，或本机无法解码其格式。</translation>
    </message>
    <message>
        <source>No waveform for this recording; click anywhere to seek.</source>
        <translation>此录音无法绘制波形；单击任意位置即可跳转。</translation>
    </message>
    <message>
        <source>Cannot be played</source>
        <translation>无法播放</translation>
    </message>
    <message>
        <source>The sound output cannot be opened, so the recording cannot be heard.</source>
        <translation>无法打开音频输出设备，无法收听录音。</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>暂停（空格）</translation>
    </message>
    <message>
        <source>Play (Space)</source>
        <translation>播放（空格）</translation>
    </message>
</context>
<context>
    <name>hotline::ui::PoliciesDialog</name>
    <message>
        <source>Policy documents</source>
        <translation>政策文件</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>e.g. 国家税务总局公告2023年第14号</source>
        <translation>如：国家税务总局公告2023年第14号</translation>
    </message>
    <message>
        <source>e.g. replaced by 国家税务总局公告2024年第2号</source>
        <translation>如：已被国家税务总局公告2024年第2号替代</translation>
    </message>
    <message>
        <source>Add a policy document</source>
        <translation>添加政策文件</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>文号(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Issued:</source>
        <translation>发布日期：</translation>
    </message>
    <message>
        <source>The selected document changed</source>
        <translation>所选文件已变更</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>说明(&amp;O)：</translation>
    </message>
    <message>
        <source>Mark &amp;repealed</source>
        <translation>标记为废止(&amp;R)</translation>
    </message>
    <message>
        <source>Mark a&amp;mended</source>
        <translation>标记为修订(&amp;M)</translation>
    </message>
    <message>
        <source>Articles citing it go back to review.</source>
        <translation>引用该文件的条目将退回审核。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>已添加%1。</translation>
    </message>
    <message>
        <source>Select a policy document first.</source>
        <translation>请先选择政策文件。</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) citing it went back to review.</source>
        <translation>
            <numerusform>引用该文件的%n个条目已退回审核。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hotline::ui::QaMonthlyWidget</name>
    <message>
        <source>&amp;Month:</source>
        <translation>月份(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已评</translation>
    </message>
    <message>
        <source>Planned (scored)</source>
        <translation>计划（已评）</translation>
    </message>
    <message>
        <source>Average total</source>
        <translation>平均分</translation>
    </message>
    <message>
        <source>Pass rate</source>
        <translation>合格率</translation>
    </message>
    <message>
        <source>Fatal items</source>
        <translation>致命项</translation>
    </message>
    <message>
        <source>%1 (avg.)</source>
        <translation>%1（平均）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Average deduction %1</source>
        <translation>平均扣分 %1</translation>
    </message>
    <message>
        <source>No evaluations or sampled calls in this month.</source>
        <translation>本月没有质检记录或抽检通话。</translation>
    </message>
    <message>
        <source>Done: evaluations scored in the month. Planned: sampled calls of the month (in brackets, those scored). Dimensions: average points of the dimension&apos;s maximum.</source>
        <translation>已评：本月完成评分的质检数。计划：本月通话中被抽检的录音（括号内为其中已评的）。各维度：平均得分 / 该维度满分。</translation>
    </message>
</context>
<context>
    <name>hotline::ui::QaPane</name>
    <message>
        <source>Sampling plan</source>
        <translation>抽检计划</translation>
    </message>
    <message>
        <source>My evaluations</source>
        <translation>我的质检</translation>
    </message>
    <message>
        <source>Appeals</source>
        <translation>申诉处理</translation>
    </message>
    <message>
        <source>Monthly QA report</source>
        <translation>质检月报</translation>
    </message>
    <message>
        <source>Live monitoring</source>
        <translation>实时监控</translation>
    </message>
    <message>
        <source>Recordings</source>
        <translation>录音库</translation>
    </message>
    <message>
        <source>Listen and score</source>
        <translation>收听评分</translation>
    </message>
</context>
<context>
    <name>hotline::ui::QuickPhrasesDialog</name>
    <message>
        <source>Service phrases</source>
        <translation>服务用语</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Phrase</source>
        <translation>用语</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>e.g. greeting, lookup, closing</source>
        <translation>如：问候、查询、结束</translation>
    </message>
    <message>
        <source>&amp;Add as new</source>
        <translation>新增(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>保存修改(&amp;S)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Take out of use</source>
        <translation>停用(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Restore defaults</source>
        <translation>恢复默认(&amp;R)</translation>
    </message>
    <message>
        <source>Add the standard wording (offered when no phrase is in use)</source>
        <translation>添加标准服务用语（没有启用的用语时可用）</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>类别(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>内容(&amp;T)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>hotline::ui::RecordingImportDialog</name>
    <message>
        <source>Import recordings</source>
        <translation>导入录音</translation>
    </message>
    <message>
        <source>Recordings to import</source>
        <translation>待导入的录音</translation>
    </message>
    <message>
        <source>The folder the PBX writes its recordings to (sub-folders included)</source>
        <translation>交换机存放录音的文件夹（含子文件夹）</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>From the file &amp;names:</source>
        <translation>按文件名规则(&amp;N)：</translation>
    </message>
    <message>
        <source>Fields: {date} (yyyyMMdd or yyyy-MM-dd), {time} (HHmmss), {datetime}, {agent}, {caller}, {callid}, {direction} (in / out), * for anything. Times are Beijing time.</source>
        <translation>字段：{date}（yyyyMMdd 或 yyyy-MM-dd）、{time}（HHmmss）、{datetime}、{agent} 坐席、{caller} 来电号码、{callid} 通话流水号、{direction}（in / out），* 匹配任意内容。时间按北京时间。</translation>
    </message>
    <message>
        <source>From a &amp;CSV file:</source>
        <translation>按随附 CSV 文件(&amp;C)：</translation>
    </message>
    <message>
        <source>Columns: call id, agent, caller number, start, duration, direction (file name)</source>
        <translation>列：通话流水号、坐席工号、主叫号码、开始时间、时长、方向（文件名）</translation>
    </message>
    <message>
        <source>Cop&amp;y the files into the managed folder:</source>
        <translation>复制到受管文件夹(&amp;Y)：</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>A recording without a call id match is linked to the caller&apos;s work order received nearest to its start within this many minutes</source>
        <translation>未按通话流水号匹配到工单的录音，将关联到该来电号码在此时间范围内受理时间最接近的工单</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>Link by caller within ±</source>
        <translation>按来电号码关联的时间范围 ±</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>&amp;Start import</source>
        <translation>开始导入(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Files not imported:</source>
        <translation>未导入的文件：</translation>
    </message>
    <message>
        <source>Folder of recordings</source>
        <translation>录音文件夹</translation>
    </message>
    <message>
        <source>CSV file describing the calls</source>
        <translation>描述通话的 CSV 文件</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Managed folder for recordings</source>
        <translation>录音受管文件夹</translation>
    </message>
    <message>
        <source>Choose the folder of recordings.</source>
        <translation>请选择录音文件夹。</translation>
    </message>
    <message>
        <source>Choose the CSV file that describes the calls.</source>
        <translation>请选择描述通话的 CSV 文件。</translation>
    </message>
    <message>
        <source>Choose the managed folder to copy the recordings into.</source>
        <translation>请选择复制录音的受管文件夹。</translation>
    </message>
    <message>
        <source>Looking for recordings in %1…</source>
        <translation>正在查找 %1 中的录音…</translation>
    </message>
    <message>
        <source>Cancelling after the current file…</source>
        <translation>当前文件完成后取消…</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%1 / %2：%3</translation>
    </message>
    <message>
        <source>Imported %1, skipped %2 already in the catalogue, failed %3; %4 linked to work orders.</source>
        <translation>已导入 %1 个，跳过已在录音库中的 %2 个，失败 %3 个；%4 个已关联工单。</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>已取消：%1</translation>
    </message>
</context>
<context>
    <name>hotline::ui::RecordingLinkDialog</name>
    <message>
        <source>Link to a work order</source>
        <translation>关联工单</translation>
    </message>
    <message>
        <source>Recording of %1, caller %2, agent %3</source>
        <translation>录音时间 %1，来电号码 %2，坐席 %3</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Work order number</source>
        <translation>工单编号</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>Work order &amp;no.:</source>
        <translation>工单编号(&amp;N)：</translation>
    </message>
    <message>
        <source>Or choose one of the caller&apos;s work orders:</source>
        <translation>或从该来电号码的工单中选择：</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>关联(&amp;L)</translation>
    </message>
    <message>
        <source>The recording has no caller number: find the work order by its number.</source>
        <translation>该录音没有来电号码：请按工单编号查找。</translation>
    </message>
    <message>
        <source>The caller has no work orders: find the work order by its number.</source>
        <translation>该来电号码没有工单：请按工单编号查找。</translation>
    </message>
    <message>
        <source>No work order has the number %1.</source>
        <translation>没有编号为 %1 的工单。</translation>
    </message>
</context>
<context>
    <name>hotline::ui::RecordingListModel</name>
    <message>
        <source>The file is missing or no longer the one imported: it will not be played until it is restored. Path: %1</source>
        <translation>文件缺失或已与导入时不同：恢复前不会播放。路径：%1</translation>
    </message>
    <message>
        <source>Not linked</source>
        <translation>未关联</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>来电号码</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
</context>
<context>
    <name>hotline::ui::RecordingsWidget</name>
    <message>
        <source>Any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>&amp;Unlinked only</source>
        <translation>仅未关联(&amp;U)</translation>
    </message>
    <message>
        <source>Caller, call id, agent code or file name</source>
        <translation>来电号码、通话流水号、坐席工号或文件名</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>从(&amp;F)</translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation>至(&amp;O)</translation>
    </message>
    <message>
        <source>A&amp;gent</source>
        <translation>坐席(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Import recordings…</source>
        <translation>导入录音(&amp;I)…</translation>
    </message>
    <message>
        <source>Import a folder of recordings (Ctrl+I)</source>
        <translation>导入一个文件夹中的录音（Ctrl+I）</translation>
    </message>
    <message>
        <source>&amp;Link to work order…</source>
        <translation>关联工单(&amp;L)…</translation>
    </message>
    <message>
        <source>Link the selected recording to its work order by hand (Ctrl+L)</source>
        <translation>手工将所选录音关联到工单（Ctrl+L）</translation>
    </message>
    <message>
        <source>U&amp;nlink</source>
        <translation>取消关联(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Verify files</source>
        <translation>校验文件(&amp;V)</translation>
    </message>
    <message>
        <source>Check that the selected recordings&apos; files are still there and unchanged (F5 reloads)</source>
        <translation>检查所选录音的文件是否仍在且未被改动（F5 刷新）</translation>
    </message>
    <message>
        <source>Import recordings…</source>
        <translation>导入录音…</translation>
    </message>
    <message>
        <source>All agents</source>
        <translation>全部坐席</translation>
    </message>
    <message>
        <source>%1 recordings, the newest %2 shown</source>
        <translation>共 %1 条录音，显示最新 %2 条</translation>
    </message>
    <message numerus="yes">
        <source>%n recording(s)</source>
        <translation>
            <numerusform>%n 条录音</numerusform>
        </translation>
    </message>
    <message>
        <source>Link to a work order</source>
        <translation>关联工单</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>取消关联</translation>
    </message>
    <message>
        <source>Verify files</source>
        <translation>校验文件</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) missing or changed since import: they will not be played.</source>
        <translation>
            <numerusform>%n 个文件自导入后缺失或已变动：不会播放。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hotline::ui::ReportsPane</name>
    <message>
        <source>Daily summary</source>
        <translation>每日汇总</translation>
    </message>
    <message>
        <source>Monthly analysis</source>
        <translation>月度分析</translation>
    </message>
</context>
<context>
    <name>hotline::ui::ReturnVisitDialog</name>
    <message>
        <source>Return visit</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>What the taxpayer said (at most %1 characters)</source>
        <translation>纳税人的反馈（最多 %1 字）</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>回访时间(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Reached by:</source>
        <translation>回访方式(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Verdict:</source>
        <translation>回访结果(&amp;V)：</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
</context>
<context>
    <name>hotline::ui::ReturnVisitPlanDialog</name>
    <message>
        <source>New return-visit plan</source>
        <translation>生成回访计划</translation>
    </message>
    <message>
        <source>Return visits and the period</source>
        <translation>回访计划及期间</translation>
    </message>
    <message>
        <source>Empty: a new random draw</source>
        <translation>留空：重新随机抽取</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Resolved from:</source>
        <translation>办结日期(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Share:</source>
        <translation>抽取比例(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Agents:</source>
        <translation>回访坐席(&amp;A)：</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>随机种子(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Draw</source>
        <translation>抽取(&amp;D)</translation>
    </message>
    <message>
        <source>The seed is a whole number.</source>
        <translation>随机种子须为整数。</translation>
    </message>
</context>
<context>
    <name>hotline::ui::ReturnVisitPlansWidget</name>
    <message>
        <source>New return-visit &amp;plan…</source>
        <translation>生成回访计划(&amp;P)…</translation>
    </message>
    <message>
        <source>Draw a share of the work orders resolved in a period and deal them to agents (Ctrl+Shift+P)</source>
        <translation>按比例抽取某期间办结的工单并分配给坐席回访（Ctrl+Shift+P）</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>回访计划</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>比例</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>Drawn by</source>
        <translation>抽取人</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Visited by</source>
        <translation>回访人</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>办结时间</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>回访结果</translation>
    </message>
    <message>
        <source>Return-visit plans</source>
        <translation>回访计划</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>待回访</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>未联系上</translation>
    </message>
</context>
<context>
    <name>hotline::ui::ReturnVisitsWidget</name>
    <message>
        <source>Return visits</source>
        <translation>回访记录</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Reached by</source>
        <translation>回访方式</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>回访结果</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Return &amp;visit… (Ctrl+Shift+R)</source>
        <translation>回访(&amp;V)…（Ctrl+Shift+R）</translation>
    </message>
    <message>
        <source>Record a return visit to the taxpayer (回访)</source>
        <translation>登记对纳税人的回访</translation>
    </message>
    <message>
        <source>Only the owner of this work order or a team lead may record a return visit.</source>
        <translation>只有该工单的负责人或班长可以登记回访。</translation>
    </message>
</context>
<context>
    <name>hotline::ui::ReviewQueueWidget</name>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>正常提交</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) awaiting review</source>
        <translation>
            <numerusform>%n个条目待审核</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hotline::ui::SamplingPlanWidget</name>
    <message>
        <source>◀ &amp;Previous week</source>
        <translation>◀ 上一周(&amp;P)</translation>
    </message>
    <message>
        <source>Previous week (Alt+Left)</source>
        <translation>上一周（Alt+左方向键）</translation>
    </message>
    <message>
        <source>&amp;Next week ▶</source>
        <translation>下一周(&amp;N) ▶</translation>
    </message>
    <message>
        <source>Next week (Alt+Right)</source>
        <translation>下一周（Alt+右方向键）</translation>
    </message>
    <message>
        <source>&amp;This week</source>
        <translation>本周(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Draw this week&apos;s sample</source>
        <translation>抽取本周样本(&amp;D)</translation>
    </message>
    <message>
        <source>Draw the week&apos;s sample at random, with a recorded seed (Ctrl+D)</source>
        <translation>按记录的随机种子随机抽取本周样本（Ctrl+D）</translation>
    </message>
    <message>
        <source>Calls per agent and &amp;week:</source>
        <translation>每位坐席每周抽检(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Set</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>Used by the next draw</source>
        <translation>下次抽取时生效</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <source>Scored / planned</source>
        <translation>已评/计划</translation>
    </message>
    <message>
        <source>Call time</source>
        <translation>通话时间</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>来电号码</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>质检员</translation>
    </message>
    <message>
        <source>Double-click or Enter: open the recording to score it</source>
        <translation>双击或按回车：打开录音进行评分</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>抽检完成情况</translation>
    </message>
    <message>
        <source>My queue</source>
        <translation>我的待评队列</translation>
    </message>
    <message>
        <source>%1 – %2%3</source>
        <translation>%1 至 %2%3</translation>
    </message>
    <message>
        <source> (this week)</source>
        <translation>（本周）</translation>
    </message>
    <message>
        <source>Not drawn yet</source>
        <translation>尚未抽取</translation>
    </message>
    <message>
        <source>Seed %1, %2 per agent, drawn %3</source>
        <translation>种子 %1，每位坐席 %2 通，抽取于 %3</translation>
    </message>
    <message>
        <source>Re&amp;draw…</source>
        <translation>重新抽取(&amp;D)…</translation>
    </message>
    <message>
        <source>%1 of %2 sampled calls scored</source>
        <translation>抽检的 %2 通录音已评 %1 通</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>随机</translation>
    </message>
    <message>
        <source>(anyone)</source>
        <translation>（未分配）</translation>
    </message>
    <message numerus="yes">
        <source>%n recording(s) to score</source>
        <translation>
            <numerusform>%n 通录音待评分</numerusform>
        </translation>
    </message>
    <message>
        <source>Draw the sample</source>
        <translation>抽取样本</translation>
    </message>
    <message>
        <source>Redraw the sample</source>
        <translation>重新抽取样本</translation>
    </message>
    <message>
        <source>The week already has a sample (seed %1). Replace it with a new draw? Scores already given are kept.</source>
        <translation>本周已经抽取过样本（种子 %1）。要重新抽取替换吗？已完成的评分会保留。</translation>
    </message>
    <message>
        <source>Calls per agent</source>
        <translation>每位坐席抽检数</translation>
    </message>
</context>
<context>
    <name>hotline::ui::SatisfactionLabel</name>
    <message>
        <source>Satisfaction this month %1 (target %2%)</source>
        <translation>本月满意率 %1（目标 %2%）</translation>
    </message>
    <message>
        <source>满意 %1 · 基本满意 %2 · 不满意 %3 — %4 rated from %5 to %6 (post-call surveys, return visits and online chat ratings)</source>
        <translation>满意 %1 · 基本满意 %2 · 不满意 %3 — %5至%6共%4条评价（通话后评价、回访和在线咨询评价）</translation>
    </message>
</context>
<context>
    <name>hotline::ui::ScorecardEditorDialog</name>
    <message>
        <source>Scorecard</source>
        <translation>评分表</translation>
    </message>
    <message>
        <source> points</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>Dimension / item</source>
        <translation>维度 / 评分项</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Fatal</source>
        <translation>致命项</translation>
    </message>
    <message>
        <source>Add &amp;dimension</source>
        <translation>添加维度(&amp;D)</translation>
    </message>
    <message>
        <source>Add &amp;item</source>
        <translation>添加评分项(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Fatal item: hitting it sets the total to 0</source>
        <translation>致命项：命中即总分为 0</translation>
    </message>
    <message>
        <source>Scoring standard: what earns the points and what is deducted for what</source>
        <translation>评分标准：怎样得分，什么情况扣多少分</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Maximum &amp;points:</source>
        <translation>分值(&amp;P)：</translation>
    </message>
    <message>
        <source>Scoring &amp;standard:</source>
        <translation>评分标准(&amp;S)：</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>保存时间</translation>
    </message>
    <message>
        <source>Saved by</source>
        <translation>保存人</translation>
    </message>
    <message>
        <source>Max total</source>
        <translation>满分</translation>
    </message>
    <message>
        <source>Pass mark</source>
        <translation>合格线</translation>
    </message>
    <message>
        <source>Double-click a version (or press Enter on it) to load it into the editor</source>
        <translation>双击某一版本（或选中后按回车）将其载入编辑</translation>
    </message>
    <message>
        <source>Save as new version (Ctrl+S)</source>
        <translation>保存为新版本 (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Scorecard &amp;name:</source>
        <translation>评分表名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Pass &amp;mark:</source>
        <translation>合格线(&amp;M)：</translation>
    </message>
    <message>
        <source>Versions (an evaluation keeps the version it was scored with; double-click one to load it):</source>
        <translation>版本记录（每次评分沿用评分时的版本；双击某一版本可载入编辑）：</translation>
    </message>
    <message>
        <source>Version %1 loaded into the editor: saving it makes it the newest version again.</source>
        <translation>已载入第 %1 版：保存后它将成为最新版本。</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>随软件提供</translation>
    </message>
    <message>
        <source>HotlineDesk</source>
        <translation>HotlineDesk</translation>
    </message>
    <message>
        <source>fatal</source>
        <translation>致命项</translation>
    </message>
    <message>
        <source>Max total: %1 points</source>
        <translation>满分：%1 分</translation>
    </message>
    <message>
        <source>New dimension</source>
        <translation>新维度</translation>
    </message>
    <message>
        <source>Select the dimension to add the item to.</source>
        <translation>请选择要添加评分项的维度。</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>新评分项</translation>
    </message>
    <message>
        <source>Saved as version %1. Evaluations already made keep the version they were scored with.</source>
        <translation>已保存为第 %1 版。已有的评分仍沿用评分时的版本。</translation>
    </message>
</context>
<context>
    <name>hotline::ui::SendMaterialDialog</name>
    <message>
        <source>Send to taxpayer</source>
        <translation>发送给纳税人</translation>
    </message>
    <message>
        <source>work order number, e.g. 20250930-K7QM-0001</source>
        <translation>工单号，如 20250930-K7QM-0001</translation>
    </message>
    <message>
        <source>&amp;Attach the file (otherwise the link or a note is sent)</source>
        <translation>以附件发送文件(&amp;A)（否则发送链接或获取方式）</translation>
    </message>
    <message>
        <source>A line for the taxpayer (optional)</source>
        <translation>给纳税人的附言（可选）</translation>
    </message>
    <message>
        <source>No mail server is set up yet: a team lead enters it under Settings ▸ Mail server….</source>
        <translation>尚未设置邮件服务器：请班长在“设置 ▸ 邮件服务器…”中填写。</translation>
    </message>
    <message>
        <source>&amp;Material:</source>
        <translation>资料(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Work order:</source>
        <translation>工单(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation>收件人(&amp;R)：</translation>
    </message>
    <message>
        <source>M&amp;essage:</source>
        <translation>附言(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>发送(&amp;S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>A link: the mail carries its address.</source>
        <translation>链接：邮件中附上其地址。</translation>
    </message>
    <message>
        <source>The file is %1, more than the %2 a mail may carry: the mail says where to get it instead.</source>
        <translation>文件大小为 %1，超过邮件附件上限 %2：邮件中将说明获取方式。</translation>
    </message>
    <message>
        <source>Sending to %1…</source>
        <translation>正在发送给 %1…</translation>
    </message>
    <message>
        <source>The mail was %1, but recording it failed: %2</source>
        <translation>邮件%1，但记录失败：%2</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>已发出</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>未发出</translation>
    </message>
    <message>
        <source>✔ Sent to %1 (%2). It is in the work order&apos;s timeline.</source>
        <translation>✔ 已发送给 %1（%2），已记入工单时间线。</translation>
    </message>
    <message>
        <source>file attached</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>link</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>✘ Not sent: %1</source>
        <translation>✘ 未发出：%1</translation>
    </message>
</context>
<context>
    <name>hotline::ui::ServicePane</name>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Return visits</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>转办</translation>
    </message>
    <message>
        <source>Callbacks</source>
        <translation>回呼</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>资料库</translation>
    </message>
    <message>
        <source>Client versions</source>
        <translation>版本验证</translation>
    </message>
</context>
<context>
    <name>hotline::ui::SurveyImportDialog</name>
    <message>
        <source>Import satisfaction survey results</source>
        <translation>导入满意度评价</translation>
    </message>
    <message>
        <source>The telephone system&apos;s post-call survey export (CSV, UTF-8 or GBK) with a header row: call id (通话流水号) or caller number (主叫号码), call time (通话时间) and rating (满意 / 基本满意 / 不满意 or 1–5). Importing a file again adds nothing twice.</source>
        <translation>电话系统导出的通话后满意度评价（CSV，UTF-8 或 GBK 编码），第一行为列名：通话流水号或主叫号码、通话时间、评价（满意 / 基本满意 / 不满意，或 1–5 分）。同一文件重复导入不会重复记录。</translation>
    </message>
    <message>
        <source>Choose the CSV file…</source>
        <translation>选择 CSV 文件…</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Why the row was refused</source>
        <translation>未导入原因</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose the CSV file to import first.</source>
        <translation>请先选择要导入的 CSV 文件。</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>已取消：没有导入任何记录。</translation>
    </message>
    <message>
        <source>Imported %1 (%2 not matched to a work order), %3 already imported, %4 refused.</source>
        <translation>已导入 %1 条（其中 %2 条未匹配到工单），%3 条此前已导入，%4 条未导入。</translation>
    </message>
</context>
<context>
    <name>hotline::ui::SynonymsDialog</name>
    <message>
        <source>Synonym dictionary</source>
        <translation>同义词词典</translation>
    </message>
    <message>
        <source>Words in one group mean the same to a caller: a search for any of them finds the others too. A word can be in one group only.</source>
        <translation>同一组中的词对来电人来说意思相同：搜索其中任何一个词，也会找到含其他词的条目。一个词只能属于一个组。</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>同义词</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>词数</translation>
    </message>
    <message>
        <source>Words of the group, separated by commas or 、 (e.g. 个税、个人所得税)</source>
        <translation>本组的词，用逗号或顿号分隔（如：个税、个人所得税）</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>&amp;Add as new group</source>
        <translation>添加为新组(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Save changes to group</source>
        <translation>保存对本组的修改(&amp;S)</translation>
    </message>
    <message>
        <source>Re&amp;move group</source>
        <translation>删除本组(&amp;M)</translation>
    </message>
    <message>
        <source>Select the group to change.</source>
        <translation>请选择要修改的同义词组。</translation>
    </message>
    <message>
        <source>Select the group to remove.</source>
        <translation>请选择要删除的同义词组。</translation>
    </message>
</context>
<context>
    <name>hotline::ui::TrainingDialog</name>
    <message>
        <source>New training session</source>
        <translation>新建培训</translation>
    </message>
    <message>
        <source>Edit training session</source>
        <translation>编辑培训</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>坐席</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>应到</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>实到</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>开始时间(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>时长(&amp;D)：</translation>
    </message>
    <message>
        <source>T&amp;rainer:</source>
        <translation>培训讲师(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>地点(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Materials:</source>
        <translation>培训资料(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Attendees (Space ticks the current box):</source>
        <translation>参训人员(&amp;A)（空格键勾选当前项）：</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>hotline::ui::TrainingWidget</name>
    <message>
        <source>Ye&amp;ar:</source>
        <translation>年度(&amp;A)：</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>时长（分钟）</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>培训讲师</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Attended / invited</source>
        <translation>实到 / 应到</translation>
    </message>
    <message>
        <source>&amp;New session (Ins)</source>
        <translation>新建培训(&amp;N) (Ins)</translation>
    </message>
    <message>
        <source>&amp;Edit (F2)</source>
        <translation>编辑(&amp;E) (F2)</translation>
    </message>
    <message>
        <source>&amp;Remove (Del)</source>
        <translation>删除(&amp;R) (Del)</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划中</translation>
    </message>
    <message>
        <source>%1 %2: %3 held of at least %4 required · %5 planned</source>
        <translation>%1 %2 年：已举办 %3 次，要求至少 %4 次 · 计划 %5 次</translation>
    </message>
    <message>
        <source>Remove the session &quot;%1&quot; and its attendance?</source>
        <translation>删除培训“%1”及其出勤记录？</translation>
    </message>
    <message>
        <source>Remove session</source>
        <translation>删除培训</translation>
    </message>
</context>
<context>
    <name>hotline::ui::TransferAnswerDialog</name>
    <message>
        <source>Answer the transfer of %1</source>
        <translation>答复工单 %1 的转办</translation>
    </message>
    <message>
        <source>The answer, as the owner will relay it to the taxpayer (Ctrl+Enter sends)</source>
        <translation>答复内容，由工单负责人转告纳税人（Ctrl+Enter 发送）</translation>
    </message>
    <message>
        <source>Send answer (Ctrl+Enter)</source>
        <translation>发送答复 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Question:</source>
        <translation>问题：</translation>
    </message>
    <message>
        <source>&amp;Answer:</source>
        <translation>答复(&amp;A)：</translation>
    </message>
</context>
<context>
    <name>hotline::ui::TransferDialog</name>
    <message>
        <source>Transfer work order</source>
        <translation>移交工单</translation>
    </message>
    <message>
        <source>Why the colleague takes over (required)</source>
        <translation>请说明移交给该同事的原因（必填）</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>移交</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The colleague becomes responsible for the work order until it is closed.</source>
        <translation>移交后，该同事将负责此工单直至关闭。</translation>
    </message>
    <message>
        <source>&amp;Colleague</source>
        <translation>接收同事(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>移交原因(&amp;R)</translation>
    </message>
</context>
<context>
    <name>hotline::ui::TransferRequestDialog</name>
    <message>
        <source>Transfer %1 for an answer</source>
        <translation>转办工单 %1</translation>
    </message>
    <message>
        <source>The remote expert team, or type the name of a business department.</source>
        <translation>选择远程专业团队，或输入业务部门名称。</translation>
    </message>
    <message>
        <source>The work order shows as transferred until the answer comes back into its timeline.</source>
        <translation>答复回到工单处理记录之前，工单状态显示为“已转办”。</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>转办</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>转办对象(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Question</source>
        <translation>问题(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>办理期限(&amp;D)</translation>
    </message>
</context>
<context>
    <name>hotline::ui::TransfersWidget</name>
    <message>
        <source>Work order</source>
        <translation>工单号</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Transferred to</source>
        <translation>转办对象</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>持有人</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>已等待</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>&amp;Take (Ctrl+T)</source>
        <translation>领取(&amp;T) (Ctrl+T)</translation>
    </message>
    <message>
        <source>&amp;Answer… (Ctrl+Enter)</source>
        <translation>答复(&amp;A)… (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>撤回(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Refresh (F5)</source>
        <translation>刷新(&amp;R) (F5)</translation>
    </message>
    <message>
        <source>Transferred to:</source>
        <translation>转办对象：</translation>
    </message>
    <message>
        <source>Enter opens the work order.</source>
        <translation>按 Enter 打开工单。</translation>
    </message>
    <message>
        <source>All targets</source>
        <translation>全部对象</translation>
    </message>
    <message>
        <source>(waiting in the queue)</source>
        <translation>（待领取）</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>未答复 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n overdue</source>
        <translation>
            <numerusform>，其中超期 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>转办</translation>
    </message>
</context>
<context>
    <name>hotline::ui::WaveformWidget</name>
    <message>
        <source>Click or drag to seek</source>
        <translation>单击或拖动以跳转</translation>
    </message>
    <message>
        <source>No recording loaded</source>
        <translation>未打开录音</translation>
    </message>
    <message>
        <source>%1 — click or drag to seek</source>
        <translation>%1 — 单击或拖动以跳转</translation>
    </message>
</context>
<context>
    <name>hotline::ui::WorkOrderDetail</name>
    <message>
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>Start handling</source>
        <translation>开始处理</translation>
    </message>
    <message>
        <source>Mark awaiting reply</source>
        <translation>转为待回复</translation>
    </message>
    <message>
        <source>Mark transferred</source>
        <translation>标记为已转办</translation>
    </message>
    <message>
        <source>Mark awaiting return visit</source>
        <translation>转为待回访</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>标记为已解决</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭工单</translation>
    </message>
    <message>
        <source>Select a work order to see and edit it, or press Ctrl+N for a new one.</source>
        <translation>请选择一条工单进行查看和编辑，或按 Ctrl+N 新建工单。</translation>
    </message>
    <message>
        <source>&amp;Save changes (Ctrl+S)</source>
        <translation>保存修改(&amp;S) (Ctrl+S)</translation>
    </message>
    <message>
        <source>Trans&amp;fer to colleague…</source>
        <translation>移交给同事(&amp;F)…</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>处理记录</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>What</source>
        <translation>操作内容</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Add a note to the timeline (Enter)</source>
        <translation>在处理记录中添加备注 (Enter)</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation>添加备注(&amp;N)</translation>
    </message>
    <message>
        <source>%1 · %2 · owner %3 · reply by %4</source>
        <translation>%1 · %2 · 负责人 %3 · 答复期限 %4</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Re&amp;veal full details</source>
        <translation>显示完整信息(&amp;V)</translation>
    </message>
    <message>
        <source>Shows the full taxpayer ID and phone numbers; this is recorded in the audit log.</source>
        <translation>显示完整的纳税人识别号和电话号码；此操作将记入审计日志。</translation>
    </message>
    <message>
        <source>Only the owner of this work order or a team lead may see the full taxpayer ID and phone numbers.</source>
        <translation>只有该工单的负责人或组长才能查看完整的纳税人识别号和电话号码。</translation>
    </message>
    <message>
        <source>Complaint…</source>
        <translation>投诉…</translation>
    </message>
    <message>
        <source>Register a complaint about this work order (Ctrl+Shift+C)</source>
        <translation>登记关于此工单的投诉（Ctrl+Shift+C）</translation>
    </message>
    <message>
        <source>Transfer for an answer… (Ctrl+Shift+T)</source>
        <translation>转办… (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <source>Ask the remote expert team or a business department for the answer</source>
        <translation>请远程专业团队或业务部门答复</translation>
    </message>
    <message>
        <source>Schedule callback… (Ctrl+Shift+B)</source>
        <translation>安排回呼… (Ctrl+Shift+B)</translation>
    </message>
    <message>
        <source>Send &amp;material… (Ctrl+Shift+M)</source>
        <translation>发送资料(&amp;M)… (Ctrl+Shift+M)</translation>
    </message>
</context>
<context>
    <name>hotline::ui::WorkOrderFields</name>
    <message>
        <source>e.g. 0771 5551234 or 139 0771 1234</source>
        <translation>如 0771 5551234 或 139 0771 1234</translation>
    </message>
    <message>
        <source>Name of the withholding unit</source>
        <translation>扣缴单位名称</translation>
    </message>
    <message>
        <source>18-character credit code or ID number</source>
        <translation>18 位统一社会信用代码或身份证号码</translation>
    </message>
    <message>
        <source>Number to call back</source>
        <translation>回拨号码</translation>
    </message>
    <message>
        <source>What the caller asked</source>
        <translation>来电人咨询的问题</translation>
    </message>
    <message>
        <source>The answer given, or what is still to be done</source>
        <translation>已答复的内容，或尚需办理的事项</translation>
    </message>
    <message>
        <source>&amp;Caller number</source>
        <translation>来电号码(&amp;C)</translation>
    </message>
    <message>
        <source>Channe&amp;l</source>
        <translation>渠道(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Withholding unit</source>
        <translation>扣缴单位(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Taxpayer ID</source>
        <translation>纳税人识别号(&amp;T)</translation>
    </message>
    <message>
        <source>Contact &amp;name</source>
        <translation>联系人(&amp;N)</translation>
    </message>
    <message>
        <source>Contact n&amp;umber</source>
        <translation>联系电话(&amp;U)</translation>
    </message>
    <message>
        <source>Cate&amp;gory</source>
        <translation>业务分类(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Difficulty</source>
        <translation>难易程度(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Question</source>
        <translation>咨询问题(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Answer</source>
        <translation>答复内容(&amp;A)</translation>
    </message>
    <message>
        <source>Reply by %1</source>
        <translation>答复期限：%1</translation>
    </message>
    <message>
        <source>Shown masked for your role. Use &quot;Reveal&quot; to see and edit the full value; revealing is recorded.</source>
        <translation>按您的岗位权限脱敏显示。点击“显示完整信息”可查看和修改完整内容；此操作将被记录。</translation>
    </message>
    <message>
        <source>Call id</source>
        <translation>通话流水号</translation>
    </message>
</context>
<context>
    <name>hotline::ui::WorkOrderListModel</name>
    <message>
        <source>Ticket no.</source>
        <translation>工单号</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Reply by</source>
        <translation>答复期限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>业务分类</translation>
    </message>
    <message>
        <source>Withholding unit</source>
        <translation>扣缴单位</translation>
    </message>
    <message>
        <source>Caller number</source>
        <translation>来电号码</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>咨询问题</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Taxpayer ID</source>
        <translation>纳税人识别号</translation>
    </message>
    <message>
        <source>transfer answered</source>
        <translation>转办已答复</translation>
    </message>
</context>
<context>
    <name>hotline::ui::WorkOrderPane</name>
    <message>
        <source>Search question, answer, unit, taxpayer ID, phone… (Ctrl+F)</source>
        <translation>搜索咨询问题、答复内容、单位、纳税人识别号、电话… (Ctrl+F)</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Any deadline</source>
        <translation>全部期限</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未办结</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今日到期</translation>
    </message>
    <message>
        <source>Work orders</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Legend:</source>
        <translation>图例：</translation>
    </message>
    <message>
        <source>Due within 2 hours</source>
        <translation>2 小时内到期</translation>
    </message>
    <message>
        <source>Resolved or closed</source>
        <translation>已解决或已关闭</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部分类</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>全部负责人</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>我负责的</translation>
    </message>
    <message numerus="yes">
        <source>%n work order(s)</source>
        <translation>
            <numerusform>共 %n 条工单</numerusform>
        </translation>
    </message>
    <message>
        <source>The article is linked to work order %1.</source>
        <translation>已将该知识关联到工单 %1。</translation>
    </message>
</context>
<context>
    <name>hotline::ui::WorkOrderPickerDialog</name>
    <message>
        <source>File under an existing work order</source>
        <translation>归入已有工单</translation>
    </message>
    <message>
        <source>Ticket number, words of the question, unit or phone; Enter searches</source>
        <translation>工单号、问题关键词、单位或电话；回车查询</translation>
    </message>
    <message>
        <source>Ticket no.</source>
        <translation>工单号</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>File here</source>
        <translation>归入此工单</translation>
    </message>
</context>
<context>
    <name>hotline::workflow</name>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>信函</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>来访</translation>
    </message>
    <message>
        <source>Referred by a superior office</source>
        <translation>上级转办</translation>
    </message>
    <message>
        <source>An agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <source>An answer</source>
        <translation>答复内容</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>软件</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>较重</translation>
    </message>
    <message>
        <source>Serious</source>
        <translation>严重</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>已登记</translation>
    </message>
    <message>
        <source>Investigating</source>
        <translation>调查中</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>已答复</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>Upheld</source>
        <translation>属实</translation>
    </message>
    <message>
        <source>Partly upheld</source>
        <translation>部分属实</translation>
    </message>
    <message>
        <source>Not upheld</source>
        <translation>不属实</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>指派</translation>
    </message>
    <message>
        <source>Investigation note</source>
        <translation>调查记录</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Replied to the complainant</source>
        <translation>答复投诉人</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>The complaint no longer exists.</source>
        <translation>该投诉已不存在。</translation>
    </message>
    <message>
        <source>The text has %1 characters; at most %2 are allowed.</source>
        <translation>内容有 %1 个字符，最多允许 %2 个。</translation>
    </message>
    <message>
        <source>The complaint is closed; reopen it (with the reason) to change it.</source>
        <translation>该投诉已结案；如需修改，请填写原因后重新打开。</translation>
    </message>
    <message>
        <source>The time the complaint was received cannot be in the future.</source>
        <translation>收到投诉的时间不能晚于当前时间。</translation>
    </message>
    <message>
        <source>Say what the complaint is about.</source>
        <translation>请填写投诉内容。</translation>
    </message>
    <message>
        <source>Choose the agent the complaint is about.</source>
        <translation>请选择被投诉的坐席。</translation>
    </message>
    <message>
        <source>The agent no longer exists.</source>
        <translation>该坐席已不存在。</translation>
    </message>
    <message>
        <source>An agent is named only for a complaint about an agent.</source>
        <translation>只有投诉对象为坐席时才填写坐席。</translation>
    </message>
    <message>
        <source>The recording no longer exists.</source>
        <translation>该录音已不存在。</translation>
    </message>
    <message>
        <source>The work order no longer exists.</source>
        <translation>该工单已不存在。</translation>
    </message>
    <message>
        <source>The operator no longer exists.</source>
        <translation>该操作员已不存在。</translation>
    </message>
    <message>
        <source>%1 cannot handle complaints: choose a quality manager or a team lead.</source>
        <translation>%1 无权处理投诉：请选择质量管理员或组长。</translation>
    </message>
    <message>
        <source>The investigation note is empty.</source>
        <translation>调查记录为空。</translation>
    </message>
    <message>
        <source>Write down what the complainant was told.</source>
        <translation>请填写对投诉人的答复内容。</translation>
    </message>
    <message>
        <source>The time of the reply cannot be in the future.</source>
        <translation>答复时间不能晚于当前时间。</translation>
    </message>
    <message>
        <source>The reply cannot be before the complaint was received.</source>
        <translation>答复时间不能早于收到投诉的时间。</translation>
    </message>
    <message>
        <source>The complaint is already closed.</source>
        <translation>该投诉已结案。</translation>
    </message>
    <message>
        <source>Record the result (upheld, partly upheld or not upheld) before closing the complaint.</source>
        <translation>请先记录处理结果（属实、部分属实或不属实），再结案。</translation>
    </message>
    <message>
        <source>Record the reply to the complainant before closing the complaint.</source>
        <translation>请先记录对投诉人的答复，再结案。</translation>
    </message>
    <message>
        <source>Only a closed complaint is reopened.</source>
        <translation>只有已结案的投诉才能重新打开。</translation>
    </message>
    <message>
        <source>Say why the complaint is reopened.</source>
        <translation>请填写重新打开投诉的原因。</translation>
    </message>
    <message>
        <source>Only the quality manager, a team lead or whoever registered it may read a complaint.</source>
        <translation>只有质量管理员、组长或登记人可以查看该投诉。</translation>
    </message>
    <message>
        <source>The period must have a start date on or before its end date.</source>
        <translation>统计期间的开始日期不能晚于结束日期。</translation>
    </message>
    <message>
        <source>The period cannot start in the future.</source>
        <translation>期间不能从将来的日期开始。</translation>
    </message>
    <message>
        <source>The share must be from 1 to 100 percent.</source>
        <translation>抽取比例须在 1% 到 100% 之间。</translation>
    </message>
    <message>
        <source>The seed must be from 0 to %1.</source>
        <translation>随机种子须在 0 到 %1 之间。</translation>
    </message>
    <message>
        <source>The title has %1 characters; at most %2 are allowed.</source>
        <translation>标题有 %1 个字符，最多允许 %2 个。</translation>
    </message>
    <message>
        <source>Return visits %1 to %2</source>
        <translation>回访计划 %1 至 %2</translation>
    </message>
    <message>
        <source>Choose at least one agent to make the visits.</source>
        <translation>请至少选择一名回访坐席。</translation>
    </message>
    <message>
        <source>An agent chosen for the visits is unknown or inactive.</source>
        <translation>所选回访坐席不存在或已停用。</translation>
    </message>
    <message>
        <source>No work order was resolved in the period that is not already in a return-visit plan.</source>
        <translation>该期间没有尚未列入回访计划的办结工单。</translation>
    </message>
    <message>
        <source>The return-visit plan item no longer exists.</source>
        <translation>该回访计划条目已不存在。</translation>
    </message>
    <message>
        <source>Only the agent the visit was dealt to may see the number.</source>
        <translation>只有被分配该回访的坐席才能查看完整号码。</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待回呼</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>已联系上</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>回呼失败</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>已升级</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>接通</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>未接</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>忙</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>错号</translation>
    </message>
    <message>
        <source>Callback attempts: between 1 and 10.</source>
        <translation>回呼拨打次数：须为 1 至 10 次。</translation>
    </message>
    <message>
        <source>Minutes between callback attempts: 0 to 1440.</source>
        <translation>回呼拨打间隔：须为 0 至 1440 分钟。</translation>
    </message>
    <message numerus="yes">
        <source>May be called now (%n attempt(s) left).</source>
        <translation>
            <numerusform>现在可以拨打（还可拨打 %n 次）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The callback is closed.</source>
        <translation>该回呼已结束。</translation>
    </message>
    <message>
        <source>No attempts left.</source>
        <translation>拨打次数已用完。</translation>
    </message>
    <message>
        <source>Not before %1, the earliest time asked for.</source>
        <translation>%1 之前不拨打（约定的最早时间）。</translation>
    </message>
    <message>
        <source>Too soon after the last attempt: next from %1.</source>
        <translation>距上次拨打时间太短：%1 起可再次拨打。</translation>
    </message>
    <message>
        <source>Outside office hours on working days: next from %1.</source>
        <translation>不在工作日办公时间内：%1 起可拨打。</translation>
    </message>
    <message>
        <source>The callback no longer exists.</source>
        <translation>该回呼已不存在。</translation>
    </message>
    <message>
        <source>Only the owner of work order %1 (%2) or a team lead may do this.</source>
        <translation>只有工单 %1 的负责人（%2）或组长可以执行此操作。</translation>
    </message>
    <message>
        <source>This callback is assigned to %1: only %1 or a team lead may work on it.</source>
        <translation>该回呼已分配给%1：只有%1或组长可以处理。</translation>
    </message>
    <message>
        <source>Number: %1</source>
        <translation>号码：%1</translation>
    </message>
    <message>
        <source>Reason: say why the taxpayer is called back.</source>
        <translation>事由：请说明回呼纳税人的原因。</translation>
    </message>
    <message>
        <source>Reason: at most 500 characters.</source>
        <translation>事由：最多 500 个字符。</translation>
    </message>
    <message>
        <source>Deadline: must be after the earliest time.</source>
        <translation>截止时间：须晚于最早拨打时间。</translation>
    </message>
    <message>
        <source>Deadline: must be in the future.</source>
        <translation>截止时间：须晚于当前时间。</translation>
    </message>
    <message>
        <source>Assignee: choose an active colleague.</source>
        <translation>回呼人：请选择一位在岗的同事。</translation>
    </message>
    <message>
        <source>The callback was changed by someone else meanwhile. Reload it.</source>
        <translation>该回呼已被他人修改，请刷新后再操作。</translation>
    </message>
    <message>
        <source>Note: at most 500 characters.</source>
        <translation>备注：最多 500 个字符。</translation>
    </message>
    <message>
        <source>The callback is already %1.</source>
        <translation>该回呼已是“%1”状态。</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待答复</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>已答复</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>Remote expert team</source>
        <translation>远程专业团队</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) %1 h</source>
        <translation>
            <numerusform>%n 个工作日 %1 小时</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>The transfer no longer exists.</source>
        <translation>该转办已不存在。</translation>
    </message>
    <message>
        <source>The transfer is already %1.</source>
        <translation>该转办已是“%1”状态。</translation>
    </message>
    <message>
        <source>The transfer was changed by someone else meanwhile. Reload it.</source>
        <translation>该转办已被他人修改，请刷新后再操作。</translation>
    </message>
    <message>
        <source>Department: name the business department to transfer to.</source>
        <translation>业务部门：请填写转办的业务部门名称。</translation>
    </message>
    <message>
        <source>Department: at most 50 characters.</source>
        <translation>业务部门：最多 50 个字符。</translation>
    </message>
    <message>
        <source>Question: write down what the transfer should answer.</source>
        <translation>问题：请写明需要答复的问题。</translation>
    </message>
    <message>
        <source>Question: at most 4,000 characters.</source>
        <translation>问题：最多 4,000 个字符。</translation>
    </message>
    <message>
        <source>Due time: must be in the future.</source>
        <translation>办理期限：须晚于当前时间。</translation>
    </message>
    <message>
        <source>This work order already has an open transfer to %1. Wait for its answer or withdraw it first.</source>
        <translation>该工单已转办至%1且尚未答复。请等待答复，或先撤回该转办。</translation>
    </message>
    <message>
        <source>A work order that is %1 cannot be transferred.</source>
        <translation>“%1”状态的工单不能转办。</translation>
    </message>
    <message>
        <source>A transfer to %1 is answered by the work order&apos;s owner, not taken from the expert team&apos;s queue.</source>
        <translation>转办至%1的问题由工单负责人记录答复，不能从专家团队的队列中领取。</translation>
    </message>
    <message>
        <source>%1 has already taken this transfer.</source>
        <translation>%1 已领取该转办。</translation>
    </message>
    <message>
        <source>Answer: write down the answer.</source>
        <translation>答复：请填写答复内容。</translation>
    </message>
    <message>
        <source>Answer: at most 8,000 characters.</source>
        <translation>答复：最多 8,000 个字符。</translation>
    </message>
    <message>
        <source>%1 has taken this transfer and answers it.</source>
        <translation>该转办已由 %1 领取并负责答复。</translation>
    </message>
    <message>
        <source>Choose the quality manager or team lead who handles it.</source>
        <translation>请选择负责处理的质量管理员或组长。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>HotlineDesk cannot start</source>
        <translation>HotlineDesk 无法启动</translation>
    </message>
</context>
</TS>
