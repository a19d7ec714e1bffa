#include "knowledge/kbmarkdownfolder.h"

#include "knowledge/kbmarkdown.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace hotline::knowledge {
namespace {

const QString kIndexFile = QStringLiteral("README.md");
const QString kPoliciesFile = QStringLiteral("policies.md");
const QString kFormatName = QStringLiteral("hotlinedesk-kb-markdown");
const QStringList kPolicyColumns{QStringLiteral("id"), QStringLiteral("number"), QStringLiteral("title"),
                                 QStringLiteral("issued"), QStringLiteral("status")};

Error refuseAt(const QString& file, int line, const QString& why, const QString& field = {})
{
    SourcePlace p;
    p.file = file;
    p.line = line;
    return makeError(ErrorCode::InvalidInput, placeText(p, {}) + why, field);
}

// ---- front matter -------------------------------------------------------------------------------------------

QString scalar(const QString& v)
{
    static const QRegularExpression plain(QStringLiteral("^[^\\s\"'\\[\\]{}#&*!|>%@`,][^\\n]*$"));
    if (v.isEmpty()) {
        return {};
    }
    const bool needsQuotes = !plain.match(v).hasMatch() || v.endsWith(QLatin1Char(' ')) ||
                             v.contains(QLatin1String(": ")) || v.contains(QLatin1String(" #"));
    if (!needsQuotes) {
        return v;
    }
    const QByteArray array = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

void writeList(QStringList& lines, const QString& key, const QStringList& items)
{
    lines << key + QLatin1Char(':');
    for (const QString& item : items) {
        lines << QStringLiteral("  - ") + scalar(item);
    }
}

struct FrontMatter {
    QHash<QString, QString> scalars;
    QHash<QString, QStringList> lists;
    QHash<QString, int> lines;
    int bodyStart = 0; // index of the first body line
};

Result<QString> unquote(const QString& raw, const QString& file, int line)
{
    const QString v = raw.trimmed();
    if (v.startsWith(QLatin1Char('"'))) {
        const QJsonDocument doc = QJsonDocument::fromJson(QStringLiteral("[%1]").arg(v).toUtf8());
        if (!doc.isArray() || doc.array().size() != 1 || !doc.array().at(0).isString()) {
            return refuseAt(
                file, line,
                QCoreApplication::translate("hotline::knowledge", "a quoted value is not closed properly."));
        }
        return doc.array().at(0).toString();
    }
    if (v.size() >= 2 && v.startsWith(QLatin1Char('\'')) && v.endsWith(QLatin1Char('\''))) {
        return v.mid(1, v.size() - 2).replace(QStringLiteral("''"), QStringLiteral("'"));
    }
    return v;
}

Result<FrontMatter> parseFrontMatter(const QStringList& lines, const QString& file, const QSet<QString>& scalarKeys,
                                     const QSet<QString>& listKeys)
{
    static const QRegularExpression keyLine(QStringLiteral("^([A-Za-z][A-Za-z0-9_]*)\\s*:(.*)$"));
    static const QRegularExpression itemLine(QStringLiteral("^\\s+-\\s?(.*)$"));
    if (lines.isEmpty() || lines.first().trimmed() != QLatin1String("---")) {
        return refuseAt(file, 1,
                        QCoreApplication::translate("hotline::knowledge",
                                                    "the file must start with a front-matter block (a line \"---\")."));
    }
    FrontMatter fm;
    QString listKey;
    for (int i = 1; i < lines.size(); ++i) {
        const QString& l = lines.at(i);
        const int lineNo = i + 1;
        if (l.trimmed() == QLatin1String("---")) {
            fm.bodyStart = i + 1;
            return fm;
        }
        if (l.trimmed().isEmpty() || l.trimmed().startsWith(QLatin1Char('#'))) {
            continue;
        }
        if (const auto m = itemLine.match(l); m.hasMatch()) {
            if (listKey.isEmpty()) {
                return refuseAt(
                    file, lineNo,
                    QCoreApplication::translate("hotline::knowledge", "a list item (\"- …\") outside a list field."));
            }
            auto item = unquote(m.captured(1), file, lineNo);
            if (!item) {
                return item.error();
            }
            fm.lists[listKey] << item.value();
            continue;
        }
        const auto m = keyLine.match(l);
        if (!m.hasMatch()) {
            return refuseAt(
                file, lineNo,
                QCoreApplication::translate("hotline::knowledge",
                                            "cannot read this front-matter line (expected \"field: value\")."));
        }
        const QString key = m.captured(1);
        const QString value = m.captured(2).trimmed();
        if (!scalarKeys.contains(key) && !listKeys.contains(key)) {
            return refuseAt(file, lineNo,
                            QCoreApplication::translate("hotline::knowledge", "unknown field \"%1\".").arg(key), key);
        }
        if (fm.lines.contains(key)) {
            return refuseAt(
                file, lineNo,
                QCoreApplication::translate("hotline::knowledge", "the field \"%1\" appears twice.").arg(key), key);
        }
        fm.lines.insert(key, lineNo);
        listKey.clear();
        if (listKeys.contains(key)) {
            fm.lists.insert(key, {});
            if (value.startsWith(QLatin1Char('[')) && value.endsWith(QLatin1Char(']'))) {
                for (const QString& part : value.mid(1, value.size() - 2).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                    auto item = unquote(part, file, lineNo);
                    if (!item) {
                        return item.error();
                    }
                    fm.lists[key] << item.value();
                }
            } else if (!value.isEmpty()) {
                return refuseAt(file, lineNo,
                                QCoreApplication::translate("hotline::knowledge",
                                                            "\"%1\" is a list: one \"  - item\" line per entry.")
                                    .arg(key),
                                key);
            } else {
                listKey = key;
            }
            continue;
        }
        auto v = unquote(value, file, lineNo);
        if (!v) {
            return v.error();
        }
        fm.scalars.insert(key, v.value());
    }
    return refuseAt(file, static_cast<int>(lines.size()),
                    QCoreApplication::translate("hotline::knowledge",
                                                "the front-matter block is not closed (a line \"---\" is missing)."));
}

Result<QStringList> readLines(const QString& path, const QString& shown)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return makeError(
            ErrorCode::FileUnreadable,
            QCoreApplication::translate("hotline::knowledge", "Cannot read %1: %2.").arg(shown, f.errorString()));
    }
    QString text = QString::fromUtf8(f.readAll());
    if (text.startsWith(QChar(0xFEFF))) {
        text.remove(0, 1);
    }
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    return text.split(QLatin1Char('\n'));
}

