#include "knowledge/kbjson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace hotline::knowledge {
namespace {

const QString kFormatName = QStringLiteral("hotlinedesk-kb");

// QJsonDocument keeps no positions, so a second, tolerant pass over the (already valid) text finds the line where
// each element of the top-level arrays starts and the line of each of their keys.
class PositionScanner final {
public:
    explicit PositionScanner(const QByteArray& json) : m_json(json) {}

    QHash<QString, QList<SourcePlace>> scan()
    {
        QHash<QString, QList<SourcePlace>> out;
        QByteArray rootKey;
        QList<char> stack;
        int line = 1;
        for (qsizetype i = 0; i < m_json.size(); ++i) {
            const char c = m_json.at(i);
            if (c == '\n') {
                ++line;
                continue;
            }
            if (c == ' ' || c == '\t' || c == '\r' || c == ',' || c == ':') {
                continue;
            }
            const bool elementOfRootArray = stack.size() == 2 && stack.at(0) == '{' && stack.at(1) == '[';
            if (c == '}' || c == ']') {
                if (!stack.isEmpty()) {
                    stack.removeLast();
                }
                continue;
            }
            if (c == '"') {
                const int startLine = line;
                QByteArray text;
                ++i;
                for (; i < m_json.size() && m_json.at(i) != '"'; ++i) {
                    if (m_json.at(i) == '\\') {
                        ++i;
                    }
                    text += m_json.at(i);
                }
                qsizetype j = i + 1;
                while (j < m_json.size() &&
                       (m_json.at(j) == ' ' || m_json.at(j) == '\t' || m_json.at(j) == '\r' || m_json.at(j) == '\n')) {
                    ++j;
                }
                const bool isKey = j < m_json.size() && m_json.at(j) == ':';
                if (isKey && stack.size() == 1) {
                    rootKey = text;
                } else if (isKey && stack.size() == 3 && stack.at(1) == '[' && stack.at(2) == '{') {
                    auto& list = out[QString::fromUtf8(rootKey)];
                    if (!list.isEmpty()) {
                        list.last().fieldLines.insert(QString::fromUtf8(text), startLine);
                    }
                } else if (!isKey && elementOfRootArray) {
                    add(out, rootKey, startLine);
                }
                continue;
            }
            if (elementOfRootArray) {
                add(out, rootKey, line);
            }
            if (c == '{' || c == '[') {
                stack.append(c);
            } else {
                // A literal (number, true, false, null): skip to its end.
                while (i + 1 < m_json.size() && !QByteArrayView(",]}\n \t\r").contains(m_json.at(i + 1))) {
                    ++i;
                }
            }
        }
        return out;
    }

private:
    static void add(QHash<QString, QList<SourcePlace>>& out, const QByteArray& key, int line)
    {
        auto& list = out[QString::fromUtf8(key)];
        SourcePlace p;
        p.line = line;
        p.index = static_cast<int>(list.size()) + 1;
        list.append(p);
    }

    const QByteArray& m_json;
};

Error refuse(const SourcePlace& place, const QString& title, const QString& field, const QString& why)
{
    return makeError(ErrorCode::InvalidInput, placeText(place, title, field) + why, field);
}

QString mustBeText(const QString& field)
{
    return QCoreApplication::translate("hotline::knowledge", "\"%1\" must be a text.").arg(field);
}

// Reads one object's fields, remembering the first problem.
class FieldReader final {
public:
    FieldReader(const QJsonObject& o, const SourcePlace& place, QString title)
        : m_o(o), m_place(place), m_title(std::move(title))
    {
    }

    QString text(const QString& field)
    {
        const QJsonValue v = m_o.value(field);
        if (v.isUndefined() || v.isNull()) {
            return {};
        }
        if (!v.isString()) {
            fail(field, mustBeText(field));
            return {};
        }
        return v.toString();
    }

    QStringList texts(const QString& field)
    {
        const QJsonValue v = m_o.value(field);
        if (v.isUndefined() || v.isNull()) {
            return {};
        }
        QStringList out;
        bool ok = v.isArray();
        for (const QJsonValue x : v.toArray()) {
            ok = ok && x.isString();
            out << x.toString().trimmed();
        }
        if (!ok) {
            fail(field,
                 QCoreApplication::translate("hotline::knowledge", "\"%1\" must be a list of texts.").arg(field));
        }
        return out;
    }

    QDate date(const QString& field)
    {
        const QString t = text(field).trimmed();
        const QDate d = QDate::fromString(t, Qt::ISODate);
        if (!t.isEmpty() && (!d.isValid() || t.size() != 10)) {
            fail(field, QCoreApplication::translate("hotline::knowledge", "\"%1\" is not a date (YYYY-MM-DD).").arg(t));
        }
        return d;
    }

    void fail(const QString& field, const QString& why)
    {
        if (!m_error) {
            m_error = refuse(m_place, m_title, field, why);
        }
    }

