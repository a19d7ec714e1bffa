#include "common/messages.h"

#include <QMessageBox>

namespace hotline::ui {
namespace {

Messages::Handler& handler()
{
    static Messages::Handler h;
    return h;
}

} // namespace

void Messages::setHandler(Handler h)
{
    handler() = std::move(h);
}

void Messages::show(QWidget* parent, Kind kind, const QString& title, const QString& text)
{
    if (handler()) {
        handler()(kind, title, text);
        return;
    }
    const QMessageBox::Icon icon = kind == Kind::Error     ? QMessageBox::Critical
                                   : kind == Kind::Warning ? QMessageBox::Warning
                                                           : QMessageBox::Information;
    auto* box = new QMessageBox(icon, title, text, QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace hotline::ui
