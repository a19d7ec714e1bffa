#pragma once
// The scorecard form (评分) that sits beside the player: the current scorecard's dimensions as groups, one row per
// item (maximum points, a deduction, its reason and the marker it refers to, the scoring standard one click away),
// fatal items (致命项) as red check boxes, the total and pass / fail updating as the inspector types, a comment and
// 提交评分 (Ctrl+Enter). libcore checks the draft and the right to score; the form shows what it says.

#include "qa/evaluation.h"
#include "qa/scorecard.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QToolButton;
class QVBoxLayout;

namespace hotline::ui {

struct Workspace;

class EvaluationFormWidget final : public QWidget {
    Q_OBJECT
public:
    // A marker on the recording being scored, as the player lists it.
    struct Marker {
        QString id;
        qint64 positionMs = 0;
        QString comment;
    };

    explicit EvaluationFormWidget(Workspace& workspace, QWidget* parent = nullptr);

    // The recording to score (empty id: none; the form is then disabled). Clears what was entered.
    void setRecording(const QString& recordingId, const QString& agentName, const QString& workOrderTicketNo);
    // The markers a deduction may refer to (the player's markers of the same recording).
    void setMarkers(const QList<Marker>& markers);
    // Loads the current scorecard again (after the lead saved a new version); clears what was entered.
    void reloadScorecard();
    // Checks and submits; on success emits submitted() and locks the form until the next setRecording().
    bool submit();

    const qa::ScorecardVersion& scorecard() const { return m_scorecard; }
    qa::EvaluationDraft draft() const;
    qa::Score score() const;

    QDoubleSpinBox* deductionSpinBox(const QString& itemKey) const;
    QLineEdit* reasonEdit(const QString& itemKey) const;
    QComboBox* markerComboBox(const QString& itemKey) const;
    QCheckBox* fatalCheckBox(const QString& itemKey) const;
    QLabel* previousLabel() const { return m_previous; }
    QLabel* totalLabel() const { return m_total; }
    QLabel* verdictLabel() const { return m_verdict; }
    QLabel* messageLabel() const { return m_message; }
    QPlainTextEdit* commentEdit() const { return m_comment; }
    QPushButton* submitButton() const { return m_submit; }
    QPushButton* editScorecardButton() const { return m_editScorecard; }

signals:
    void submitted(const QString& evaluationId);
    // The lead saved a new scorecard version from here.
    void scorecardChanged();

private:
    struct ItemRow {
        QDoubleSpinBox* deduction = nullptr;
        QLineEdit* reason = nullptr;
        QComboBox* marker = nullptr;
        QCheckBox* fatal = nullptr;
    };

    void buildItems();
    QWidget* buildItemRow(const qa::ScorecardItem& item, QWidget* parent);
    QWidget* buildFatalRow(const qa::ScorecardItem& item, QWidget* parent);
    void fillMarkers(QComboBox* combo) const;
    void updateScore();
    void showPrevious();
    void updateEnabled();
    void showMessage(const QString& text, bool error);
    void focusField(const QString& field);
    void editScorecard();

    Workspace& m_ws;
    qa::ScorecardVersion m_scorecard;
    QString m_recordingId;
    bool m_locked = false;
    QList<Marker> m_markers;
    QHash<QString, ItemRow> m_rows;
    QHash<QString, QGroupBox*> m_groups;
    QLabel* m_header;
    QLabel* m_scorecardLabel;
    QLabel* m_previous;
    QPushButton* m_editScorecard;
    QWidget* m_itemsHost;
    QVBoxLayout* m_itemsLayout;
    QLabel* m_total;
    QLabel* m_verdict;
    QPlainTextEdit* m_comment;
    QLabel* m_message;
    QPushButton* m_submit;
};

} // namespace hotline::ui