    const std::optional<Error>& error() const { return m_error; }

private:
    const QJsonObject& m_o;
    const SourcePlace& m_place;
    QString m_title;
    std::optional<Error> m_error;
};

const QSet<QString>& articleFields()
{
    static const QSet<QString> fields{
        QStringLiteral("id"),      QStringLiteral("category"), QStringLiteral("title"),    QStringLiteral("similar"),
        QStringLiteral("tags"),    QStringLiteral("body"),     QStringLiteral("policies"), QStringLiteral("effective"),
        QStringLiteral("expires"), QStringLiteral("status"),   QStringLiteral("author"),   QStringLiteral("version"),
        QStringLiteral("pinned")};
    return fields;
}

Result<ArticleRecord> readArticle(const QJsonValue& v, const SourcePlace& place)
{
    ArticleRecord a;
    a.place = place;
    if (!v.isObject()) {
        return refuse(place, {}, {},
                      QCoreApplication::translate("hotline::knowledge", "an article must be an object."));
    }
    const QJsonObject o = v.toObject();
    FieldReader r(o, a.place, o.value(QStringLiteral("title")).toString());
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!articleFields().contains(it.key())) {
            r.fail(it.key(), QCoreApplication::translate("hotline::knowledge", "unknown field \"%1\".").arg(it.key()));
        }
    }
    a.id = r.text(QStringLiteral("id")).trimmed();
    a.category = r.text(QStringLiteral("category")).trimmed();
    a.title = r.text(QStringLiteral("title")).trimmed();
    a.similar = r.texts(QStringLiteral("similar"));
    a.tags = r.texts(QStringLiteral("tags"));
    a.bodyHtml = r.text(QStringLiteral("body"));
    a.policyIds = r.texts(QStringLiteral("policies"));
    a.effective = r.date(QStringLiteral("effective"));
    a.expires = r.date(QStringLiteral("expires"));
    a.author = r.text(QStringLiteral("author")).trimmed();
    if (const QString status = r.text(QStringLiteral("status")).trimmed(); !status.isEmpty()) {
        a.status = articleStatusFromKey(status);
        if (!a.status) {
            r.fail(QStringLiteral("status"),
                   QCoreApplication::translate("hotline::knowledge",
                                               "\"%1\" is not a status (draft, pending, published, archived).")
                       .arg(status));
        }
    }
    if (const QJsonValue version = o.value(QStringLiteral("version")); !version.isUndefined()) {
        a.version = version.toInt(0);
        if (!version.isDouble() || version.toDouble() != a.version || a.version < 1) {
            r.fail(QStringLiteral("version"),
                   QCoreApplication::translate("hotline::knowledge", "\"version\" must be a whole number from 1."));
        }
    }
    if (const QJsonValue pinned = o.value(QStringLiteral("pinned")); !pinned.isUndefined()) {
        if (!pinned.isBool()) {
            r.fail(QStringLiteral("pinned"),
                   QCoreApplication::translate("hotline::knowledge", "\"pinned\" must be true or false."));
        }
        a.pinned = pinned.toBool();
    }
    if (r.error()) {
        return *r.error();
    }
    return a;
}

Result<PolicyRecord> readPolicy(const QJsonValue& v, const SourcePlace& place)
{
    PolicyRecord p;
    p.place = place;
    p.place.policy = true;
    if (!v.isObject()) {
        return refuse(place, {}, {},
                      QCoreApplication::translate("hotline::knowledge", "a policy document must be an object."));
    }
    const QJsonObject o = v.toObject();
    FieldReader r(o, p.place, o.value(QStringLiteral("title")).toString());
    p.id = r.text(QStringLiteral("id")).trimmed();
    p.number = r.text(QStringLiteral("number")).trimmed();
    p.title = r.text(QStringLiteral("title")).trimmed();
    p.issued = r.date(QStringLiteral("issued"));
    if (const QString status = r.text(QStringLiteral("status")).trimmed(); !status.isEmpty()) {
        p.status = status;
    }
    if (r.error()) {
        return *r.error();
    }
    return p;
}

QJsonValue dateValue(const QDate& d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

} // namespace

