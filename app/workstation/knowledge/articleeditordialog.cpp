#include "knowledge/articleeditordialog.h"

#include "common/workspace.h"
#include "knowledge/articlehistorydialog.h"
#include "knowledge/articleservice.h"
#include "knowledge/kbcategories.h"
#include "knowledge/policyservice.h"
#include "security/permissions.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QSplitter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextEdit>
#include <QTextList>
#include <QTextTable>
#include <QToolBar>
#include <QVBoxLayout>

namespace hotline::ui {
namespace {

const QDate kNoDate(2000, 1, 1); // the QDateEdit minimum, shown as "none"

ArticleEditorDialog::ReasonPrompt& reasonPrompt()
{
    static ArticleEditorDialog::ReasonPrompt prompt;
    return prompt;
}

QDate dateOf(const QDateEdit* e)
{
    return e->date() == kNoDate ? QDate() : e->date();
}

// The body of QTextEdit's HTML document, without the document wrapper.
QString bodyFragment(const QString& html)
{
    static const QRegularExpression body(QStringLiteral("<body[^>]*>(.*)</body>"),
                                         QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch m = body.match(html);
    return m.hasMatch() ? m.captured(1).trimmed() : html;
}

} // namespace

void ArticleEditorDialog::setReasonPrompt(ReasonPrompt prompt)
{
    reasonPrompt() = std::move(prompt);
}

ArticleEditorDialog::ArticleEditorDialog(Workspace& workspace, const QString& articleId, QWidget* parent)
    : QDialog(parent), m_ws(workspace)
{
    setObjectName(QStringLiteral("articleEditorDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setModal(false);
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("articleTitleLineEdit"));
    m_title->setPlaceholderText(tr("The question as callers ask it"));
    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("articleCategoryComboBox"));
    m_tags = new QLineEdit(this);
    m_tags->setObjectName(QStringLiteral("articleTagsLineEdit"));
    m_tags->setPlaceholderText(tr("Comma-separated, e.g. 专项附加扣除, 年度汇算"));
    m_similar = new QPlainTextEdit(this);
    m_similar->setObjectName(QStringLiteral("articleSimilarPlainTextEdit"));
    m_similar->setPlaceholderText(tr("Other ways callers ask the same question, one a line"));
    m_similar->setMaximumHeight(80);
    m_body = new QTextEdit(this);
    m_body->setObjectName(QStringLiteral("articleBodyTextEdit"));
    m_body->setAcceptRichText(true);
    m_body->setPlaceholderText(tr("The answer: headings, lists, tables and links are kept."));
    m_policies = new QListWidget(this);
    m_policies->setObjectName(QStringLiteral("articlePoliciesListWidget"));
    m_policies->setMaximumHeight(110);
    m_policies->setToolTip(tr("Tick the policy documents this answer is based on"));
    auto dateEdit = [this](const QString& name) {
        auto* e = new QDateEdit(this);
        e->setObjectName(name);
        e->setCalendarPopup(true);
        e->setMinimumDate(kNoDate);
        e->setSpecialValueText(tr("None"));
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        e->setDate(kNoDate);
        return e;
    };
    m_effective = dateEdit(QStringLiteral("articleEffectiveDateEdit"));
    m_expires = dateEdit(QStringLiteral("articleExpiryDateEdit"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("articleStatusLabel"));
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("reviewNoteLabel"));
    m_note->setWordWrap(true);
    m_note->setStyleSheet(QStringLiteral("color: #8a4b00;"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));

    auto button = [this](const QString& text, const QString& name) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(name);
        b->setAutoDefault(false);
        return b;
    };
    m_save = button(tr("&Save draft"), QStringLiteral("saveDraftButton"));
    m_save->setToolTip(tr("Save draft (Ctrl+S)"));
    m_submit = button(tr("Su&bmit for review"), QStringLiteral("submitForReviewButton"));
    m_approve = button(tr("&Approve and publish"), QStringLiteral("approveButton"));
    m_reject = button(tr("Send &back…"), QStringLiteral("rejectButton"));
    m_archive = button(tr("Ar&chive"), QStringLiteral("archiveButton"));
    m_history = button(tr("&History…"), QStringLiteral("historyButton"));
    connect(m_save, &QPushButton::clicked, this, &ArticleEditorDialog::saveDraft);
    connect(m_submit, &QPushButton::clicked, this, &ArticleEditorDialog::submitForReview);
    connect(m_approve, &QPushButton::clicked, this, &ArticleEditorDialog::approve);
    connect(m_reject, &QPushButton::clicked, this, &ArticleEditorDialog::sendBack);
    connect(m_archive, &QPushButton::clicked, this, &ArticleEditorDialog::archive);
    connect(m_history, &QPushButton::clicked, this, &ArticleEditorDialog::showHistory);
    auto* saveShortcut = new QShortcut(QKeySequence::Save, this);
    connect(saveShortcut, &QShortcut::activated, this, &ArticleEditorDialog::saveDraft);
    const bool reviewer = security::roleHas(m_ws.currentOperator.role, security::Permission::ReviewKnowledge);
    m_approve->setVisible(reviewer);
    m_reject->setVisible(reviewer);
    m_archive->setVisible(reviewer);

