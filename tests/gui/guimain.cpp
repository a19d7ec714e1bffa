// Catch2 main for widget tests: a QApplication on the offscreen platform, in Simplified Chinese as users see it.
#define CATCH_CONFIG_RUNNER
#include "common/bootstrap.h"

#include <QApplication>

#include <catch2/catch.hpp>

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("HotlineDesk-tests"));
    QApplication::setApplicationName(QStringLiteral("hotlinedesk-gui-tests"));
    hotline::ui::installTranslators(app, QStringLiteral("zh_CN"));
    hotline::ui::chooseFont(app);
    return Catch::Session().run(argc, argv);
}
