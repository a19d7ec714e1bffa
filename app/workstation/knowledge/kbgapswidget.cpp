#include "knowledge/kbgapswidget.h"

#include "calendar/workcalendar.h"
#include "common/messages.h"
#include "common/workspace.h"
#include "knowledge/kbrepository.h"
#include "knowledge/knowledgepane.h"
#include "knowledge/synonymrepository.h"
#include "robot/gaps.h"
#include "security/permissions.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hotline::ui {
namespace {

constexpr int kIdRole = Qt::UserRole;
constexpr int kBestRole = Qt::UserRole + 1;

} // namespace

KbGapsWidget::KbGapsWidget(Workspace& workspace, KnowledgePane* pane, QWidget* parent)
    : QWidget(parent), m_ws(workspace), m_pane(pane)
{
    setObjectName(QStringLiteral("kbGapsWidget"));
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("kbGapsTreeWidget"));
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels(
        {tr("Question"), tr("Times"), tr("Confidence"), tr("Asked"), tr("Work order"), tr("Closest article")});
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setSortingEnabled(true);
    m_list->setColumnWidth(Question, 230);
    for (int c : {Repeats, Confidence, AskedAt, Registered}) {
        m_list->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    }
    m_list->header()->setStretchLastSection(true);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        updateButtons();
        if (item != nullptr && m_pane != nullptr && !item->data(0, kBestRole).toString().isEmpty()) {
            m_pane->showArticle(item->data(0, kBestRole).toString());
        }
    });
    m_close = new QPushButton(tr("&Close gap (Ctrl+D)"), this);
    m_close->setObjectName(QStringLiteral("closeGapButton"));
    connect(m_close, &QPushButton::clicked, this, &KbGapsWidget::closeSelected);
    auto* key = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_D), this);
    key->setContext(Qt::WidgetWithChildrenShortcut);
    connect(key, &QShortcut::activated, this, &KbGapsWidget::closeSelected);
    m_status = new QLabel(this);

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_close);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addLayout(bottom);
}

void KbGapsWidget::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    reload();
}

void KbGapsWidget::reload()
{
    auto gaps = robot::openGaps(m_ws.db->connection());
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    if (!gaps) {
        m_status->setText(gaps.error().message);
        updateButtons();
        return;
    }
    m_list->setSortingEnabled(false);
    for (const robot::Gap& g : gaps.value()) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(AskedAt,
                      g.askedAt.toTimeZone(calendar::beijingTime()).toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        item->setText(Question, g.question);
        item->setToolTip(Question, g.question);
        item->setData(Repeats, Qt::DisplayRole, g.repeats);
        item->setData(Confidence, Qt::DisplayRole, QString::number(g.confidence, 'f', 2));
        item->setText(Closest, g.bestTitle);
        item->setToolTip(Closest, g.bestTitle);
        item->setText(Registered, g.workOrderId.isEmpty() ? QString() : tr("registered"));
        item->setData(0, kIdRole, g.id);
        item->setData(0, kBestRole, g.bestArticleId);
    }
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(AskedAt, Qt::DescendingOrder);
    m_status->setText(tr("%n open gap(s)", nullptr, static_cast<int>(gaps->size())));
    updateButtons();
}

void KbGapsWidget::updateButtons()
{
    const bool reviewer = security::roleHas(m_ws.currentOperator.role, security::Permission::ReviewKnowledge);
    m_close->setVisible(reviewer);
    m_close->setEnabled(reviewer && m_list->currentItem() != nullptr);
}

void KbGapsWidget::closeSelected()
{
    QTreeWidgetItem* item = m_list->currentItem();
    if (item == nullptr || !security::roleHas(m_ws.currentOperator.role, security::Permission::ReviewKnowledge)) {
        return;
    }
    // Which published article answers it now: any of them, typed to filter, or none.
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Close gap"));
    auto* articles = new QComboBox(&dialog);
    articles->setObjectName(QStringLiteral("gapArticleComboBox"));
    articles->setEditable(true);
    articles->setInsertPolicy(QComboBox::NoInsert);
    articles->completer()->setFilterMode(Qt::MatchContains);
    articles->completer()->setCompletionMode(QCompleter::PopupCompletion);
    articles->addItem(tr("(no article)"), QString());
    knowledge::KbSearchOptions options;
    options.mode = knowledge::QueryMode::Question;
    options.limit = 50;
    options.today = m_ws.clock->now().date();
    const knowledge::Synonyms synonyms =
        knowledge::SynonymRepository(m_ws.db->connection()).load().value_or(knowledge::Synonyms::builtin());
    auto hits = knowledge::KbRepository(m_ws.db->connection()).search(item->text(Question), options, synonyms);
    for (const knowledge::KbHit& h : hits.value_or({})) {
        articles->addItem(h.title, h.id);
    }
    const int best = articles->findData(item->data(0, kBestRole).toString());
    articles->setCurrentIndex(best > 0 ? best : 0);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(new QLabel(tr("Question: %1").arg(item->text(Question)), &dialog));
    layout->addWidget(new QLabel(tr("Answered now by:"), &dialog));
    layout->addWidget(articles);
    layout->addWidget(buttons);
    dialog.resize(520, 160);
    if (dialog.exec() == QDialog::Accepted) {
        closeSelectedWith(articles->currentData().toString());
    }
}

bool KbGapsWidget::closeSelectedWith(const QString& articleId)
{
    QTreeWidgetItem* item = m_list->currentItem();
    if (item == nullptr) {
        return false;
    }
    Outcome done =
        robot::closeGap(*m_ws.db, item->data(0, kIdRole).toString(), articleId, m_ws.currentOperator, *m_ws.clock);
    if (!done) {
        Messages::show(this, Messages::Kind::Warning, tr("Close gap"), done.error().message);
        return false;
    }
    reload();
    return true;
}

} // namespace hotline::ui
