#pragma once
// One 扣缴端 release: version, release date, the bureau's deadline, notes, the upgrade package from the library,
// whether (and which) manuals were revised, and the verification checklist — each item passed / failed / not yet with a
// note. 保存 (Ctrl+S) keeps the record; 保存并验证 (Ctrl+Enter) also records the verification, which libcore allows
// only when every item is decided.

#include "materials/clientversion.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace hotline::ui {

struct Workspace;

class ClientVersionDialog final : public QDialog {
    Q_OBJECT
public:
    enum Column { Item, Result, Note, ColumnCount };

    ClientVersionDialog(Workspace& workspace, const materials::ClientVersion& version, bool readOnly,
                        QWidget* parent = nullptr);

    // Saves; with verify, then records the verification. Stays open with the reason when refused.
    bool save(bool verify);
    void addItem();
    void removeItem();
    // Tests: the result of checklist row (0 not yet, 1 passed, 2 failed).
    void setItemResult(int row, int result);

    const materials::ClientVersion& version() const { return m_version; }
    QLineEdit* versionEdit() const { return m_versionEdit; }
    QTreeWidget* checklist() const { return m_checklist; }
    QLabel* errorLabel() const { return m_error; }

signals:
    void saved();

private:
    void addRow(const materials::ChecklistItem& item);
    materials::ClientVersion collect() const;

    Workspace& m_ws;
    materials::ClientVersion m_version;
    QLineEdit* m_versionEdit;
    QDateEdit* m_released;
    QCheckBox* m_hasDeadline;
    QDateEdit* m_deadline;
    QComboBox* m_package;
    QPlainTextEdit* m_notes;
    QCheckBox* m_manualRevised;
    QLineEdit* m_manualNote;
    QTreeWidget* m_checklist;
    QLabel* m_verified;
    QLabel* m_error;
};

} // namespace hotline::ui
