#include "knowledge/knowledgepane.h"

#include "common/workspace.h"
#include "knowledge/askrobotwidget.h"
#include "knowledge/backgroundsearch.h"
#include "knowledge/hitdelegate.h"
#include "knowledge/hotquestionswidget.h"
#include "knowledge/kbauthoringbar.h"
#include "knowledge/kbexchangeactions.h"
#include "knowledge/kbgapswidget.h"
#include "knowledge/kbrepository.h"
#include "knowledge/linklistwidget.h"
#include "knowledge/synonymrepository.h"
#include "knowledge/synonymsdialog.h"
#include "security/permissions.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace hotline::ui {
namespace {

constexpr int kIdRole = Qt::UserRole;

} // namespace

KnowledgePane::KnowledgePane(Workspace& workspace, QWidget* parent) : QWidget(parent), m_ws(workspace)
{
    setObjectName(QStringLiteral("knowledgePane"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("kbSearchLineEdit"));
    m_search->setPlaceholderText(tr("Search the knowledge base: keywords or the caller's whole question (Ctrl+K)"));
    m_search->setClearButtonEnabled(true);
    m_delay = new QTimer(this);
    m_delay->setSingleShot(true);
    m_delay->setInterval(150); // results follow the typing without stalling it
    connect(m_search, &QLineEdit::textChanged, m_delay, qOverload<>(&QTimer::start));
    connect(m_delay, &QTimer::timeout, this, &KnowledgePane::searchAsYouType);
    if (m_ws.db->path() != QLatin1String(":memory:")) {
        m_background = new BackgroundSearch(m_ws.db->path(), this);
    }
    connect(m_search, &QLineEdit::returnPressed, this, &KnowledgePane::search);

    m_results = new QListWidget(this);
    m_results->setObjectName(QStringLiteral("kbResultsListWidget"));
    m_results->setWordWrap(true);
    m_results->setAlternatingRowColors(true);
    m_results->setItemDelegate(new HitDelegate(m_results));
    m_results->setResizeMode(QListView::Adjust); // rich-text rows re-wrap with the width
    connect(m_results, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        if (item != nullptr) {
            showArticle(item->data(kIdRole).toString());
        }
    });
    m_count = new QLabel(this);
    m_viewer = new QTextBrowser(this);
    m_viewer->setObjectName(QStringLiteral("kbArticleTextBrowser"));
    m_viewer->setOpenExternalLinks(true);
    m_copy = new QPushButton(tr("&Copy answer"), this);
    m_copy->setObjectName(QStringLiteral("copyAnswerButton"));
    m_insert = new QPushButton(tr("&Insert into work order"), this);
    m_insert->setObjectName(QStringLiteral("insertAnswerButton"));
    m_copy->setEnabled(false);
    m_insert->setEnabled(false);
    connect(m_copy, &QPushButton::clicked, this, &KnowledgePane::copyAnswer);
    connect(m_insert, &QPushButton::clicked, this, [this] { emit insertAnswer(m_currentText, m_currentId); });
    m_link = new QPushButton(tr("&Link to work order"), this);
    m_link->setObjectName(QStringLiteral("linkArticleButton"));
    m_link->setEnabled(false);
    connect(m_link, &QPushButton::clicked, this, [this] { emit linkArticle(m_currentId); });

    // Filters: the category, and the status for those who may see unpublished articles (published by default).
    m_categoryFilter = new QComboBox(this);
    m_categoryFilter->setObjectName(QStringLiteral("kbCategoryComboBox"));
    m_categoryFilter->setToolTip(tr("Only articles of this category"));
    reloadCategories();
    m_statusFilter = new QComboBox(this);
    m_statusFilter->setObjectName(QStringLiteral("kbStatusComboBox"));
    m_statusFilter->setToolTip(tr("Only articles in this status"));
    m_statusFilter->addItem(knowledge::displayName(knowledge::ArticleStatus::Published),
                            knowledge::key(knowledge::ArticleStatus::Published));
    m_statusFilter->addItem(tr("Any status"), QString());
    for (const auto s :
         {knowledge::ArticleStatus::Draft, knowledge::ArticleStatus::Pending, knowledge::ArticleStatus::Archived}) {
        m_statusFilter->addItem(knowledge::displayName(s), knowledge::key(s));
    }
    m_statusFilter->setVisible(security::roleHas(m_ws.currentOperator.role, security::Permission::WriteKnowledge));
    m_synonyms = new QPushButton(tr("S&ynonyms…"), this);
    m_synonyms->setObjectName(QStringLiteral("kbSynonymsButton"));
    m_synonyms->setToolTip(tr("Edit the synonym dictionary searches expand with"));
    m_synonyms->setVisible(security::roleHas(m_ws.currentOperator.role, security::Permission::ManageKnowledge));
    connect(m_synonyms, &QPushButton::clicked, this, &KnowledgePane::editSynonyms);
    for (QComboBox* filter : {m_categoryFilter, m_statusFilter}) {
        connect(filter, &QComboBox::currentIndexChanged, this, &KnowledgePane::searchAsYouType);
    }
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_categoryFilter, 1);
    filters->addWidget(m_statusFilter);
    filters->addWidget(m_synonyms);

    auto* searchTab = new QWidget(this);
    auto* sl = new QVBoxLayout(searchTab);
    sl->setContentsMargins(0, 0, 0, 0);
    sl->addWidget(m_results, 1);
    sl->addWidget(m_count);
    // The search field stays above every list: typing in it always brings back the search results.
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("kbTabWidget"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(searchTab, tr("Search results"));
    connect(m_search, &QLineEdit::textEdited, this, [this] { m_tabs->setCurrentIndex(0); });
    m_tabs->addTab(new HotQuestionsWidget(m_ws, this, this), tr("Hot questions"));
    m_tabs->addTab(new LinkListWidget(m_ws, knowledge::LinkKind::Course, this), tr("Tax courses"));
    m_tabs->addTab(new LinkListWidget(m_ws, knowledge::LinkKind::News, this), tr("News"));
    m_tabs->addTab(new KbGapsWidget(m_ws, this, this), tr("KB gaps"));
    m_tabs->addTab(new AskRobotWidget(m_ws, this, this), tr("Ask the robot"));
    auto* left = new QWidget(this);
    auto* ll = new QVBoxLayout(left);
    ll->setContentsMargins(0, 0, 0, 0);
    ll->addWidget(m_search);
    ll->addLayout(filters);
    ll->addWidget(m_tabs, 1);
    auto* right = new QWidget(this);
    auto* rl = new QVBoxLayout(right);
    rl->setContentsMargins(0, 0, 0, 0);
    rl->addWidget(m_viewer, 1);
    auto* buttons = new QHBoxLayout;
    auto* exchange = new KbExchangeActions(m_ws, this);
    connect(exchange, &KbExchangeActions::imported, this, &KnowledgePane::search);
    buttons->addWidget(exchange->button());
    buttons->addStretch(1);
    buttons->addWidget(m_copy);
    buttons->addWidget(m_insert);
    buttons->addWidget(m_link);
    rl->addLayout(buttons);
    rl->addWidget(new KbAuthoringBar(m_ws, *this)); // new / edit / history, policies, categories, the review queue
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setSizes({560, 760});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(splitter);
    m_viewer->setPlaceholderText(tr("Type a few words of the question; the best articles appear as you type."));
}

