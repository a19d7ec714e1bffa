#pragma once
// A pane of the workstation made of tabs, each shown only to the roles that may use it (质检, 统计报表, 服务管理).
// A subclass adds its tabs in buildTabs(), called by its constructor and again when another operator logs in.

#include <QWidget>

class QTabWidget;

namespace hotline::ui {

struct Workspace;

class TabbedPane : public QWidget {
    Q_OBJECT
public:
    QTabWidget* tabs() const { return m_tabs; }
    // Rebuilds the tabs for the operator now at the keyboard (after 切换用户).
    void operatorChanged();

signals:
    // Something was saved that the rest of the workstation shows (sync, counts).
    void dataChanged();

protected:
    TabbedPane(Workspace& workspace, const QString& objectName, QWidget* parent);
    virtual void buildTabs() = 0;

    Workspace& m_ws;

private:
    QTabWidget* m_tabs;
};

} // namespace hotline::ui