Result<QByteArray> knowledgeToJson(const KbPackage& package, const QDateTime& exportedAt,
                                   const ExchangeProgress& progress)
{
    QJsonArray policies;
    for (const PolicyRecord& p : package.policies) {
        policies.append(QJsonObject{{QStringLiteral("id"), p.id},
                                    {QStringLiteral("number"), p.number},
                                    {QStringLiteral("title"), p.title},
                                    {QStringLiteral("issued"), dateValue(p.issued)},
                                    {QStringLiteral("status"), p.status}});
    }
    QJsonArray articles;
    const int total = static_cast<int>(package.articles.size());
    int done = 0;
    for (const ArticleRecord& a : package.articles) {
        articles.append(QJsonObject{{QStringLiteral("id"), a.id},
                                    {QStringLiteral("category"), a.category},
                                    {QStringLiteral("title"), a.title},
                                    {QStringLiteral("similar"), QJsonArray::fromStringList(a.similar)},
                                    {QStringLiteral("tags"), QJsonArray::fromStringList(a.tags)},
                                    {QStringLiteral("body"), a.bodyHtml},
                                    {QStringLiteral("policies"), QJsonArray::fromStringList(a.policyIds)},
                                    {QStringLiteral("effective"), dateValue(a.effective)},
                                    {QStringLiteral("expires"), dateValue(a.expires)},
                                    {QStringLiteral("status"), key(a.status.value_or(ArticleStatus::Published))},
                                    {QStringLiteral("author"), a.author},
                                    {QStringLiteral("version"), a.version},
                                    {QStringLiteral("pinned"), a.pinned}});
        if (progress && !progress(++done, total)) {
            return makeError(ErrorCode::InvalidInput,
                             QCoreApplication::translate("hotline::knowledge", "The export was cancelled."));
        }
    }
    const QJsonObject root{{QStringLiteral("format"), kFormatName},
                           {QStringLiteral("formatVersion"), kKbFormatVersion},
                           {QStringLiteral("exportedAt"), exportedAt.toString(Qt::ISODateWithMs)},
                           {QStringLiteral("categories"), QJsonArray::fromStringList(package.categories)},
                           {QStringLiteral("policies"), policies},
                           {QStringLiteral("articles"), articles}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<KbPackage> knowledgeFromJson(const QByteArray& file)
{
    // Editors on Windows start UTF-8 files with a byte-order mark, which JSON does not allow.
    const QByteArray json = file.startsWith("\xEF\xBB\xBF") ? file.mid(3) : file;
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Qt's offset is just past the character at fault: name that character.
        const QByteArray before = json.left(std::max(0, parseError.offset - 1));
        const int line = static_cast<int>(before.count('\n')) + 1;
        const qsizetype lineStart = before.lastIndexOf('\n') + 1;
        const auto column = QString::fromUtf8(before.mid(lineStart)).size() + 1;
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("hotline::knowledge", "Line %1, column %2: %3.")
                             .arg(line)
                             .arg(column)
                             .arg(parseError.errorString()));
    }
    if (!doc.isObject()) {
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("hotline::knowledge", "Line 1: the file is not a JSON object."));
    }
    const QJsonObject root = doc.object();
    const QJsonValue format = root.value(QStringLiteral("format"));
    if (!format.isUndefined() && format.toString() != kFormatName) {
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("hotline::knowledge",
                                                     "This is not a HotlineDesk knowledge-base file (format \"%1\").")
                             .arg(format.toString()));
    }
    const QJsonValue version = root.value(QStringLiteral("formatVersion"));
    if (!version.isUndefined() && (!version.isDouble() || version.toInt() < 1 || version.toInt() > kKbFormatVersion)) {
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("hotline::knowledge",
                                                     "The file has format version %1; this HotlineDesk reads up to "
                                                     "version %2.")
                             .arg(version.toVariant().toString())
                             .arg(kKbFormatVersion));
    }
    if (!root.value(QStringLiteral("articles")).isArray()) {
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("hotline::knowledge", "The file has no \"articles\" list."));
    }
    const QHash<QString, QList<SourcePlace>> places = PositionScanner(json).scan();
    const auto placeOf = [&places](const QString& list, qsizetype i) {
        SourcePlace p = places.value(list).value(i);
        p.index = static_cast<int>(i) + 1;
        return p;
    };
    KbPackage package;
    const QJsonValue categories = root.value(QStringLiteral("categories"));
    if (!categories.isUndefined() && !categories.isArray()) {
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("hotline::knowledge", "\"categories\" must be a list of names."));
    }
    const QJsonArray categoryList = categories.toArray();
    for (qsizetype i = 0; i < categoryList.size(); ++i) {
        const QJsonValue c = categoryList.at(i);
        const QString name = c.isObject() ? c.toObject().value(QStringLiteral("name")).toString() : c.toString();
        if (name.trimmed().isEmpty()) {
            return refuse(placeOf(QStringLiteral("categories"), i), {}, {},
                          QCoreApplication::translate("hotline::knowledge", "a category needs a name."));
        }
        package.categories << name.trimmed();
    }
    const QJsonArray policies = root.value(QStringLiteral("policies")).toArray();
    for (qsizetype i = 0; i < policies.size(); ++i) {
        auto p = readPolicy(policies.at(i), placeOf(QStringLiteral("policies"), i));
        if (!p) {
            return p.error();
        }
        package.policies.append(p.value());
    }
    const QJsonArray articles = root.value(QStringLiteral("articles")).toArray();
    package.articles.reserve(articles.size());
    for (qsizetype i = 0; i < articles.size(); ++i) {
        auto a = readArticle(articles.at(i), placeOf(QStringLiteral("articles"), i));
        if (!a) {
            return a.error();
        }
        package.articles.append(a.value());
    }
    return package;
}

} // namespace hotline::knowledge
