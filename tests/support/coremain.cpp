// Catch2 main for libcore tests: a QCoreApplication exists for the whole run.
#define CATCH_CONFIG_RUNNER
#include <QCoreApplication>

#include <catch2/catch.hpp>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("HotlineDesk-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("hotlinedesk-tests"));
    return Catch::Session().run(argc, argv);
}