// ---- one article --------------------------------------------------------------------------------------------

QString articleText(const ArticleRecord& a)
{
    QStringList lines{QStringLiteral("---")};
    lines << QStringLiteral("id: ") + scalar(a.id);
    lines << QStringLiteral("title: ") + scalar(a.title);
    lines << QStringLiteral("category: ") + scalar(a.category);
    writeList(lines, QStringLiteral("tags"), a.tags);
    writeList(lines, QStringLiteral("similar"), a.similar);
    writeList(lines, QStringLiteral("policies"), a.policyIds);
    lines << QStringLiteral("effective: ") + (a.effective.isValid() ? a.effective.toString(Qt::ISODate) : QString());
    lines << QStringLiteral("expires: ") + (a.expires.isValid() ? a.expires.toString(Qt::ISODate) : QString());
    lines << QStringLiteral("status: ") + key(a.status.value_or(ArticleStatus::Published));
    lines << QStringLiteral("pinned: ") + (a.pinned ? QStringLiteral("true") : QStringLiteral("false"));
    lines << QStringLiteral("author: ") + scalar(a.author);
    lines << QStringLiteral("version: ") + QString::number(a.version);
    lines << QStringLiteral("---") << QString() << htmlToMarkdown(a.bodyHtml);
    for (QString& l : lines) {
        if (l.endsWith(QLatin1Char(' ')) && !l.endsWith(QLatin1String("  "))) {
            l.chop(1);
        }
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

Result<ArticleRecord> readArticle(const QString& path, const QString& shown, int index)
{
    static const QSet<QString> scalars{
        QStringLiteral("id"),        QStringLiteral("title"),   QStringLiteral("category"),
        QStringLiteral("effective"), QStringLiteral("expires"), QStringLiteral("status"),
        QStringLiteral("pinned"),    QStringLiteral("author"),  QStringLiteral("version")};
    static const QSet<QString> lists{QStringLiteral("tags"), QStringLiteral("similar"), QStringLiteral("policies")};
    auto lines = readLines(path, shown);
    if (!lines) {
        return lines.error();
    }
    auto fm = parseFrontMatter(lines.value(), shown, scalars, lists);
    if (!fm) {
        return fm.error();
    }
    const FrontMatter& f = fm.value();
    ArticleRecord a;
    a.place.file = shown;
    a.place.line = 1;
    a.place.index = index;
    a.place.fieldLines = f.lines;
    const auto fail = [&](const QString& field, const QString& why) {
        return refuseAt(shown, f.lines.value(field, 1), why, field);
    };
    if (!f.lines.contains(QStringLiteral("title"))) {
        return fail(QStringLiteral("title"),
                    QCoreApplication::translate("hotline::knowledge", "the front matter has no \"title\"."));
    }
    if (!f.lines.contains(QStringLiteral("category"))) {
        return fail(QStringLiteral("category"),
                    QCoreApplication::translate("hotline::knowledge", "the front matter has no \"category\"."));
    }
    a.id = f.scalars.value(QStringLiteral("id"));
    a.title = f.scalars.value(QStringLiteral("title"));
    a.category = f.scalars.value(QStringLiteral("category"));
    a.author = f.scalars.value(QStringLiteral("author"));
    a.tags = f.lists.value(QStringLiteral("tags"));
    a.similar = f.lists.value(QStringLiteral("similar"));
    a.policyIds = f.lists.value(QStringLiteral("policies"));
    for (const auto& [field, date] :
         {std::pair{QStringLiteral("effective"), &a.effective}, std::pair{QStringLiteral("expires"), &a.expires}}) {
        const QString text = f.scalars.value(field);
        *date = QDate::fromString(text, Qt::ISODate);
        if (!text.isEmpty() && (!date->isValid() || text.size() != 10)) {
            return fail(
                field,
                QCoreApplication::translate("hotline::knowledge", "\"%1\" is not a date (YYYY-MM-DD).").arg(text));
        }
    }
    if (const QString status = f.scalars.value(QStringLiteral("status")); !status.isEmpty()) {
        a.status = articleStatusFromKey(status);
        if (!a.status) {
            return fail(QStringLiteral("status"),
                        QCoreApplication::translate("hotline::knowledge",
                                                    "\"%1\" is not a status (draft, pending, published, archived).")
                            .arg(status));
        }
    }
    const QString pinned = f.scalars.value(QStringLiteral("pinned"), QStringLiteral("false")).toLower();
    if (pinned != QLatin1String("true") && pinned != QLatin1String("false") && !pinned.isEmpty()) {
        return fail(QStringLiteral("pinned"),
                    QCoreApplication::translate("hotline::knowledge", "\"pinned\" must be true or false."));
    }
    a.pinned = pinned == QLatin1String("true");
    if (const QString version = f.scalars.value(QStringLiteral("version")); !version.isEmpty()) {
        bool ok = false;
        a.version = version.toInt(&ok);
        if (!ok || a.version < 1) {
            return fail(
                QStringLiteral("version"),
                QCoreApplication::translate("hotline::knowledge", "\"version\" must be a whole number from 1."));
        }
    }
    a.bodyHtml = markdownToHtml(lines.value().mid(f.bodyStart).join(QLatin1Char('\n')));
    return a;
}

// ---- policies.md --------------------------------------------------------------------------------------------

QString cell(QString s)
{
    return s.replace(QLatin1Char('|'), QStringLiteral("\\|")).replace(QLatin1Char('\n'), QLatin1Char(' '));
}

QStringList rowCells(const QString& row)
{
    static const QRegularExpression separator(QStringLiteral("(?<!\\\\)\\|"));
    QString r = row.trimmed();
    r = r.mid(1);
    if (r.endsWith(QLatin1Char('|')) && !r.endsWith(QLatin1String("\\|"))) {
        r.chop(1);
    }
    QStringList cells = r.split(separator);
    for (QString& c : cells) {
        c = c.trimmed().replace(QStringLiteral("\\|"), QStringLiteral("|"));
    }
    return cells;
}

Result<QList<PolicyRecord>> readPolicies(const QString& path)
{
    auto lines = readLines(path, kPoliciesFile);
    if (!lines) {
        return lines.error();
    }
    QList<PolicyRecord> out;
    bool inTable = false;
    for (int i = 0; i < lines->size(); ++i) {
        const QString l = lines->at(i).trimmed();
        if (!l.startsWith(QLatin1Char('|'))) {
            inTable = false;
            continue;
        }
        const QStringList cells = rowCells(l);
        if (!inTable) {
            inTable = cells == kPolicyColumns;
            if (!inTable) {
                return refuseAt(kPoliciesFile, i + 1,
                                QCoreApplication::translate("hotline::knowledge", "the table must have the columns %1.")
                                    .arg(kPolicyColumns.join(QStringLiteral(" | "))));
            }
            ++i; // the delimiter row
            continue;
        }
        if (cells.size() != kPolicyColumns.size()) {
            return refuseAt(kPoliciesFile, i + 1,
                            QCoreApplication::translate("hotline::knowledge", "a row needs %1 cells, this one has %2.")
                                .arg(kPolicyColumns.size())
                                .arg(cells.size()));
        }
        PolicyRecord p;
        p.id = cells.at(0);
        p.number = cells.at(1);
        p.title = cells.at(2);
        p.issued = QDate::fromString(cells.at(3), Qt::ISODate);
        if (!cells.at(3).isEmpty() && !p.issued.isValid()) {
            return refuseAt(kPoliciesFile, i + 1,
                            QCoreApplication::translate("hotline::knowledge", "\"%1\" is not a date (YYYY-MM-DD).")
                                .arg(cells.at(3)));
        }
        p.status = cells.at(4).isEmpty() ? QStringLiteral("effective") : cells.at(4);
        p.place.file = kPoliciesFile;
        p.place.policy = true;
        p.place.line = i + 1;
        p.place.index = static_cast<int>(out.size()) + 1;
        out.append(p);
    }
    return out;
}

// ---- writing ------------------------------------------------------------------------------------------------

// A plain write (no QSaveFile and its sync to disk per file: ten thousand of those take half a minute); a failed
// export is removed as a whole anyway.
Outcome writeText(const QString& path, const QString& text)
{
    QFile f(path);
    const QByteArray bytes = text.toUtf8();
    if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly) || f.write(bytes) != bytes.size() || !f.flush()) {
        return makeError(ErrorCode::StoreWriteFailed,
                         QCoreApplication::translate("hotline::knowledge", "Cannot write %1: %2.")
                             .arg(QDir::toNativeSeparators(path), f.errorString()));
    }
    return Ok{};
}

