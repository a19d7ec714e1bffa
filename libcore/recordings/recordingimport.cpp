#include "recordings/recordingimport.h"

#include "calendar/workcalendar.h"
#include "core/clock.h"
#include "core/filehash.h"
#include "core/idgenerator.h"
#include "db/database.h"
#include "db/query.h"
#include "db/transaction.h"
#include "recordings/audioformat.h"
#include "recordings/filenamepattern.h"
#include "recordings/recordingrepository.h"
#include "recordings/recordingservice.h"
#include "recordings/sidecarcsv.h"
#include "security/permissions.h"
#include "sync/changelog.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <optional>

namespace hotline::recordings {
namespace {

// One file's way into the catalogue; returns the reason it failed (empty on success).
class FileImporter final {
public:
    FileImporter(db::Database& db, const ImportOptions& options, const security::Operator& by, IdGenerator& ids,
                 const Clock& clock, const std::optional<FileNamePattern>& pattern, const SidecarCsv* csv,
                 ImportReport& report)
        : m_db(db.connection()), m_repo(m_db), m_options(options), m_by(by), m_ids(ids), m_clock(clock),
          m_pattern(pattern), m_csv(csv), m_report(report)
    {
    }

    // Outcome of the store; a file's own problem goes into the report.
    Outcome importFile(const QString& folder, const QString& relative)
    {
        const QString path = QDir(folder).filePath(relative);
        const QString fileName = QFileInfo(relative).fileName();
        const QString sha = sha256OfFile(path);
        if (sha.isEmpty()) {
            fail(relative, QCoreApplication::translate("hotline::recordings", "the file cannot be read"));
            return Ok{};
        }
        auto known = m_repo.hasSha256(sha);
        if (!known) {
            return known.error();
        }
        if (known.value() || m_seen.contains(sha)) {
            ++m_report.skipped;
            return Ok{};
        }
        auto info = probeAudio(path);
        if (!info) {
            fail(relative, info.error().message);
            return Ok{};
        }
        CallMetadata meta;
        if (m_csv) {
            const CallMetadata* row = m_csv->rowFor(fileName);
            if (!row) {
                fail(relative, QCoreApplication::translate("hotline::recordings",
                                                           "no row of the CSV file describes this recording"));
                return Ok{};
            }
            meta = *row;
        } else {
            auto m = m_pattern->match(fileName);
            if (!m) {
                fail(relative, m.error().message);
                return Ok{};
            }
            meta = m.value();
        }

        Recording r;
        r.id = m_ids.next();
        r.callId = meta.callId;
        r.agentCode = meta.agentCode;
        r.callerNumber = meta.callerNumber;
        r.startedAt = meta.startedAt;
        r.durationMs = info->durationMs;
        r.direction = meta.direction;
        r.format = info->encoding;
        r.sampleRate = info->sampleRate;
        r.channels = info->channels;
        r.fileName = fileName;
        r.sizeBytes = QFileInfo(path).size();
        r.sha256 = sha;
        r.importedBy = m_by.id;
        r.importedAt = m_clock.now();
        r.checkedAt = r.importedAt;
        if (auto agent = agentFor(meta.agentCode); !agent) {
            return agent.error();
        } else {
            r.agentId = agent.value();
        }
        if (Outcome s = link(r); !s) {
            return s;
        }

        QString copied;
        if (m_options.managedFolder.isEmpty()) {
            r.storage = Storage::InPlace;
            r.path = QFileInfo(path).absoluteFilePath();
        } else {
            auto target = copyIntoManaged(path, r);
            if (!target) {
                fail(relative, target.error().message);
                return Ok{};
            }
            r.storage = Storage::Managed;
            r.path = target.value();
            copied = QDir(m_options.managedFolder).filePath(r.path);
        }

        // Its own savepoint: a file the store refuses leaves the batch's other files in place.
        if (auto sp = db::exec(m_db, QStringLiteral("SAVEPOINT recording_import")); !sp) {
            return sp.error();
        }
        Outcome stored = m_repo.insert(r);
        if (stored) {
            stored = sync::appendChange(m_db, {QStringLiteral("recording"), r.id, sync::Operation::Insert,
                                               recordingFields(r), m_by.id, r.importedAt});
        }
        if (!stored) {
            if (auto back = db::exec(m_db, QStringLiteral("ROLLBACK TO recording_import")); !back) {
                return back.error();
            }
            if (auto rel = db::exec(m_db, QStringLiteral("RELEASE recording_import")); !rel) {
                return rel.error();
            }
            if (!copied.isEmpty()) {
                QFile::remove(copied);
            }
            fail(relative, stored.error().message);
            return Ok{};
        }
        if (auto rel = db::exec(m_db, QStringLiteral("RELEASE recording_import")); !rel) {
            return rel.error();
        }
        m_seen.insert(sha);
        ++m_report.imported;
        if (r.linked()) {
            ++m_report.linked;
        }
        return Ok{};
    }

private:
    void fail(const QString& relative, const QString& reason) { m_report.failures.append({relative, reason}); }

