#include "chat/replyedit.h"

#include <QKeyEvent>
#include <QMimeData>

namespace hotline::ui {
namespace {

// Alt+1 … Alt+9 (keypad digits too): the number, else 0.
int phraseNumber(const QKeyEvent* e)
{
    const Qt::KeyboardModifiers mods = e->modifiers() & ~Qt::KeypadModifier;
    if (mods != Qt::AltModifier || e->key() < Qt::Key_1 || e->key() > Qt::Key_9) {
        return 0;
    }
    return e->key() - Qt::Key_0;
}

bool isEnter(const QKeyEvent* e)
{
    return e->key() == Qt::Key_Return || e->key() == Qt::Key_Enter;
}

} // namespace

ReplyEdit::ReplyEdit(QWidget* parent) : QPlainTextEdit(parent)
{
    setObjectName(QStringLiteral("replyEdit"));
    setTabChangesFocus(true);
}

void ReplyEdit::insertSnippet(const QString& text)
{
    QTextCursor c = textCursor();
    if (!document()->isEmpty() && c.position() > 0 && c.position() == document()->characterCount() - 1 &&
        !toPlainText().endsWith(QLatin1Char('\n'))) {
        c.insertText(QStringLiteral("\n"));
    }
    c.insertText(text);
    setTextCursor(c);
    setFocus(Qt::OtherFocusReason);
}

bool ReplyEdit::event(QEvent* e)
{
    if (e->type() == QEvent::ShortcutOverride) {
        const auto* key = static_cast<QKeyEvent*>(e);
        // Ours while typing: the window's Alt+digit go to panes, here they insert phrases.
        if (phraseNumber(key) != 0 || (isEnter(key) && key->modifiers() == Qt::NoModifier)) {
            e->accept();
            return true;
        }
    }
    return QPlainTextEdit::event(e);
}

void ReplyEdit::keyPressEvent(QKeyEvent* e)
{
    if (const int n = phraseNumber(e); n != 0) {
        emit phraseRequested(n);
        return;
    }
    if (isEnter(e)) {
        const Qt::KeyboardModifiers mods = e->modifiers() & ~Qt::KeypadModifier;
        if (mods == Qt::NoModifier) {
            emit sendRequested();
            return;
        }
        if (mods == Qt::ShiftModifier) {
            textCursor().insertText(QStringLiteral("\n"));
            ensureCursorVisible();
            return;
        }
    }
    QPlainTextEdit::keyPressEvent(e);
}

void ReplyEdit::insertFromMimeData(const QMimeData* source)
{
    if (source != nullptr && source->hasText()) {
        textCursor().insertText(source->text());
        ensureCursorVisible();
    }
}

} // namespace hotline::ui
