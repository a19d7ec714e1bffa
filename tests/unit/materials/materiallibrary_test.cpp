// 资料库: files copied into the managed folder with their SHA-256 and size, the same content refused twice, links
// validated, replace and archive, and verify() noticing a missing or changed file. Writing needs ManageMaterials.

#include "core/filehash.h"
#include "materials/materiallibrary.h"
#include "testsupport.h"
#include "ticketfixture.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace hotline;
using namespace hotline::materials;

namespace {

QString writeFile(const QString& dir, const QString& name, const QByteArray& content)
{
    const QString path = QDir(dir).filePath(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(content);
    return path;
}

struct LibraryFixture : test::TicketFixture {
    QTemporaryDir sources;
    MaterialLibrary library{*store.db, MaterialLibrary::folderFor(store.path), clock, ids};

    MaterialDraft fileDraft(const QString& name, const QByteArray& content, Kind kind = Kind::Manual)
    {
        MaterialDraft d;
        d.kind = kind;
        d.title = QStringLiteral("扣缴端操作手册");
        d.releaseVersion = QStringLiteral("V3.1.221");
        d.sourcePath = writeFile(sources.path(), name, content);
        return d;
    }
    static MaterialDraft linkDraft(const QString& url)
    {
        MaterialDraft d;
        d.kind = Kind::Install;
        d.title = QStringLiteral("扣缴端安装包（官网下载）");
        d.url = url;
        return d;
    }
};

} // namespace

TEST_CASE("a file is copied into the materials folder beside the store with its SHA-256 and size")
{
    LibraryFixture f;
    const QByteArray content = QByteArrayLiteral("%PDF-1.4 操作手册 ...");
    auto added = f.library.add(f.fileDraft(QStringLiteral("扣缴端操作手册.pdf"), content), f.lead);
    REQUIRE(added.ok());
    CHECK(f.library.folder() == QFileInfo(f.store.path).absoluteDir().filePath(QStringLiteral("materials")));
    const QString copy = f.library.absolutePath(added.value());
    CHECK(copy.startsWith(f.library.folder()));
    CHECK(QFileInfo::exists(copy));
    CHECK(added->sha256 == sha256OfFile(copy));
    CHECK(added->sha256.size() == 64);
    CHECK(added->sizeBytes == content.size());
    CHECK(added->fileName == QStringLiteral("扣缴端操作手册.pdf"));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM change_log WHERE entity = 'material'")) == 1);
    CHECK(f.library.verify(added.value()).integrity == Integrity::Ok);

    auto got = f.library.get(added->id);
    REQUIRE(got.ok());
    CHECK(got->sha256 == added->sha256);
    CHECK(got->kind == Kind::Manual);

    SECTION("the same content again is refused, naming the material that holds it")
    {
        auto again = f.library.add(f.fileDraft(QStringLiteral("另一个名字.pdf"), content), f.lead);
        REQUIRE_FALSE(again.ok());
        CHECK(again.error().code == ErrorCode::Conflict);
        CHECK(again.error().message.contains(QStringLiteral("扣缴端操作手册")));
        CHECK(f.count(QStringLiteral("SELECT count(*) FROM materials")) == 1);
        CHECK(QDir(f.library.folder()).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size() == 1);
    }
    SECTION("a changed file is flagged by verify")
    {
        QFile file(copy);
        REQUIRE(file.open(QIODevice::Append));
        file.write("tampered");
        file.close();
        const VerifyResult r = f.library.verify(added.value());
        CHECK(r.integrity == Integrity::Changed);
        CHECK(r.message.contains(QStringLiteral("扣缴端操作手册")));
        auto all = f.library.verifyAll();
        REQUIRE(all.ok());
        CHECK(all->first().integrity == Integrity::Changed);
    }
    SECTION("a missing file is flagged by verify")
    {
        REQUIRE(QFile::remove(copy));
        CHECK(f.library.verify(added.value()).integrity == Integrity::Missing);
    }
    SECTION("replace adds a new row and archives the old one; archived content may come back")
    {
        auto newer = f.library.replace(added->id, f.fileDraft(QStringLiteral("手册v2.pdf"), "%PDF v2"), f.lead);
        REQUIRE(newer.ok());
        CHECK(f.library.get(added->id)->archived);
        auto listed = f.library.list();
        REQUIRE(listed.ok());
        REQUIRE(listed->size() == 1);
        CHECK(listed->first().id == newer->id);
        CHECK(f.library.list({std::nullopt, {}, true})->size() == 2);
        // The archived one's content is no longer "in use".
        CHECK(f.library.add(f.fileDraft(QStringLiteral("旧版.pdf"), content), f.lead).ok());
        // Replacing an archived material is refused.
        auto twice = f.library.replace(added->id, f.fileDraft(QStringLiteral("v3.pdf"), "%PDF v3"), f.lead);
        REQUIRE_FALSE(twice.ok());
        CHECK(twice.error().code == ErrorCode::NotFound);
        CHECK(f.count(QStringLiteral("SELECT count(*) FROM materials")) == 3);
    }
}

TEST_CASE("a link material needs an absolute http or https address and a material is a file or a link, not both")
{
    LibraryFixture f;
    for (const char* bad : {"ftp://download.example.cn/a.exe", "download.example.cn/a.exe", "https://",
                            "https://exa mple.cn/a.exe", "javascript:alert(1)"}) {
        auto r = f.library.add(LibraryFixture::linkDraft(QString::fromLatin1(bad)), f.lead);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().field == QStringLiteral("url"));
    }
    auto ok =
        f.library.add(LibraryFixture::linkDraft(QStringLiteral(" https://etax.example.gov.cn/kjd/setup.exe ")), f.lead);
    REQUIRE(ok.ok());
    CHECK(ok->url == QStringLiteral("https://etax.example.gov.cn/kjd/setup.exe"));
    CHECK_FALSE(ok->isFile());
    CHECK(ok->sizeBytes == -1);
    CHECK(f.library.verify(ok.value()).integrity == Integrity::Link);

