#pragma once
// 发送给纳税人…: one material by e-mail to the taxpayer of a work order. The recipient is prefilled when the work order
// mentions an e-mail address; a file over the configured limit goes as its link. The mail is sent on a worker thread
// with a busy bar; the dialog then says plainly whether it went out, and the send is in the work order's timeline
// either way.

#include "materials/materialsend.h"

#include <QDialog>

#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QThread;

namespace hotline::materials {
class MaterialLibrary;
}

namespace hotline::ui {

struct Workspace;

class SendMaterialDialog final : public QDialog {
    Q_OBJECT
public:
    // materialId: preselected (may be empty); workOrderId: the work order sent against (empty: type its number).
    SendMaterialDialog(Workspace& workspace, materials::MaterialLibrary& library, const QString& materialId,
                       const QString& workOrderId, QWidget* parent = nullptr);
    // From a work order: with the workstation's library.
    SendMaterialDialog(Workspace& workspace, const QString& workOrderId, QWidget* parent = nullptr);
    ~SendMaterialDialog() override;

    void send();
    bool isSending() const { return m_thread != nullptr; }
    const std::optional<materials::MaterialSend>& result() const { return m_result; }

    QComboBox* materialCombo() const { return m_material; }
    QLineEdit* ticketEdit() const { return m_ticket; }
    QLineEdit* recipientEdit() const { return m_recipient; }
    QCheckBox* attachCheck() const { return m_attach; }
    QPlainTextEdit* noteEdit() const { return m_note; }
    QLabel* statusLabel() const { return m_status; }
    QPushButton* sendButton() const { return m_send; }

signals:
    // After every attempt that reached the mail server (sent or failed), once it is recorded.
    void recorded(const materials::MaterialSend& send);

private:
    void materialChanged();
    void finish(const materials::PreparedMail& mail, const Outcome& delivered);
    void showStatus(const QString& text, bool error);

    void build(const QString& materialId);

    Workspace& m_ws;
    std::unique_ptr<materials::MaterialLibrary> m_ownLibrary;
    materials::MaterialLibrary* m_library;
    materials::SmtpSettings m_settings;
    QList<materials::Material> m_materials;
    QString m_workOrderId;
    std::optional<materials::MaterialSend> m_result;
    QThread* m_thread = nullptr;
    QComboBox* m_material;
    QLineEdit* m_ticket;
    QLineEdit* m_recipient;
    QCheckBox* m_attach;
    QLabel* m_attachHint;
    QPlainTextEdit* m_note;
    QProgressBar* m_progress;
    QLabel* m_status;
    QPushButton* m_send;
    QPushButton* m_close;
};

} // namespace hotline::ui
