#pragma once
// An article's version history: pick two versions and see them side by side, deletions red on the left and
// insertions green on the right, scrolling together; below, the review trail (submitted, approved, sent back …).

#include "knowledge/reviewrepository.h"

#include <QDialog>

class QComboBox;
class QTextBrowser;
class QTreeWidget;

namespace hotline::ui {

struct Workspace;

class ArticleHistoryDialog final : public QDialog {
    Q_OBJECT
public:
    ArticleHistoryDialog(Workspace& workspace, const QString& articleId, QWidget* parent = nullptr);

    // Compares two versions (by their index in versions()).
    void compare(int leftIndex, int rightIndex);

    const QList<knowledge::ArticleVersion>& versions() const { return m_versions; }
    QComboBox* leftCombo() const { return m_leftVersion; }
    QComboBox* rightCombo() const { return m_rightVersion; }
    QTextBrowser* leftView() const { return m_left; }
    QTextBrowser* rightView() const { return m_right; }
    QTreeWidget* eventsTree() const { return m_events; }

private:
    Workspace& m_ws;
    QList<knowledge::ArticleVersion> m_versions;
    QComboBox* m_leftVersion;
    QComboBox* m_rightVersion;
    QTextBrowser* m_left;
    QTextBrowser* m_right;
    QTreeWidget* m_events;
};

} // namespace hotline::ui
