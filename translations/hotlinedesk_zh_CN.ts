<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>hotline::calendar</name>
    <message>
        <source>The store holds a calendar day that is not a date: &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A calendar day without a valid date cannot be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored office hours &quot;%1&quot; cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day %1 is not an object with &quot;name&quot;, &quot;date&quot; and &quot;isOffDay&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day %1 has no &quot;date&quot; text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day %1: &quot;%2&quot; is not a date written like 2027-01-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day %1: %2 is too far from the file&apos;s year %3 (only %4 to %5 may be listed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day %1 (%2): &quot;isOffDay&quot; must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day %1 (%2) has no &quot;name&quot; text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid JSON: %1 (at character %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a JSON object {&quot;year&quot;, &quot;papers&quot;, &quot;days&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &quot;year&quot; field is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &quot;year&quot; field must be a year number such as 2027.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &quot;papers&quot; field must be a list of web addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &quot;days&quot; field is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &quot;days&quot; field must be a list of days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file lists no days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day %1: %2 is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file lists no holiday on 1 January %1, which every State Council notice does: it is incomplete or its year is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No office hours given; write them like 09:00-12:00,13:30-17:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a period of office hours like 09:00-12:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period %1 does not end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The periods must be in order of the day: %1 is written after %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The periods %1 and %2 overlap.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hotline::db</name>
    <message>
        <source>The store %1 is locked by another program. Close it and try again; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 is read-only (the file or its folder cannot be written). Give your account write access or choose another file; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 is damaged or is not a database file (%2). Restore it from a backup; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a store file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no SQLite header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 was written by a newer HotlineDesk (schema %2; this version knows up to %3). Update HotlineDesk; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a database of another program, not a HotlineDesk store; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This SQLite library lacks full-text search (FTS5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not keep a copy of the store before upgrading it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema file %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the store to schema %1 failed and was undone: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store refused the operation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store is busy or locked by another program: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving to the store failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hotline::security</name>
    <message>
        <source>Phone agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QA inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An operator&apos;s name must have 1 to 20 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An operator named %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hotline::telephony</name>
    <message>
        <source>No HotlineDesk workstation is running for this user (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workstation did not take the call: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workstation did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The screen-pop message has no caller number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another HotlineDesk workstation already listens for calls (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hotline::tickets</name>
    <message>
        <source>A category name must have 1 to 30 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The category %1 already exists here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics can only be added under a top-level group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The category no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n work order(s) use this category; it cannot be removed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the topics of this group first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unified social credit code was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unified social credit code has 18 characters; this one has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Illegal character %1 at position %2 of the unified social credit code: the letters I, O, S, V and Z are never used (I and O are usually 1 and 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Illegal character %1 at position %2 of the unified social credit code: only digits and capital letters other than I, O, S, V and Z are used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position 1 of a unified social credit code is the registration authority (1, 5, 9, Y and a few others), never %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unified social credit code starting with 9 continues with 1 (enterprise), 2 (individual business) or 3 (farmers&apos; cooperative), not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positions 3-8 of a unified social credit code are the registering office&apos;s area code and must be digits; position %1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check character of this unified social credit code should be %1, not %2: one of the characters was probably misheard or mistyped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No resident ID number was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This looks like an old 15-digit ID number; the withholding client needs the 18-character number of the current ID card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A resident ID number has 18 characters; this one has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Illegal character %1 at position %2 of the resident ID number: the first 17 characters are digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Illegal character %1 at position 18 of the resident ID number: the last character is a digit or X.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown province code %1 in positions 1-2 of the resident ID number (Guangxi is 45).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impossible birth date %1 in positions 7-14 of the resident ID number (yyyyMMdd).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date %1 in positions 7-14 of the resident ID number is before 1900.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date %1 in positions 7-14 of the resident ID number is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check digit of this resident ID number should be %1, not %2: one of the digits was probably misheard or mistyped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a service number (like 12366, 95xxx or 400 numbers), which only receives calls; ask for the caller&apos;s own mobile or landline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mobile number has 11 digits; %1 has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile numbers start with 13 to 19, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mobile number has no extension; remove %1 after %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The landline %1 has no area code: add it in front, e.g. 0771 for Nanning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a mainland phone number: mobiles start with 1 and have 11 digits, landlines start with an area code such as 0771.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown area code at the start of %1: area codes are 010, 02x or 0 followed by three digits starting with 3 to 9 (only +86 numbers are accepted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is only an area code; the local number is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local number after area code %1 cannot start with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local number after area code %1 has %2 digits; it should have 7 or 8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Illegal character %1 at position %2 of the phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No phone number was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The extension after %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An extension has at most 6 digits; %1 has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No taxpayer ID was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A taxpayer ID (unified social credit code or resident ID number) has 18 characters; this one has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only mainland China numbers (+86) are accepted; ask for a mainland mobile or landline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a country code was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difficult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordinary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting return visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caller number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withholding unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taxpayer ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>difficulty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reply deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller number: required for a phone call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taxpayer ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withholding unit: at most 100 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact name: at most 30 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question: write down what the caller asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question or answer: too long (4,000 / 8,000 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer: a question resolved during the call needs its answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category: choose a topic of the category tree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created and resolved during the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The work order no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work order %1 belongs to %2 (first-contact ownership). Ask %2 or a team lead to transfer it to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work order %1 was changed by someone else meanwhile. Reopen it to see the changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A work order that is %1 cannot become %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the answer given before marking the work order resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A transfer needs its reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A closed work order cannot be transferred.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The colleague to transfer to is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already owns this work order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferred from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hotline::ui::CategoryDialog</name>
    <message>
        <source>Work-order categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name for a new or renamed category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;topic to group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the group the topic belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hotline::ui::MainWindow</name>
    <message>
        <source>HotlineDesk — 12366 hotline workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultation work orders (Alt+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Work order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New work order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Work orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Categories…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch &amp;operator…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About HotlineDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1 · Overdue %2 · Due today %3 · Total %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About HotlineDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HotlineDesk %1
Workstation for the 12366 tax hotline: work orders, reply deadlines on the PRC working-day calendar, caller screen-pop.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hotline::ui::NewWorkOrderDialog</name>
    <message>
        <source>New work order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resolved during the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming call from %1: no earlier work orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Incoming call from %1: %n earlier work order(s) of this number or unit.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Incoming call %1 — new work order</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hotline::ui::OperatorDialog</name>
    <message>
        <source>Who is working at this desk?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change you make is recorded under this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hotline::ui::TransferDialog</name>
    <message>
        <source>Transfer work order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the colleague takes over (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The colleague becomes responsible for the work order until it is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hotline::ui::WorkOrderDetail</name>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark transferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting return visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a work order to see and edit it, or press Ctrl+N for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save changes (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trans&amp;fer to colleague…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a note to the timeline (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · owner %3 · reply by %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work order</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hotline::ui::WorkOrderFields</name>
    <message>
        <source>e.g. 0771 5551234 or 139 0771 1234</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the withholding unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18-character credit code or ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number to call back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the caller asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer given, or what is still to be done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Caller number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channe&amp;l</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withholding unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Taxpayer ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact n&amp;umber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cate&amp;gory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Difficulty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply by %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hotline::ui::WorkOrderListModel</name>
    <message>
        <source>Ticket no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withholding unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hotline::ui::WorkOrderPane</name>
    <message>
        <source>Search question, answer, unit, taxpayer ID, phone… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legend:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due within 2 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved or closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n work order(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>HotlineDesk cannot start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
