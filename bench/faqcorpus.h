#pragma once
// The real 12366 Q&A text both knowledge-base benchmarks use: ../shared/data/tax-faq-corpus/nb-n-tax.csv, a row per
// question with its short title, the asked question (desc) and the answer (content).

#include "text/csv.h"

#include <QFile>
#include <QList>

#include <cstdio>
#include <optional>

namespace hotline::bench {

inline QString defaultFaqCorpus()
{
    return QStringLiteral(HOTLINE_SHARED_DIR "/data/tax-faq-corpus/nb-n-tax.csv");
}

struct FaqRow {
    QString title;
    QString desc;
    QString content;
};

// Every complete row, or nothing after saying why on stderr.
inline std::optional<QList<FaqRow>> readFaqCorpus(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(path));
        return std::nullopt;
    }
    auto table = text::parseCsv(QString::fromUtf8(f.readAll()));
    if (!table) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(path), qPrintable(table.error().message));
        return std::nullopt;
    }
    const QStringList header = table->first();
    const qsizetype title = header.indexOf(QStringLiteral("title"));
    const qsizetype desc = header.indexOf(QStringLiteral("desc"));
    const qsizetype content = header.indexOf(QStringLiteral("content"));
    if (title < 0 || desc < 0 || content < 0) {
        std::fprintf(stderr, "%s lacks a title, desc or content column\n", qPrintable(path));
        return std::nullopt;
    }
    QList<FaqRow> rows;
    for (qsizetype i = 1; i < table->size(); ++i) {
        const QStringList& r = table->at(i);
        if (r.size() == header.size()) {
            rows.append({r[title], r[desc], r[content]});
        }
    }
    return rows;
}

} // namespace hotline::bench