// CommonMark's <…> destination: Chinese names and spaces stay readable (safe names hold no < or >).
QString linkTarget(const QString& relative)
{
    return QLatin1Char('<') + relative + QLatin1Char('>');
}

QString linkText(QString s)
{
    return s.replace(QLatin1Char('['), QStringLiteral("\\[")).replace(QLatin1Char(']'), QStringLiteral("\\]"));
}

Result<int> writeFolderContents(const KbPackage& package, const QDir& dir, const ExchangeProgress& progress)
{
    QHash<QString, QString> folders; // category → folder name
    QSet<QString> usedFolders;
    QHash<QString, QSet<QString>> usedNames; // folder → lower-case file names
    QHash<QString, QStringList> index;       // category → index lines
    QStringList categories = package.categories;
    const int total = static_cast<int>(package.articles.size());
    int done = 0;
    for (const ArticleRecord& a : package.articles) {
        if (!categories.contains(a.category)) {
            categories << a.category;
        }
        if (!folders.contains(a.category)) {
            QString folder = safeFileName(a.category, QStringLiteral("category"));
            for (int n = 2;
                 usedFolders.contains(folder.toLower()) || folder.compare(kIndexFile, Qt::CaseInsensitive) == 0; ++n) {
                folder = safeFileName(a.category, QStringLiteral("category")) + QStringLiteral(" (%1)").arg(n);
            }
            usedFolders.insert(folder.toLower());
            folders.insert(a.category, folder);
            if (!dir.mkpath(folder)) {
                return makeError(ErrorCode::StoreWriteFailed,
                                 QCoreApplication::translate("hotline::knowledge", "Cannot create the folder %1.")
                                     .arg(QDir::toNativeSeparators(dir.filePath(folder))));
            }
        }
        const QString folder = folders.value(a.category);
        const QString base = safeFileName(a.title, a.id.isEmpty() ? QStringLiteral("article") : a.id);
        QString name = base + QStringLiteral(".md");
        for (int n = 2; usedNames[folder].contains(name.toLower()); ++n) {
            name = base + QStringLiteral(" (%1).md").arg(n);
        }
        usedNames[folder].insert(name.toLower());
        const QString relative = folder + QLatin1Char('/') + name;
        if (Outcome s = writeText(dir.filePath(relative), articleText(a)); !s) {
            return s.error();
        }
        index[a.category] << QStringLiteral("- [") + linkText(a.title) + QStringLiteral("](") + linkTarget(relative) +
                                 QLatin1Char(')') +
                                 (a.status == ArticleStatus::Published || !a.status
                                      ? QString()
                                      : QStringLiteral(" — ") + displayName(*a.status));
        if (progress && !progress(++done, total)) {
            return makeError(ErrorCode::InvalidInput,
                             QCoreApplication::translate("hotline::knowledge", "The export was cancelled."));
        }
    }
    QStringList readme{QStringLiteral("---"), QStringLiteral("format: ") + kFormatName,
                       QStringLiteral("formatVersion: %1").arg(kKbMarkdownFormatVersion)};
    writeList(readme, QStringLiteral("categories"), categories);
    readme << QStringLiteral("---") << QString()
           << QStringLiteral("# ") + QCoreApplication::translate("hotline::knowledge", "Knowledge base") << QString()
           << QCoreApplication::translate("hotline::knowledge",
                                          "%n article(s) in folders by category; the policy documents they cite are "
                                          "listed in [policies.md](policies.md).",
                                          nullptr, total);
    for (const QString& c : categories) {
        if (index.contains(c)) {
            readme << QString() << QStringLiteral("## ") + c << QString() << index.value(c);
        }
    }
    if (Outcome s = writeText(dir.filePath(kIndexFile), readme.join(QLatin1Char('\n')) + QLatin1Char('\n')); !s) {
        return s.error();
    }
    QStringList policies{QStringLiteral("# ") + QCoreApplication::translate("hotline::knowledge", "Policy documents"),
                         QString(),
                         QStringLiteral("| ") + kPolicyColumns.join(QStringLiteral(" | ")) + QStringLiteral(" |"),
                         QStringLiteral("| --- | --- | --- | --- | --- |")};
    for (const PolicyRecord& p : package.policies) {
        policies << QStringLiteral("| %1 | %2 | %3 | %4 | %5 |")
                        .arg(cell(p.id), cell(p.number), cell(p.title),
                             p.issued.isValid() ? p.issued.toString(Qt::ISODate) : QString(), cell(p.status));
    }
    if (Outcome s = writeText(dir.filePath(kPoliciesFile), policies.join(QLatin1Char('\n')) + QLatin1Char('\n')); !s) {
        return s.error();
    }
    return total;
}

} // namespace

