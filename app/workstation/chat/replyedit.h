#pragma once
// The reply box of a chat: Enter sends, Shift+Enter starts a new line, Alt+1 … Alt+9 insert the service phrase of that
// number (taken from the window's pane shortcuts while the box has focus). Plain text only: what is pasted loses its
// formatting.

#include <QPlainTextEdit>

namespace hotline::ui {

class ReplyEdit final : public QPlainTextEdit {
    Q_OBJECT
public:
    explicit ReplyEdit(QWidget* parent = nullptr);

    // Puts text at the cursor (a blank line before it when the box holds something else), and focuses the box.
    void insertSnippet(const QString& text);

signals:
    void sendRequested();
    void phraseRequested(int number); // 1 … 9

protected:
    bool event(QEvent* e) override;
    void keyPressEvent(QKeyEvent* e) override;
    void insertFromMimeData(const QMimeData* source) override;
};

} // namespace hotline::ui
