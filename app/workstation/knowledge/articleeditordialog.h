#pragma once
// The article editor (non-modal): title, category, tags, 相似问, rich-text body with a small toolbar, cited policy
// documents, effective and expiry dates; 保存草稿 (Ctrl+S), 提交审核, and for reviewers on others' articles 通过/发布,
// 退回 (with a reason) and 归档. Every button is one libcore call; libcore decides who may do what.

#include "knowledge/article.h"

#include <QDialog>

#include <functional>
#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTextEdit;
class QToolBar;

namespace hotline::ui {

struct Workspace;

class ArticleEditorDialog final : public QDialog {
    Q_OBJECT
public:
    // An empty id opens a new article.
    ArticleEditorDialog(Workspace& workspace, const QString& articleId, QWidget* parent = nullptr);

    // Asks for the reason of a rejection (nullopt: cancelled). Tests install their own.
    using ReasonPrompt = std::function<std::optional<QString>(QWidget* parent)>;
    static void setReasonPrompt(ReasonPrompt prompt);

    bool saveDraft();
    void submitForReview();
    void approve();
    void sendBack(); // not reject(): that is QDialog's virtual close
    void archive();
    void showHistory();

    const QString& articleId() const { return m_article.id; }
    QLineEdit* titleEdit() const { return m_title; }
    QComboBox* categoryCombo() const { return m_category; }
    QTextEdit* bodyEdit() const { return m_body; }
    QPlainTextEdit* similarEdit() const { return m_similar; }
    QListWidget* policyList() const { return m_policies; }
    QLabel* statusLabel() const { return m_status; }
    QLabel* reviewNoteLabel() const { return m_note; }
    QLabel* errorLabel() const { return m_error; }
    QPushButton* saveButton() const { return m_save; }
    QPushButton* submitButton() const { return m_submit; }
    QPushButton* approveButton() const { return m_approve; }
    QPushButton* rejectButton() const { return m_reject; }
    QPushButton* archiveButton() const { return m_archive; }

signals:
    // The article was saved or changed status.
    void articleChanged(const QString& id);

private:
    QToolBar* makeToolBar();
    void load(QString id); // by value: callers pass m_article.id, which it resets
    void fill();
    void updateButtons();
    knowledge::Article edited() const;
    void report(const QString& error, const QString& field = {});
    void afterChange();

    Workspace& m_ws;
    knowledge::Article m_article; // as last loaded or saved
    QLineEdit* m_title;
    QComboBox* m_category;
    QLineEdit* m_tags;
    QPlainTextEdit* m_similar;
    QTextEdit* m_body;
    QListWidget* m_policies;
    QDateEdit* m_effective;
    QDateEdit* m_expires;
    QLabel* m_status;
    QLabel* m_note;
    QLabel* m_error;
    QPushButton* m_save;
    QPushButton* m_submit;
    QPushButton* m_approve;
    QPushButton* m_reject;
    QPushButton* m_archive;
    QPushButton* m_history;
};

} // namespace hotline::ui
