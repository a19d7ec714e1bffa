#pragma once
// The status-bar figure a lead watches: this month's satisfaction rate (Beijing calendar month to date) against the
// 90 % target, red when below. Shown only to roles that read the team's figures (Permission::BulkQuery).

#include <QLabel>

namespace hotline::ui {

struct Workspace;

class SatisfactionLabel final : public QLabel {
    Q_OBJECT
public:
    explicit SatisfactionLabel(Workspace& workspace, QWidget* parent = nullptr);
    void refresh();

private:
    Workspace& m_ws;
};

} // namespace hotline::ui
