#pragma once
// 设置 ▸ 网上咨询服务…: the address of the portal's agents' listener this workstation signs in to (chat.agent_url in
// the local store). Checked by libcore before it is stored.

#include <QDialog>

class QLabel;
class QLineEdit;

namespace hotline::ui {

struct Workspace;

class ChatServiceDialog final : public QDialog {
    Q_OBJECT
public:
    explicit ChatServiceDialog(Workspace& workspace, QWidget* parent = nullptr);

    QLineEdit* urlEdit() const { return m_url; }
    QLabel* errorLabel() const { return m_error; }
    void save();

signals:
    void saved();

private:
    Workspace& m_ws;
    QLineEdit* m_url;
    QLabel* m_error;
};

} // namespace hotline::ui
