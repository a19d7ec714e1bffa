#include "text/csv.h"

#include <QCoreApplication>

namespace hotline::text {

Result<QList<QStringList>> parseCsv(const QString& text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;     // inside a quoted field
    bool wasQuoted = false;  // the current field was quoted (only a separator may follow its closing quote)
    int line = 1;
    int fieldLine = 1;
    auto endField = [&] {
        row << field;
        field.clear();
        wasQuoted = false;
        fieldLine = line;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n')) {
                    ++line;
                }
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char(',')) {
            endField();
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
                ++i;
            }
            endField();
            rows << row;
            row.clear();
            ++line;
            fieldLine = line;
        } else if (c == QLatin1Char('"')) {
            if (!field.isEmpty() || wasQuoted) {
                return makeError(ErrorCode::InvalidInput,
                                 QCoreApplication::translate("hotline::text", "Line %1: a quote inside an unquoted field.")
                                     .arg(line));
            }
            quoted = true;
            wasQuoted = true;
        } else {
            if (wasQuoted) {
                return makeError(ErrorCode::InvalidInput,
                                 QCoreApplication::translate("hotline::text",
                                                             "Line %1: text after the closing quote of a field.")
                                     .arg(line));
            }
            field += c;
        }
    }
    if (quoted) {
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("hotline::text", "Line %1: a quoted field is never closed.")
                             .arg(fieldLine));
    }
    if (!field.isEmpty() || !row.isEmpty() || wasQuoted) {
        endField();
        rows << row;
    }
    return rows;
}

} // namespace hotline::text