QString safeFileName(const QString& title, const QString& fallback, int maxLength)
{
    static const QRegularExpression forbidden(QStringLiteral("[/\\\\:*?\"<>|\\x00-\\x1f\\x7f]"));
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    static const QRegularExpression reserved(QStringLiteral("^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\\..*)?$"),
                                             QRegularExpression::CaseInsensitiveOption);
    QString name = title;
    name.replace(spaces, QStringLiteral(" "));
    name.remove(forbidden);
    const auto trim = [](QString& s) {
        while (!s.isEmpty() && (s.front().isSpace() || s.front() == QLatin1Char('.'))) {
            s.remove(0, 1);
        }
        while (!s.isEmpty() && (s.back().isSpace() || s.back() == QLatin1Char('.'))) {
            s.chop(1);
        }
    };
    trim(name);
    if (name.size() > maxLength) {
        name.truncate(maxLength);
        if (name.back().isHighSurrogate()) {
            name.chop(1);
        }
        trim(name);
    }
    if (name.isEmpty()) {
        name = fallback;
    }
    if (reserved.match(name).hasMatch()) {
        name += QLatin1Char('_');
    }
    return name;
}

Result<int> writeMarkdownFolder(const KbPackage& package, const QString& folder, const ExchangeProgress& progress)
{
    QDir dir(folder);
    const bool existed = dir.exists();
    if (existed && !dir.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)) {
        return makeError(ErrorCode::Conflict,
                         QCoreApplication::translate("hotline::knowledge", "%1 is not empty: choose an empty folder.")
                             .arg(QDir::toNativeSeparators(folder)));
    }
    if (!existed && !QDir().mkpath(folder)) {
        return makeError(ErrorCode::StoreWriteFailed,
                         QCoreApplication::translate("hotline::knowledge", "Cannot create the folder %1.")
                             .arg(QDir::toNativeSeparators(folder)));
    }
    auto written = writeFolderContents(package, dir, progress);
    if (!written) {
        // Nothing half-exported: the folder was empty or new, so everything in it is ours to remove.
        if (existed) {
            for (const QFileInfo& entry : dir.entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)) {
                if (entry.isDir()) {
                    QDir(entry.filePath()).removeRecursively();
                } else {
                    QFile::remove(entry.filePath());
                }
            }
        } else {
            dir.removeRecursively();
        }
    }
    return written;
}

