#pragma once
// 版本验证 tab: the 扣缴端 releases, newest first, with the bureau's deadline (red when it has passed unverified,
// amber within a week), the verification result and who verified. Those with ManageClientVersions record a release
// (Ins) and open one (F2 or Enter) to work through its checklist and verify it.

#include "materials/clientversion.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace hotline::ui {

struct Workspace;

class ClientVersionsWidget final : public QWidget {
    Q_OBJECT
public:
    enum Column { Version, Released, Deadline, Result, Checked, VerifiedBy, Manual, ColumnCount };

    explicit ClientVersionsWidget(Workspace& workspace, QWidget* parent = nullptr);

    void reload();
    void addVersion();
    void openSelected();

    QTreeWidget* list() const { return m_list; }

signals:
    void dataChanged();

protected:
    void showEvent(QShowEvent* event) override;

private:
    bool manager() const;
    void open(const materials::ClientVersion& v);

    Workspace& m_ws;
    QList<materials::ClientVersion> m_versions;
    QTreeWidget* m_list;
    QLabel* m_status;
    QPushButton* m_add;
    QPushButton* m_open;
};

} // namespace hotline::ui
