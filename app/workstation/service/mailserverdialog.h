#pragma once
// Settings ▸ 邮件服务器…: the SMTP server the materials library sends through — host, port, TLS mode, account, sender
// address and name, largest attachment — with 测试连接, which connects, negotiates TLS and logs in on a worker thread.
// The password field stays empty: leaving it empty keeps the stored password.

#include "materials/mailsettings.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QThread;

namespace hotline::ui {

struct Workspace;

class MailServerDialog final : public QDialog {
    Q_OBJECT
public:
    explicit MailServerDialog(Workspace& workspace, QWidget* parent = nullptr);
    ~MailServerDialog() override;

    void save();
    void testConnection();
    bool isTesting() const { return m_thread != nullptr; }

    QLineEdit* hostEdit() const { return m_host; }
    QSpinBox* portSpin() const { return m_port; }
    QComboBox* securityCombo() const { return m_security; }
    QLineEdit* userEdit() const { return m_user; }
    QLineEdit* passwordEdit() const { return m_password; }
    QLineEdit* fromEdit() const { return m_from; }
    QSpinBox* maxAttachmentSpin() const { return m_maxMb; }
    QLabel* statusLabel() const { return m_status; }

signals:
    void testFinished();

private:
    materials::SmtpSettings collect() const;
    void showStatus(const QString& text, bool error);

    Workspace& m_ws;
    materials::SmtpSettings m_stored;
    QThread* m_thread = nullptr;
    QLineEdit* m_host;
    QSpinBox* m_port;
    QComboBox* m_security;
    QLineEdit* m_user;
    QLineEdit* m_password;
    QLineEdit* m_from;
    QLineEdit* m_fromName;
    QSpinBox* m_maxMb;
    QPushButton* m_test;
    QLabel* m_status;
};

} // namespace hotline::ui