Result<KbPackage> readMarkdownFolder(const QString& folder)
{
    const QDir dir(folder);
    if (!dir.exists()) {
        return makeError(ErrorCode::FileUnreadable,
                         QCoreApplication::translate("hotline::knowledge", "The folder %1 does not exist.")
                             .arg(QDir::toNativeSeparators(folder)));
    }
    KbPackage package;
    if (dir.exists(kIndexFile)) {
        auto lines = readLines(dir.filePath(kIndexFile), kIndexFile);
        if (!lines) {
            return lines.error();
        }
        auto fm =
            parseFrontMatter(lines.value(), kIndexFile, {QStringLiteral("format"), QStringLiteral("formatVersion")},
                             {QStringLiteral("categories")});
        if (!fm) {
            return fm.error();
        }
        const QString format = fm->scalars.value(QStringLiteral("format"));
        if (!format.isEmpty() && format != kFormatName) {
            return refuseAt(kIndexFile, fm->lines.value(QStringLiteral("format")),
                            QCoreApplication::translate(
                                "hotline::knowledge", "This is not a HotlineDesk knowledge-base file (format \"%1\").")
                                .arg(format));
        }
        if (fm->scalars.value(QStringLiteral("formatVersion"), QStringLiteral("1")).toInt() !=
            kKbMarkdownFormatVersion) {
            return refuseAt(kIndexFile, fm->lines.value(QStringLiteral("formatVersion")),
                            QCoreApplication::translate("hotline::knowledge",
                                                        "The file has format version %1; this HotlineDesk reads up to "
                                                        "version %2.")
                                .arg(fm->scalars.value(QStringLiteral("formatVersion")))
                                .arg(kKbMarkdownFormatVersion));
        }
        package.categories = fm->lists.value(QStringLiteral("categories"));
    }
    if (dir.exists(kPoliciesFile)) {
        auto policies = readPolicies(dir.filePath(kPoliciesFile));
        if (!policies) {
            return policies.error();
        }
        package.policies = policies.value();
    }
    QStringList files;
    QDirIterator it(folder, {QStringLiteral("*.md")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString relative = dir.relativeFilePath(it.next());
        if (relative != kIndexFile && relative != kPoliciesFile) {
            files << relative;
        }
    }
    files.sort();
    for (const QString& relative : files) {
        auto a = readArticle(dir.filePath(relative), relative, static_cast<int>(package.articles.size()) + 1);
        if (!a) {
            return a.error();
        }
        package.articles.append(a.value());
    }
    return package;
}

} // namespace hotline::knowledge
