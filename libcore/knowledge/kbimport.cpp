#include "knowledge/kbimport.h"

#include "knowledge/kbjson.h"
#include "knowledge/kbmarkdownfolder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace hotline::knowledge {

QByteArray demoKnowledgeJson()
{
    QFile f(QStringLiteral(":/kb/demo-articles.json"));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

Result<ImportSummary> importKnowledgeJson(db::Database& db, const QByteArray& json, const QString& author,
                                          const QString& reviewer, IdGenerator& ids, const Clock& clock)
{
    auto package = knowledgeFromJson(json);
    if (!package) {
        return package.error();
    }
    ImportOptions options;
    options.trusted = true;
    options.defaultAuthorId = author;
    options.reviewerId = reviewer;
    security::Operator by;
    by.id = author;
    return importKnowledge(db, package.value(), by, ids, clock, options);
}

Result<KbPackage> readKnowledgeSource(const QString& path)
{
    const QFileInfo info(path);
    if (info.isDir()) {
        return readMarkdownFolder(path);
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCode::FileUnreadable,
                         QCoreApplication::translate("hotline::knowledge", "Cannot read %1: %2.")
                             .arg(QDir::toNativeSeparators(path), f.errorString()));
    }
    return knowledgeFromJson(f.readAll());
}

Result<ImportSummary> importKnowledgeSource(db::Database& db, const QString& path, const security::Operator& by,
                                            IdGenerator& ids, const Clock& clock, const ExchangeProgress& progress)
{
    auto package = readKnowledgeSource(path);
    if (!package) {
        return package.error();
    }
    return importKnowledge(db, package.value(), by, ids, clock, progress);
}

} // namespace hotline::knowledge
