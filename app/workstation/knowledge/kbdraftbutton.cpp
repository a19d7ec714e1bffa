#include "knowledge/kbdraftbutton.h"

#include "common/messages.h"
#include "common/workspace.h"
#include "knowledge/articleeditordialog.h"
#include "knowledge/articleservice.h"

namespace hotline::ui {

KbDraftButton::KbDraftButton(Workspace& workspace, QWidget* parent) : QPushButton(parent), m_ws(workspace)
{
    setObjectName(QStringLiteral("kbDraftButton"));
    setText(tr("To &KB draft"));
    setToolTip(tr("Make a knowledge-base draft of this resolved work order's question and answer"));
    setEnabled(false);
    connect(this, &QPushButton::clicked, this, &KbDraftButton::makeDraft);
}

void KbDraftButton::setWorkOrder(const std::optional<tickets::WorkOrder>& w)
{
    m_workOrderId = w ? w->id : QString();
    setEnabled(w && (w->status == tickets::Status::Resolved || w->status == tickets::Status::Closed));
}

ArticleEditorDialog* KbDraftButton::makeDraft()
{
    auto made = knowledge::ArticleService(m_ws.db->connection(), *m_ws.ids, *m_ws.clock)
                    .draftFromWorkOrder(m_workOrderId, m_ws.currentOperator);
    if (!made) {
        Messages::show(this, Messages::Kind::Warning, tr("Knowledge-base draft"), made.error().message);
        return nullptr;
    }
    auto* editor = new ArticleEditorDialog(m_ws, made->id, window());
    editor->show();
    return editor;
}

} // namespace hotline::ui