    Result<QString> agentFor(const QString& code)
    {
        if (code.isEmpty()) {
            return QString();
        }
        if (const auto it = m_agents.constFind(code); it != m_agents.cend()) {
            return it.value();
        }
        auto id = m_repo.operatorByAgentCode(code);
        if (id) {
            m_agents.insert(code, id.value());
        }
        return id;
    }

    Outcome link(Recording& r)
    {
        if (!r.callId.isEmpty()) {
            auto wo = m_repo.workOrderByCallId(r.callId);
            if (!wo) {
                return wo.error();
            }
            if (!wo.value().isEmpty()) {
                r.workOrderId = wo.value();
                r.linkMethod = LinkMethod::CallId;
                return Ok{};
            }
        }
        if (!r.callerNumber.isEmpty() && m_options.linkWindowMs >= 0) {
            auto wo = m_repo.workOrderNear(r.callerNumber, r.startedAt, m_options.linkWindowMs);
            if (!wo) {
                return wo.error();
            }
            if (!wo.value().isEmpty()) {
                r.workOrderId = wo.value();
                r.linkMethod = LinkMethod::CallerWindow;
            }
        }
        return Ok{};
    }

    // yyyy/MM/dd/<name>, or <base>-<first 8 of the hash>.<ext> when another file already has that name.
    Result<QString> copyIntoManaged(const QString& source, const Recording& r)
    {
        const QString day = r.startedAt.toTimeZone(calendar::beijingTime()).toString(QStringLiteral("yyyy/MM/dd"));
        QDir root(m_options.managedFolder);
        if (!root.mkpath(day)) {
            return makeError(
                ErrorCode::StoreWriteFailed,
                QCoreApplication::translate("hotline::recordings", "cannot create the folder %1 in the managed folder")
                    .arg(day));
        }
        QString relative = day + QLatin1Char('/') + r.fileName;
        if (QFileInfo::exists(root.filePath(relative))) {
            const QFileInfo fi(r.fileName);
            relative = day + QLatin1Char('/') + fi.completeBaseName() + QLatin1Char('-') + r.sha256.left(8) +
                       QLatin1Char('.') + fi.suffix();
        }
        if (QFileInfo::exists(root.filePath(relative))) {
            return makeError(ErrorCode::Conflict,
                             QCoreApplication::translate("hotline::recordings",
                                                         "another file already has the name %1 in the managed folder")
                                 .arg(relative));
        }
        if (!QFile::copy(source, root.filePath(relative))) {
            return makeError(
                ErrorCode::StoreWriteFailed,
                QCoreApplication::translate("hotline::recordings", "cannot copy the file into the managed folder %1")
                    .arg(QDir::toNativeSeparators(m_options.managedFolder)));
        }
        return relative;
    }