void KnowledgePane::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

knowledge::KbSearchOptions KnowledgePane::searchOptions() const
{
    knowledge::KbSearchOptions options;
    options.limit = 30;
    options.today = m_ws.clock->now().date();
    options.categoryId = m_categoryFilter->currentData().toString();
    const QString status = m_statusFilter->currentData().toString();
    options.publishedOnly = status == knowledge::key(knowledge::ArticleStatus::Published);
    options.status = status.isEmpty() || options.publishedOnly ? std::nullopt : knowledge::articleStatusFromKey(status);
    return options;
}

void KnowledgePane::reloadCategories()
{
    // Categories are editable (知识库分类): read them again, keeping the chosen one while it exists.
    const QString chosen = m_categoryFilter->currentData().toString();
    const QSignalBlocker quiet(m_categoryFilter);
    m_categoryFilter->clear();
    m_categoryFilter->addItem(tr("All categories"), QString());
    for (const auto& [id, name] : knowledge::KbRepository(m_ws.db->connection()).categoryChoices().value_or({})) {
        m_categoryFilter->addItem(name, id);
    }
    m_categoryFilter->setCurrentIndex(std::max(0, m_categoryFilter->findData(chosen)));
}

void KnowledgePane::search()
{
    m_delay->stop();
    reloadCategories();
    if (m_background != nullptr) {
        m_background->cancel(); // an answer to what was typed before must not replace this one
    }
    showHits(searchKnowledge(m_ws.db->connection(), m_search->text(), searchOptions()));
}

