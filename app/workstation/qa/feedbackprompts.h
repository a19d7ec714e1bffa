#pragma once
// The questions the sampling and feedback tabs ask (a reason, a new total with a reason, a yes/no), behind a seam so
// GUI tests answer them without a modal loop.

#include <QString>

#include <functional>
#include <optional>

class QWidget;

namespace hotline::ui {

struct ScoreChange {
    double total = 0;
    QString reason;
};

class FeedbackPrompts final {
public:
    using ReasonPrompt =
        std::function<std::optional<QString>(QWidget* parent, const QString& title, const QString& label)>;
    using ScorePrompt = std::function<std::optional<ScoreChange>(QWidget* parent, double current, double max)>;
    using ConfirmPrompt = std::function<bool(QWidget* parent, const QString& title, const QString& text)>;

    // A required reason (empty when cancelled: nullopt).
    static std::optional<QString> reason(QWidget* parent, const QString& title, const QString& label);
    // 改判: a new total from 0 to max and a reason.
    static std::optional<ScoreChange> score(QWidget* parent, double current, double max);
    static bool confirm(QWidget* parent, const QString& title, const QString& text);

    // Tests: answer instead of a dialog (pass {} to restore dialogs).
    static void setReasonPrompt(ReasonPrompt prompt);
    static void setScorePrompt(ScorePrompt prompt);
    static void setConfirmPrompt(ConfirmPrompt prompt);
};

} // namespace hotline::ui