    MaterialDraft both = f.fileDraft(QStringLiteral("a.exe"), "MZ");
    both.url = QStringLiteral("https://example.cn/a.exe");
    CHECK(f.library.add(both, f.lead).error().code == ErrorCode::InvalidInput);
    MaterialDraft neither = LibraryFixture::linkDraft({});
    CHECK(f.library.add(neither, f.lead).error().code == ErrorCode::InvalidInput);
    MaterialDraft missing = LibraryFixture::linkDraft({});
    missing.sourcePath = QDir(f.sources.path()).filePath(QStringLiteral("nope.exe"));
    CHECK(f.library.add(missing, f.lead).error().code == ErrorCode::FileUnreadable);
    MaterialDraft untitled = LibraryFixture::linkDraft(QStringLiteral("https://example.cn/a.exe"));
    untitled.title = QStringLiteral("  ");
    CHECK(f.library.add(untitled, f.lead).error().field == QStringLiteral("title"));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM materials")) == 1);
}

TEST_CASE("only roles with ManageMaterials add, replace and archive while everyone lists, by kind and by search")
{
    LibraryFixture f;
    auto byAgent = f.library.add(f.fileDraft(QStringLiteral("a.pdf"), "a"), f.agent);
    REQUIRE_FALSE(byAgent.ok());
    CHECK(byAgent.error().code == ErrorCode::Forbidden);
    CHECK(QDir(f.library.folder()).entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty());

    auto manual = f.library.add(f.fileDraft(QStringLiteral("a.pdf"), "a"), f.colleague); // technician
    REQUIRE(manual.ok());
    auto upgrade = f.library.add(f.fileDraft(QStringLiteral("upgrade.exe"), "MZ upgrade", Kind::Upgrade), f.lead);
    REQUIRE(upgrade.ok());
    CHECK(f.library.archive(upgrade->id, f.agent).error().code == ErrorCode::Forbidden);

    auto upgrades = f.library.list({Kind::Upgrade, {}, false});
    REQUIRE(upgrades.ok());
    REQUIRE(upgrades->size() == 1);
    CHECK(upgrades->first().id == upgrade->id);
    CHECK(f.library.list({std::nullopt, QStringLiteral("upgrade.e"), false})->size() == 1);
    CHECK(f.library.list({std::nullopt, QStringLiteral("V3.1"), false})->size() == 2);
    CHECK(f.library.list({std::nullopt, QStringLiteral("100%"), false})->isEmpty());

    REQUIRE(f.library.archive(upgrade->id, f.lead).ok());
    CHECK(f.library.list({Kind::Upgrade, {}, false})->isEmpty());
    CHECK(f.library.archive(upgrade->id, f.lead).error().code == ErrorCode::NotFound);
}
