#include "common/bootstrap.h"

#include <QApplication>
#include <QFontDatabase>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace hotline::ui {

bool installTranslators(QApplication& app, const QString& language)
{
    if (language == QLatin1String("en")) {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::China));
        return true;
    }
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    auto* qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_zh_CN"), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QApplication::installTranslator(qt);
    }
    auto* ours = new QTranslator(&app);
    if (!ours->load(QStringLiteral(":/i18n/hotlinedesk_zh_CN.qm"))) {
        return false;
    }
    QApplication::installTranslator(ours);
    return true;
}

void chooseFont(QApplication& app)
{
    for (const QString& family : {QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Microsoft YaHei"),
                                  QStringLiteral("WenQuanYi Micro Hei")}) {
        if (QFontDatabase::hasFamily(family)) {
            QFont f(family);
            f.setPointSize(10);
            app.setFont(f);
            return;
        }
    }
}

Result<std::unique_ptr<Workspace>> openWorkspace(const QString& path, const Clock& clock, IdGenerator& ids)
{
    auto opened = db::Database::open(path);
    if (!opened) {
        return opened.error();
    }
    auto ws = std::make_unique<Workspace>();
    ws->db = std::move(opened).value();
    ws->clock = &clock;
    ws->ids = &ids;
    auto deadlines = tickets::DeadlinePolicy::load(*ws->db);
    if (!deadlines) {
        return deadlines.error();
    }
    ws->deadlines = std::move(deadlines).value();
    return ws;
}

} // namespace hotline::ui
