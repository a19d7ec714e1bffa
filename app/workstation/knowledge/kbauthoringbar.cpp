#include "knowledge/kbauthoringbar.h"

#include "common/workspace.h"
#include "knowledge/articleeditordialog.h"
#include "knowledge/articlehistorydialog.h"
#include "knowledge/kbcategoriesdialog.h"
#include "knowledge/knowledgepane.h"
#include "knowledge/policiesdialog.h"
#include "knowledge/reviewqueuewidget.h"
#include "security/permissions.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QTabWidget>

namespace hotline::ui {

KbAuthoringBar::KbAuthoringBar(Workspace& workspace, KnowledgePane& pane)
    : QWidget(&pane), m_ws(workspace), m_pane(pane)
{
    setObjectName(QStringLiteral("kbAuthoringBar"));
    auto button = [this](const QString& text, const QString& name, const QKeySequence& keys) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(name);
        if (!keys.isEmpty()) {
            b->setShortcut(keys);
            b->setToolTip(text + QStringLiteral(" (") + keys.toString(QKeySequence::NativeText) + QStringLiteral(")"));
        }
        return b;
    };
    auto* create =
        button(tr("&New article"), QStringLiteral("newArticleButton"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    m_edit = button(tr("&Edit"), QStringLiteral("editArticleButton"), QKeySequence(Qt::CTRL | Qt::Key_E));
    m_history =
        button(tr("&History"), QStringLiteral("articleHistoryButton"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    auto* policies = button(tr("&Policy documents…"), QStringLiteral("policiesButton"), {});
    auto* categories = button(tr("Cate&gories…"), QStringLiteral("kbCategoriesButton"), {});
    connect(create, &QPushButton::clicked, this, [this] { openEditor({}); });
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (!m_pane.currentArticleId().isEmpty()) {
            openEditor(m_pane.currentArticleId());
        }
    });
    connect(m_history, &QPushButton::clicked, this, &KbAuthoringBar::openHistory);
    connect(policies, &QPushButton::clicked, this, [this] {
        auto* d = new PoliciesDialog(m_ws, this);
        if (m_queue != nullptr) {
            connect(d, &PoliciesDialog::articlesSentBack, m_queue, &ReviewQueueWidget::reload);
        }
        d->show();
    });
    connect(categories, &QPushButton::clicked, this, [this] { (new KbCategoriesDialog(m_ws, this))->show(); });
    const auto& role = m_ws.currentOperator.role;
    categories->setVisible(security::roleHas(role, security::Permission::ManageKnowledge));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QPushButton* b : {create, m_edit, m_history}) {
        layout->addWidget(b);
    }
    layout->addStretch(1);
    layout->addWidget(policies);
    layout->addWidget(categories);

    if (security::roleHas(role, security::Permission::ReviewKnowledge)) {
        m_queue = new ReviewQueueWidget(m_ws, &m_pane);
        const int tab = m_pane.tabs()->addTab(m_queue, tr("Awaiting review"));
        connect(m_queue, &ReviewQueueWidget::openArticle, this, [this](const QString& id) {
            m_pane.showArticle(id);
            openEditor(id);
        });
        connect(m_queue, &ReviewQueueWidget::countChanged, this, [this, tab](int n) {
            m_pane.tabs()->setTabText(tab, n > 0 ? tr("Awaiting review (%1)").arg(n) : tr("Awaiting review"));
        });
        m_queue->reload();
        // Others submit from their workstations (arriving by sync): the queue is read again whenever it is shown.
        connect(m_pane.tabs(), &QTabWidget::currentChanged, m_queue, [this](int index) {
            if (m_pane.tabs()->widget(index) == m_queue) {
                m_queue->reload();
            }
        });
    }
}

ArticleEditorDialog* KbAuthoringBar::openEditor(const QString& articleId)
{
    auto* editor = new ArticleEditorDialog(m_ws, articleId, this);
    connect(editor, &ArticleEditorDialog::articleChanged, this, [this](const QString& id) {
        if (m_queue != nullptr) {
            m_queue->reload();
        }
        if (id == m_pane.currentArticleId()) {
            m_pane.showArticle(id);
        }
    });
    editor->show();
    return editor;
}

void KbAuthoringBar::openHistory()
{
    if (m_pane.currentArticleId().isEmpty()) {
        return;
    }
    (new ArticleHistoryDialog(m_ws, m_pane.currentArticleId(), this))->show();
}

} // namespace hotline::ui
