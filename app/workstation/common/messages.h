#pragma once
// Message boxes behind a seam: GUI tests install a handler and answer without a modal loop.

#include <QString>

#include <functional>

class QWidget;

namespace hotline::ui {

class Messages final {
public:
    enum class Kind { Information, Warning, Error };
    using Handler = std::function<void(Kind, const QString& title, const QString& text)>;

    static void show(QWidget* parent, Kind kind, const QString& title, const QString& text);
    // Tests: every message goes to handler instead of a dialog (pass {} to restore dialogs).
    static void setHandler(Handler handler);
};

} // namespace hotline::ui
