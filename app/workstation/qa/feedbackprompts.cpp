#include "qa/feedbackprompts.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>

namespace hotline::ui {
namespace {

FeedbackPrompts::ReasonPrompt& reasonHook()
{
    static FeedbackPrompts::ReasonPrompt p;
    return p;
}
FeedbackPrompts::ScorePrompt& scoreHook()
{
    static FeedbackPrompts::ScorePrompt p;
    return p;
}
FeedbackPrompts::ConfirmPrompt& confirmHook()
{
    static FeedbackPrompts::ConfirmPrompt p;
    return p;
}

} // namespace

void FeedbackPrompts::setReasonPrompt(ReasonPrompt prompt)
{
    reasonHook() = std::move(prompt);
}
void FeedbackPrompts::setScorePrompt(ScorePrompt prompt)
{
    scoreHook() = std::move(prompt);
}
void FeedbackPrompts::setConfirmPrompt(ConfirmPrompt prompt)
{
    confirmHook() = std::move(prompt);
}

std::optional<QString> FeedbackPrompts::reason(QWidget* parent, const QString& title, const QString& label)
{
    if (reasonHook()) {
        return reasonHook()(parent, title, label);
    }
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(parent, title, label, {}, &ok);
    return ok ? std::optional<QString>(text) : std::nullopt;
}

std::optional<ScoreChange> FeedbackPrompts::score(QWidget* parent, double current, double max)
{
    if (scoreHook()) {
        return scoreHook()(parent, current, max);
    }
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("changeScoreDialog"));
    dialog.setWindowTitle(QCoreApplication::translate("hotline::ui::FeedbackPrompts", "Change the score"));
    auto* total = new QDoubleSpinBox(&dialog);
    total->setObjectName(QStringLiteral("newTotalDoubleSpinBox"));
    total->setRange(0, max);
    total->setDecimals(1);
    total->setValue(current);
    auto* reason = new QPlainTextEdit(&dialog);
    reason->setObjectName(QStringLiteral("changeReasonPlainTextEdit"));
    reason->setTabChangesFocus(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto* form = new QFormLayout(&dialog);
    form->addRow(QCoreApplication::translate("hotline::ui::FeedbackPrompts", "Current total:"),
                 new QLabel(QString::number(current), &dialog));
    form->addRow(QCoreApplication::translate("hotline::ui::FeedbackPrompts", "&New total:"), total);
    form->addRow(QCoreApplication::translate("hotline::ui::FeedbackPrompts", "&Reason:"), reason);
    form->addRow(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    total->selectAll();
    if (dialog.exec() != QDialog::Accepted) {
        return std::nullopt;
    }
    return ScoreChange{total->value(), reason->toPlainText()};
}

bool FeedbackPrompts::confirm(QWidget* parent, const QString& title, const QString& text)
{
    if (confirmHook()) {
        return confirmHook()(parent, title, text);
    }
    return QMessageBox::question(parent, title, text) == QMessageBox::Yes;
}

} // namespace hotline::ui
