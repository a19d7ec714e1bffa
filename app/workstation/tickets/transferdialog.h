#pragma once
// Formal transfer of a work order to a named colleague, with the reason (首次受理负责制).

#include <QDialog>

class QComboBox;
class QPlainTextEdit;

namespace hotline::ui {

struct Workspace;

class TransferDialog final : public QDialog {
    Q_OBJECT
public:
    TransferDialog(Workspace& workspace, const QString& currentOwnerId, QWidget* parent = nullptr);

signals:
    void chosen(const QString& operatorId, const QString& reason);

private:
    QComboBox* m_colleague;
    QPlainTextEdit* m_reason;
};

} // namespace hotline::ui
