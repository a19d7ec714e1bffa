#pragma once
// The materials library (资料库) on disk and in the store: files are copied into a managed folder beside the store
// (<store dir>/materials/<id>/<file name>) and identified by their SHA-256, so the same content is never stored twice
// and a changed or missing file is noticed by verify(). Everyone reads; adding, replacing and archiving need
// Permission::ManageMaterials. Every write travels through the outbox (entity material).

#include "core/result.h"
#include "materials/material.h"
#include "security/operator.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace hotline {
class Clock;
class IdGenerator;
namespace db {
class Database;
}
} // namespace hotline

namespace hotline::materials {

struct MaterialFilter {
    std::optional<Kind> kind;
    QString search; // in title, version, file name and note
    bool includeArchived = false;
};

enum class Integrity { Ok, Link, Missing, Changed };

struct VerifyResult {
    QString materialId;
    Integrity integrity = Integrity::Ok;
    QString message; // for Missing and Changed
};

class MaterialLibrary final {
public:
    // folder: where the files are kept; folderFor(store path) by default.
    MaterialLibrary(db::Database& db, QString folder, const Clock& clock, IdGenerator& ids);
    // <directory of the store>/materials
    static QString folderFor(const QString& storePath);

    // A file (draft.sourcePath) or a link (draft.url). The same content as a material in use is refused, naming it.
    Result<Material> add(const MaterialDraft& draft, const security::Operator& by);
    // Adds the new version and archives oldId in one transaction.
    Result<Material> replace(const QString& oldId, const MaterialDraft& draft, const security::Operator& by);
    Outcome archive(const QString& id, const security::Operator& by);

    Result<QList<Material>> list(const MaterialFilter& filter = {}) const;
    Result<Material> get(const QString& id) const;
    // The file's path on this machine; empty for a link.
    QString absolutePath(const Material& m) const;

    // File present and checksum unchanged? Links are reported as Link.
    VerifyResult verify(const Material& m) const;
    Result<QList<VerifyResult>> verifyAll() const;

    const QString& folder() const { return m_folder; }

private:
    Result<Material> insert(const MaterialDraft& draft, const security::Operator& by, const QString& replacing);

    db::Database& m_db;
    QString m_folder;
    const Clock& m_clock;
    IdGenerator& m_ids;
};

} // namespace hotline::materials
