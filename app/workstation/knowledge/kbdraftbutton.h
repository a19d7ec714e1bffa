#pragma once
// "转为知识库草稿" in the work-order pane: for a resolved or closed work order, makes a knowledge-base draft of its
// question and answer (taxpayer data removed by libcore) and opens it in the article editor.

#include "tickets/workorder.h"

#include <QPushButton>

#include <optional>

namespace hotline::ui {

struct Workspace;
class ArticleEditorDialog;

class KbDraftButton final : public QPushButton {
    Q_OBJECT
public:
    KbDraftButton(Workspace& workspace, QWidget* parent);

    // The work order shown now (none: disabled).
    void setWorkOrder(const std::optional<tickets::WorkOrder>& w);
    // Makes the draft and opens the editor; null (and a message) when refused.
    ArticleEditorDialog* makeDraft();

private:
    Workspace& m_ws;
    QString m_workOrderId;
};

} // namespace hotline::ui
