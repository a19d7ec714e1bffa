#include "knowledge/kbexport.h"

#include "core/clock.h"
#include "knowledge/kbjson.h"
#include "knowledge/kbmarkdownfolder.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace hotline::knowledge {
namespace {

ExportSummary summaryOf(const KbPackage& p)
{
    return {static_cast<int>(p.articles.size()), static_cast<int>(p.policies.size()),
            static_cast<int>(p.categories.size())};
}

} // namespace

Result<ExportSummary> exportKnowledgeJson(db::Database& db, const QString& file, const Clock& clock,
                                          const ExchangeProgress& progress)
{
    auto package = snapshotKnowledge(db);
    if (!package) {
        return package.error();
    }
    auto json = knowledgeToJson(package.value(), clock.now(), progress);
    if (!json) {
        return json.error();
    }
    QSaveFile f(file);
    if (!f.open(QIODevice::WriteOnly) || f.write(json.value()) != json->size() || !f.commit()) {
        return makeError(ErrorCode::StoreWriteFailed,
                         QCoreApplication::translate("hotline::knowledge", "Cannot write %1: %2.")
                             .arg(QDir::toNativeSeparators(file), f.errorString()));
    }
    return summaryOf(package.value());
}

Result<ExportSummary> exportKnowledgeMarkdown(db::Database& db, const QString& folder, const ExchangeProgress& progress)
{
    auto package = snapshotKnowledge(db);
    if (!package) {
        return package.error();
    }
    auto written = writeMarkdownFolder(package.value(), folder, progress);
    if (!written) {
        return written.error();
    }
    return summaryOf(package.value());
}

} // namespace hotline::knowledge