    auto* dates = new QHBoxLayout;
    dates->addWidget(m_effective);
    dates->addWidget(new QLabel(tr("Expires:"), this));
    dates->addWidget(m_expires);
    dates->addStretch(1);
    auto* form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("Categor&y:"), m_category);
    form->addRow(tr("Ta&gs:"), m_tags);
    form->addRow(tr("Also asked as:"), m_similar);
    form->addRow(tr("Effective:"), dates);
    form->addRow(tr("Policy sources:"), m_policies);
    auto* state = new QHBoxLayout;
    state->addWidget(m_status);
    state->addWidget(m_note, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_history);
    buttons->addStretch(1);
    for (QPushButton* b : {m_save, m_submit, m_approve, m_reject, m_archive}) {
        buttons->addWidget(b);
    }
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(state);
    layout->addLayout(form);
    layout->addWidget(makeToolBar());
    layout->addWidget(m_body, 1);
    layout->addWidget(m_error);
    layout->addLayout(buttons);

    auto categories = knowledge::KbCategoryRepository(m_ws.db->connection()).all();
    for (const knowledge::KbCategory& c : categories.value_or({})) {
        m_category->addItem(c.name, c.id);
    }
    m_category->setCurrentIndex(m_category->findText(QStringLiteral("热点问题")));
    auto policies = knowledge::PolicyService(m_ws.db->connection(), *m_ws.ids, *m_ws.clock).all();
    for (const knowledge::Policy& p : policies.value_or({})) {
        QString label = knowledge::policyLabel(p);
        if (p.status != knowledge::PolicyStatus::Effective) {
            label += QStringLiteral(" [") + knowledge::displayName(p.status) + QStringLiteral("]");
        }
        auto* item = new QListWidgetItem(label, m_policies);
        item->setData(Qt::UserRole, p.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    if (m_policies->count() == 0) {
        new QListWidgetItem(tr("No policy documents yet (知识库 → 政策文件)"), m_policies);
    }
    load(articleId);
    resize(860, 760);
}

QToolBar* ArticleEditorDialog::makeToolBar()
{
    auto* bar = new QToolBar(this);
    bar->setObjectName(QStringLiteral("articleFormatToolBar"));
    auto add = [this, bar](const QString& text, const QKeySequence& keys, auto handler) {
        QAction* a = bar->addAction(text);
        a->setShortcut(keys);
        a->setToolTip(keys.isEmpty() ? text
                                     : text + QStringLiteral(" (") + keys.toString(QKeySequence::NativeText) +
                                           QStringLiteral(")"));
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(a, &QAction::triggered, this, handler);
        return a;
    };
    add(tr("Heading"), QKeySequence(tr("Ctrl+H")), [this] {
        QTextCursor c = m_body->textCursor();
        QTextBlockFormat block = c.blockFormat();
        const bool isHeading = block.headingLevel() > 0;
        block.setHeadingLevel(isHeading ? 0 : 3);
        c.setBlockFormat(block);
        QTextCharFormat chars;
        chars.setFontWeight(isHeading ? QFont::Normal : QFont::Bold);
        chars.setProperty(QTextFormat::FontSizeAdjustment, isHeading ? 0 : 1);
        c.select(QTextCursor::BlockUnderCursor);
        c.mergeCharFormat(chars);
    });
    add(tr("Bold"), QKeySequence::Bold, [this] {
        QTextCharFormat f;
        f.setFontWeight(m_body->fontWeight() > QFont::Normal ? QFont::Normal : QFont::Bold);
        m_body->mergeCurrentCharFormat(f);
    });
    add(tr("Bulleted list"), QKeySequence(), [this] { m_body->textCursor().createList(QTextListFormat::ListDisc); });
    add(tr("Numbered list"), QKeySequence(), [this] { m_body->textCursor().createList(QTextListFormat::ListDecimal); });
    add(tr("Table"), QKeySequence(), [this] {
        QTextTableFormat f;
        f.setBorder(1);
        f.setCellPadding(4);
        f.setCellSpacing(0);
        f.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        m_body->textCursor().insertTable(3, 3, f);
    });
    add(tr("Link…"), QKeySequence(tr("Ctrl+L")), [this] {
        bool ok = false;
        const QString url = QInputDialog::getText(this, tr("Insert link"), tr("Web address (http or https):"),
                                                  QLineEdit::Normal, QStringLiteral("https://"), &ok);
        const QUrl parsed(url.trimmed(), QUrl::StrictMode);
        if (!ok || !parsed.isValid() ||
            (parsed.scheme() != QLatin1String("http") && parsed.scheme() != QLatin1String("https"))) {
            if (ok) {
                report(tr("Only http and https links can be inserted."));
            }
            return;
        }
        QTextCursor c = m_body->textCursor();
        const QString text = c.hasSelection() ? c.selectedText() : parsed.toString();
        c.insertHtml(
            QStringLiteral("<a href=\"%1\">%2</a>").arg(parsed.toString().toHtmlEscaped(), text.toHtmlEscaped()));
    });
    return bar;
}

void ArticleEditorDialog::load(QString id)
{
    m_article = {};
    if (!id.isEmpty()) {
        auto found = knowledge::ArticleService(m_ws.db->connection(), *m_ws.ids, *m_ws.clock).find(id);
        if (!found) {
            report(found.error().message);
        } else {
            m_article = found.value();
        }
    }
    fill();
}

void ArticleEditorDialog::fill()
{
    const knowledge::Article& a = m_article;
    setWindowTitle(a.id.isEmpty() ? tr("New knowledge-base article") : tr("Article: %1").arg(a.title));
    m_title->setText(a.title);
    if (!a.categoryId.isEmpty()) {
        m_category->setCurrentIndex(m_category->findData(a.categoryId));
    }
    m_tags->setText(a.tags.join(QStringLiteral(", ")));
    m_similar->setPlainText(a.similar.join(QLatin1Char('\n')));
    m_body->setHtml(a.bodyHtml);
    m_body->document()->setModified(false);
    for (int i = 0; i < m_policies->count(); ++i) {
        QListWidgetItem* item = m_policies->item(i);
        if (item->flags().testFlag(Qt::ItemIsUserCheckable)) {
            item->setCheckState(a.policyIds.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                                          : Qt::Unchecked);
        }
    }
    m_effective->setDate(a.effective.isValid() ? a.effective : kNoDate);
    m_expires->setDate(a.expires.isValid() ? a.expires : kNoDate);
    knowledge::ArticleService service(m_ws.db->connection(), *m_ws.ids, *m_ws.clock);
    const QString note = a.id.isEmpty() ? QString() : service.reviewNote(a.id).value_or({});
    const QList<knowledge::ArticleEvent> events =
        a.id.isEmpty() ? QList<knowledge::ArticleEvent>() : service.events(a.id).value_or({});
    const bool sentBack = !events.isEmpty() && events.last().action == QLatin1String("sent_back");
    m_status->setText(a.id.isEmpty() ? tr("New draft")
                                     : tr("%1 · version %2").arg(knowledge::displayName(a.status)).arg(a.version));
    QStringList lines;
    if (sentBack) {
        lines << tr("Back to review: %1").arg(events.last().note);
    } else if (!note.isEmpty()) {
        lines << tr("Review note: %1").arg(note);
    }
    if (a.status == knowledge::ArticleStatus::Published || a.status == knowledge::ArticleStatus::Pending) {
        // The choice made in libcore (articleservice.h): published text is always approved text.
        lines << tr("Saving a change takes the article back to draft until it is approved again.");
    }
    m_note->setText(lines.join(QLatin1Char('\n')));
    updateButtons();
}

void ArticleEditorDialog::updateButtons()
{
    const knowledge::Article& a = m_article;
    const bool exists = !a.id.isEmpty();
    const bool othersArticle = exists && a.authorId != m_ws.currentOperator.id;
    m_submit->setEnabled(!exists || a.status == knowledge::ArticleStatus::Draft);
    m_approve->setEnabled(othersArticle && a.status == knowledge::ArticleStatus::Pending);
    m_reject->setEnabled(othersArticle && a.status == knowledge::ArticleStatus::Pending);
    m_archive->setEnabled(othersArticle && a.status == knowledge::ArticleStatus::Published);
    m_history->setEnabled(exists);
}

knowledge::Article ArticleEditorDialog::edited() const
{
    knowledge::Article a = m_article;
    a.title = m_title->text();
    a.categoryId = m_category->currentData().toString();
    a.tags = m_tags->text().split(QRegularExpression(QStringLiteral("[,，、]")), Qt::SkipEmptyParts);
    a.similar = m_similar->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (m_body->document()->isModified() || a.id.isEmpty()) {
        a.bodyHtml = bodyFragment(m_body->toHtml());
    }
    a.policyIds.clear();
    for (int i = 0; i < m_policies->count(); ++i) {
        if (m_policies->item(i)->checkState() == Qt::Checked) {
            a.policyIds << m_policies->item(i)->data(Qt::UserRole).toString();
        }
    }
    a.effective = dateOf(m_effective);
    a.expires = dateOf(m_expires);
    return a;
}

void ArticleEditorDialog::report(const QString& error, const QString& field)
{
    m_error->setText(error);
    const QHash<QString, QWidget*> fields{{QStringLiteral("title"), m_title},
                                          {QStringLiteral("body"), m_body},
                                          {QStringLiteral("category"), m_category},
                                          {QStringLiteral("expires"), m_expires},
                                          {QStringLiteral("policies"), m_policies}};
    if (QWidget* w = fields.value(field)) {
        w->setFocus(Qt::OtherFocusReason);
    }
}

void ArticleEditorDialog::afterChange()
{
    load(m_article.id);
    m_error->clear();
    emit articleChanged(m_article.id);
}

bool ArticleEditorDialog::saveDraft()
{
    auto saved =
        knowledge::ArticleService(m_ws.db->connection(), *m_ws.ids, *m_ws.clock).save(edited(), m_ws.currentOperator);
    if (!saved) {
        report(saved.error().message, saved.error().field);
        return false;
    }
    m_article = saved.value();
    afterChange();
    return true;
}

void ArticleEditorDialog::submitForReview()
{
    if (!saveDraft()) {
        return;
    }
    Outcome r = knowledge::ArticleService(m_ws.db->connection(), *m_ws.ids, *m_ws.clock)
                    .submit(m_article.id, m_article.version, m_ws.currentOperator);
    if (!r) {
        report(r.error().message);
        return;
    }
    afterChange();
}

void ArticleEditorDialog::approve()
{
    Outcome r = knowledge::ArticleService(m_ws.db->connection(), *m_ws.ids, *m_ws.clock)
                    .approve(m_article.id, m_article.version, m_ws.currentOperator);
    if (!r) {
        report(r.error().message);
        return;
    }
    afterChange();
}

void ArticleEditorDialog::sendBack()
{
    std::optional<QString> reason;
    if (reasonPrompt()) {
        reason = reasonPrompt()(this);
    } else {
        bool ok = false;
        const QString text = QInputDialog::getMultiLineText(
            this, tr("Send back to the author"), tr("What must be fixed before it can be published?"), {}, &ok);
        if (ok) {
            reason = text;
        }
    }
    if (!reason) {
        return;
    }
    Outcome r = knowledge::ArticleService(m_ws.db->connection(), *m_ws.ids, *m_ws.clock)
                    .reject(m_article.id, m_article.version, m_ws.currentOperator, *reason);
    if (!r) {
        report(r.error().message, r.error().field);
        return;
    }
    afterChange();
}

void ArticleEditorDialog::archive()
{
    Outcome r = knowledge::ArticleService(m_ws.db->connection(), *m_ws.ids, *m_ws.clock)
                    .archive(m_article.id, m_article.version, m_ws.currentOperator);
    if (!r) {
        report(r.error().message);
        return;
    }
    afterChange();
}

void ArticleEditorDialog::showHistory()
{
    if (m_article.id.isEmpty()) {
        return;
    }
    auto* dialog = new ArticleHistoryDialog(m_ws, m_article.id, this);
    dialog->show();
}

} // namespace hotline::ui
