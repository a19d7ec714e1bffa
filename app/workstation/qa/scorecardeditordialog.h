#pragma once
// 评分表编辑 (QA lead, ManageQa): the dimensions and items of a scorecard template — name, maximum points, scoring
// standard, fatal or not — and the pass mark. Saving makes a new version (old evaluations keep theirs) and the
// dialog lists every version saved.

#include "qa/scorecard.h"

#include <QDialog>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace hotline::ui {

struct Workspace;

class ScorecardEditorDialog final : public QDialog {
    Q_OBJECT
public:
    // templateId empty: the current scorecard.
    ScorecardEditorDialog(Workspace& workspace, const QString& templateId, QWidget* parent = nullptr);

    void addDimension();
    void addItem();
    void removeSelected();
    void moveSelected(int delta);
    bool save();
    // Puts a stored version (e.g. an older one, to go back to it) into the editor; nothing is saved yet.
    void loadVersion(const QString& versionId);

    // What the editor holds now, as it would be saved.
    qa::ScorecardDefinition definition() const;

    QTreeWidget* tree() const { return m_tree; }
    QTreeWidget* history() const { return m_history; }
    QLineEdit* templateNameEdit() const { return m_templateName; }
    QDoubleSpinBox* passMarkSpinBox() const { return m_passMark; }
    QLineEdit* nameEdit() const { return m_name; }
    QDoubleSpinBox* pointsSpinBox() const { return m_points; }
    QCheckBox* fatalCheckBox() const { return m_fatal; }
    QPlainTextEdit* standardEdit() const { return m_standard; }
    QLabel* messageLabel() const { return m_message; }
    QLabel* maxTotalLabel() const { return m_maxTotal; }

signals:
    void saved(const QString& versionId);

private:
    enum Column { Name, Points, Fatal, ColumnCount };

    void load(const QString& templateId);
    void fill(const qa::ScorecardVersion& v);
    void loadHistory();
    QTreeWidgetItem* addItemNode(QTreeWidgetItem* dimension, const qa::ScorecardItem& item);
    void showSelected();
    void writeBack();
    void refreshTotals();
    void showMessage(const QString& text, bool error);

    Workspace& m_ws;
    QString m_templateId;
    bool m_filling = false;
    QLineEdit* m_templateName;
    QDoubleSpinBox* m_passMark;
    QLabel* m_maxTotal;
    QTreeWidget* m_tree;
    QLineEdit* m_name;
    QDoubleSpinBox* m_points;
    QCheckBox* m_fatal;
    QPlainTextEdit* m_standard;
    QTreeWidget* m_history;
    QLabel* m_message;
    QPushButton* m_save;
};

} // namespace hotline::ui
