#pragma once
// A workstation on a store file, as main() builds it, with a fixed clock and an operator logged in at the desk
// through libcore, as the login dialog does; and typing as a user does.

#include "common/bootstrap.h"
#include "mainwindow.h"
#include "security/accountservice.h"
#include "testsupport.h"
#include "tickets/newworkorderdialog.h"
#include "tickets/workorderlistmodel.h"
#include "tickets/workorderpane.h"

#include <QApplication>
#include <QInputMethodEvent>
#include <QTest>

namespace hotline::test {

inline const QString kDeskAdminName = QStringLiteral("管理员");
inline const QString kDeskAdminPassword = QStringLiteral("Admin12366");
inline const QString kDeskPassword = QStringLiteral("Desk12366");

inline QString deskPassword(const QString& name)
{
    return name == kDeskAdminName ? kDeskAdminPassword : kDeskPassword;
}

// Makes the first administrator if the store has none, and the named account (password kDeskPassword) if missing.
// (It logs the administrator in to do so, so the login dialog then offers the administrator's name.)
inline security::Operator ensureAccount(ui::Workspace& ws, const Clock& clock, IdGenerator& ids, const QString& name,
                                        security::Role role)
{
    security::AccountService accounts(*ws.db, clock, ids);
    if (accounts.needsFirstAdmin().value()) {
        REQUIRE(accounts.createFirstAdmin(kDeskAdminName, kDeskAdminPassword).ok());
    }
    auto admin = accounts.login(kDeskAdminName, kDeskAdminPassword);
    REQUIRE(admin.ok());
    auto all = accounts.accounts(admin.value());
    REQUIRE(all.ok());
    for (const security::Account& a : all.value()) {
        if (a.op.name == name) {
            return a.op;
        }
    }
    auto made = accounts.createAccount(name, role, kDeskPassword, admin.value());
    REQUIRE(made.ok());
    return made.value();
}

struct Desk {
    explicit Desk(const QString& path, const QString& name = QStringLiteral("李娜"),
                  security::Role role = security::Role::Agent)
    {
        auto opened = ui::openWorkspace(path, clock, ids);
        REQUIRE(opened.ok());
        ws = std::move(opened).value();
        ensureAccount(*ws, clock, ids, name, role);
        auto op = security::AccountService(*ws->db, clock, ids).login(name, deskPassword(name));
        REQUIRE(op.ok());
        ws->currentOperator = op.value();
        window = std::make_unique<ui::MainWindow>(*ws);
        window->show();
        QApplication::setActiveWindow(window.get());
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    }
    ~Desk()
    {
        window.reset();
        ws.reset();
    }

    ui::WorkOrderPane* pane() const { return window->workOrderPane(); }
    ui::WorkOrderListModel* model() const { return pane()->model(); }

    ui::NewWorkOrderDialog* openDialog() const
    {
        ui::NewWorkOrderDialog* dialog = nullptr;
        // Wait until the dialog is shown and has focus.
        for (int i = 0; i < 50 && dialog == nullptr; ++i) {
            dialog = window->findChild<ui::NewWorkOrderDialog*>();
            if (dialog == nullptr || !dialog->isVisible()) {
                dialog = nullptr;
                QTest::qWait(10);
            }
        }
        if (dialog != nullptr) {
            // A window manager activates a new dialog; the offscreen platform needs telling.
            QApplication::setActiveWindow(dialog);
            REQUIRE(QTest::qWaitForWindowActive(dialog));
        }
        return dialog;
    }

    // The rows whose question column contains text.
    int rowsWithQuestion(const QString& text) const
    {
        int n = 0;
        for (int r = 0; r < model()->rowCount(); ++r) {
            n += model()->index(r, ui::WorkOrderListModel::Question).data().toString().contains(text) ? 1 : 0;
        }
        return n;
    }

    ManualClock clock{beijing(QStringLiteral("2025-09-30 10:00"))};
    // Real UUIDs: a test may open the same store again with a second Desk, as after a restart.
    UuidGenerator ids;
    std::unique_ptr<ui::Workspace> ws;
    std::unique_ptr<ui::MainWindow> window;
};

// Types as a user does: ASCII on the keyboard, Chinese through the input method (which commits whole words).
inline void typeInto(QWidget* w, const QString& text)
{
    REQUIRE(w != nullptr);
    QString ascii;
    auto flush = [&] {
        QTest::keyClicks(w, ascii);
        ascii.clear();
    };
    for (const QChar c : text) {
        if (c.unicode() < 0x80) {
            ascii += c;
            continue;
        }
        flush();
        QInputMethodEvent commit;
        commit.setCommitString(QString(c));
        QApplication::sendEvent(w, &commit);
    }
    flush();
}

} // namespace hotline::test