    QSqlDatabase m_db;
    RecordingRepository m_repo;
    const ImportOptions& m_options;
    const security::Operator& m_by;
    IdGenerator& m_ids;
    const Clock& m_clock;
    const std::optional<FileNamePattern>& m_pattern;
    const SidecarCsv* m_csv;
    ImportReport& m_report;
    QHash<QString, QString> m_agents; // agent code → operator id
    QSet<QString> m_seen;             // hashes imported by this run
};

bool isRecordingFile(const QString& name)
{
    return name.endsWith(QLatin1String(".wav"), Qt::CaseInsensitive) ||
           name.endsWith(QLatin1String(".mp3"), Qt::CaseInsensitive);
}

} // namespace

Result<ImportSettings> lastImportSettings(db::Database& db)
{
    auto stored = RecordingRepository(db.connection()).lastImportSettings();
    if (!stored) {
        return stored.error();
    }
    ImportSettings s;
    s.options.pattern = FileNamePattern::defaultPattern();
    auto managed = RecordingRepository(db.connection()).managedFolder();
    if (managed) {
        s.options.managedFolder = managed.value();
    }
    const QJsonObject o = QJsonDocument::fromJson(stored.value().toUtf8()).object();
    if (o.isEmpty()) {
        return s;
    }
    s.folder = o.value(QStringLiteral("folder")).toString();
    s.useCsv = o.value(QStringLiteral("use_csv")).toBool();
    s.copyIntoManaged = o.value(QStringLiteral("copy")).toBool();
    s.options.pattern = o.value(QStringLiteral("pattern")).toString(s.options.pattern);
    s.options.csvPath = o.value(QStringLiteral("csv")).toString();
    s.options.managedFolder = o.value(QStringLiteral("managed_folder")).toString(s.options.managedFolder);
    s.options.linkWindowMs = o.value(QStringLiteral("window_ms")).toInteger(s.options.linkWindowMs);
    return s;
}

Outcome rememberImportSettings(db::Database& db, const ImportSettings& s)
{
    const QJsonObject o{{QStringLiteral("folder"), s.folder},
                        {QStringLiteral("use_csv"), s.useCsv},
                        {QStringLiteral("copy"), s.copyIntoManaged},
                        {QStringLiteral("pattern"), s.options.pattern},
                        {QStringLiteral("csv"), s.options.csvPath},
                        {QStringLiteral("managed_folder"), s.options.managedFolder},
                        {QStringLiteral("window_ms"), s.options.linkWindowMs}};
    return RecordingRepository(db.connection())
        .setLastImportSettings(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
}

QStringList recordingFilesIn(const QString& folder)
{
    QStringList out;
    const QDir root(folder);
    QDirIterator it(folder, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        if (isRecordingFile(it.fileName())) {
            out.append(root.relativeFilePath(it.filePath()));
        }
    }
    out.sort();
    return out;
}

Result<ImportReport> importRecordings(db::Database& db, const QString& folder, const ImportOptions& options,
                                      const security::Operator& by, IdGenerator& ids, const Clock& clock,
                                      const ImportProgress& progress, const std::atomic_bool* cancel)
{
    if (Outcome s = security::authorize(db.connection(), by, security::Permission::ImportRecordings); !s) {
        return s.error();
    }
    if (!QFileInfo(folder).isDir()) {
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("hotline::recordings", "The folder %1 does not exist.")
                             .arg(QDir::toNativeSeparators(folder)),
                         QStringLiteral("folder"));
    }
    std::optional<FileNamePattern> pattern;
    std::optional<SidecarCsv> csv;
    if (!options.csvPath.isEmpty()) {
        auto read = SidecarCsv::read(options.csvPath);
        if (!read) {
            return read.error();
        }
        csv = std::move(read).value();
    } else {
        auto parsed =
            FileNamePattern::parse(options.pattern.isEmpty() ? FileNamePattern::defaultPattern() : options.pattern);
        if (!parsed) {
            return parsed.error();
        }
        pattern = std::move(parsed).value();
    }
    if (!options.managedFolder.isEmpty() && !QDir().mkpath(options.managedFolder)) {
        return makeError(ErrorCode::StoreWriteFailed,
                         QCoreApplication::translate("hotline::recordings", "Cannot create the managed folder %1.")
                             .arg(QDir::toNativeSeparators(options.managedFolder)),
                         QStringLiteral("managed_folder"));
    }

    ImportReport report;
    if (csv) {
        const QString csvName = QFileInfo(options.csvPath).fileName();
        for (const CsvRowError& e : csv->errors()) {
            report.failures.append(
                {QCoreApplication::translate("hotline::recordings", "%1, line %2").arg(csvName).arg(e.line), e.reason});
        }
    }
    const QStringList files = recordingFilesIn(folder);
    report.found = static_cast<int>(files.size());
    ImportOptions effective = options;
    if (!effective.managedFolder.isEmpty()) {
        effective.managedFolder = QFileInfo(options.managedFolder).absoluteFilePath();
    }
    FileImporter importer(db, effective, by, ids, clock, pattern, csv ? &*csv : nullptr, report);
    const int batch = qMax(1, options.batchSize);
    std::optional<db::Transaction> tx;
    int inBatch = 0;
    for (int i = 0; i < files.size(); ++i) {
        if (cancel && cancel->load()) {
            report.cancelled = true;
            break;
        }
        if (!tx) {
            tx.emplace(db.connection());
            if (!tx->isActive()) {
                return tx->error();
            }
            if (!effective.managedFolder.isEmpty()) {
                if (Outcome s = RecordingRepository(db.connection()).setManagedFolder(effective.managedFolder); !s) {
                    return s.error();
                }
            }
        }
        if (Outcome s = importer.importFile(folder, files.at(i)); !s) {
            return s.error();
        }
        if (++inBatch >= batch || i + 1 == files.size()) {
            if (Status s = tx->commit(); !s) {
                return s.error();
            }
            tx.reset();
            inBatch = 0;
        }
        if (progress) {
            progress(i + 1, static_cast<int>(files.size()), files.at(i));
        }
    }
    if (tx) {
        if (Status s = tx->commit(); !s) {
            return s.error();
        }
    }
    return report;
}

} // namespace hotline::recordings
