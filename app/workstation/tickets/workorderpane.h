#pragma once
// The work-order pane: filter bar, the virtualized list with its colour legend, and the detail editor.

#include "tickets/categories.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace hotline::ui {

struct Workspace;
class WorkOrderDetail;
class WorkOrderListModel;

class WorkOrderPane final : public QWidget {
    Q_OBJECT
public:
    explicit WorkOrderPane(Workspace& workspace, QWidget* parent = nullptr);

    // Opens the quick form; with a caller number, as a screen-pop for that call.
    void newWorkOrder(const QString& callerNumber = {}, const QString& callId = {});
    void focusSearch();
    // Re-reads categories and operators (after they were edited) and the list.
    void reloadAll();
    // Another operator logged in: masking, "Mine" and the detail follow them.
    void operatorChanged();
    void applyFilters();
    void selectWorkOrder(const QString& id);
    // From the 转办 / 回呼 queues: the work order in the detail and, with a number, the caller's history in the list
    // (searched by the number; the filters that could hide it cleared).
    void openWorkOrder(const QString& id, const QString& callerNumber = {});
    // Appends a knowledge-base answer to the work order being written: the open new-work-order form, else the one
    // in the detail editor; saving it links the article. Returns false when neither is open.
    bool insertAnswer(const QString& text, const QString& articleId = {});
    // 关联知识: links the article to the work order in the detail editor, its text unchanged. Says what happened;
    // empty when no work order is open.
    QString linkArticle(const QString& articleId);

    WorkOrderListModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    WorkOrderDetail* detail() const { return m_detail; }
    QLineEdit* searchEdit() const { return m_search; }

signals:
    // Something was saved: the status bar recounts.
    void dataChanged();

private:
    void reloadLookups();
    void updateCountLabel();

    Workspace& m_ws;
    QList<tickets::Category> m_categories;
    WorkOrderListModel* m_model;
    QTableView* m_view;
    WorkOrderDetail* m_detail;
    QLineEdit* m_search;
    QComboBox* m_status;
    QComboBox* m_category;
    QComboBox* m_owner;
    QComboBox* m_due;
    QLabel* m_count;
    QTimer* m_searchDelay;
};

} // namespace hotline::ui