void KnowledgePane::searchAsYouType()
{
    reloadCategories();
    if (m_background == nullptr) {
        search();
        return;
    }
    m_background->request(m_search->text(), searchOptions(),
                          [this](const Result<QList<knowledge::KbHit>>& hits) { showHits(hits); });
}

bool KnowledgePane::searching() const
{
    return m_background != nullptr && m_background->busy();
}

void KnowledgePane::showHits(const Result<QList<knowledge::KbHit>>& hits)
{
    m_results->clear();
    if (!hits) {
        m_count->setText(hits.error().message);
        return;
    }
    for (const knowledge::KbHit& h : hits.value()) {
        QString plain = QString(h.snippet).remove(QStringLiteral("〖")).remove(QStringLiteral("〗"));
        QString text = h.title + QStringLiteral("\n[") + h.category + QStringLiteral("] ") + plain;
        QString html =
            QStringLiteral("<b>%1</b><br><span style='color:#666'>[%2]</span> %3")
                .arg(h.title.toHtmlEscaped(), h.category.toHtmlEscaped(), HitDelegate::snippetHtml(h.snippet));
        if (h.status != knowledge::key(knowledge::ArticleStatus::Published)) {
            const auto st = knowledge::articleStatusFromKey(h.status);
            const QString label = st ? knowledge::displayName(*st) : h.status;
            html.prepend(QStringLiteral("<span style='color:#8a5a00'>[%1]</span> ").arg(label.toHtmlEscaped()));
        }
        if (h.expired) {
            text = tr("(expired) ") + text;
            html.prepend(QStringLiteral("<span style='color:#b00020'>%1</span>").arg(tr("(expired) ").toHtmlEscaped()));
        }
        auto* item = new QListWidgetItem(text, m_results);
        item->setData(HitDelegate::HtmlRole, html);
        item->setData(kIdRole, h.id);
        item->setToolTip(h.title);
        if (h.expired) {
            item->setForeground(QColor(0xa0, 0x40, 0x00));
        }
    }
    m_count->setText(m_search->text().trimmed().isEmpty()
                         ? QString()
                         : tr("%n article(s)", nullptr, static_cast<int>(hits->size())));
    if (m_results->count() > 0) {
        m_results->setCurrentRow(0);
    }
}

void KnowledgePane::editSynonyms()
{
    auto* dialog = new SynonymsDialog(m_ws, this);
    connect(dialog, &SynonymsDialog::changed, this, &KnowledgePane::search);
    dialog->open();
}

void KnowledgePane::showArticle(const QString& id)
{
    knowledge::KbRepository repo(m_ws.db->connection());
    auto found = repo.find(id);
    if (!found || !found.value()) {
        return;
    }
    const knowledge::Article& a = *found.value();
    m_currentId = id;
    const QString category = repo.categoryName(a.categoryId).value_or(QString());
    const QStringList policies = repo.policyTitles(a.policyIds).value_or(QStringList());
    QString html = QStringLiteral("<h2>%1</h2><p style='color:#555'>%2 · %3</p>")
                       .arg(a.title.toHtmlEscaped(), category.toHtmlEscaped(), knowledge::displayName(a.status));
    if (a.expiredOn(m_ws.clock->now().date())) {
        html += QStringLiteral("<p style='color:#b00020'><b>%1</b></p>")
                    .arg(tr("This article expired on %1; check the current policy before answering.")
                             .arg(a.expires.toString(Qt::ISODate)));
    }
    html += a.bodyHtml;
    if (!policies.isEmpty()) {
        html += QStringLiteral("<p style='color:#555'>%1</p><ul>").arg(tr("Policy sources:"));
        for (const QString& p : policies) {
            html += QStringLiteral("<li>%1</li>").arg(p.toHtmlEscaped());
        }
        html += QStringLiteral("</ul>");
    }
    if (!a.similar.isEmpty()) {
        html += QStringLiteral("<p style='color:#555'>%1 %2</p>")
                    .arg(tr("Also asked as:"), a.similar.join(QStringLiteral("；")).toHtmlEscaped());
    }
    m_viewer->setHtml(html);
    m_currentText = knowledge::plainText(a.bodyHtml);
    m_currentId = a.id;
    m_copy->setEnabled(true);
    m_insert->setEnabled(true);
    m_link->setEnabled(true);
}

void KnowledgePane::copyAnswer()
{
    QApplication::clipboard()->setText(m_currentText);
}

} // namespace hotline::ui
