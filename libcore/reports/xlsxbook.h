#pragma once
// An Excel workbook written through libxlsxwriter: sheets with a bold, frozen, filterable Chinese header row, column
// widths, number and date formats, native charts. In constant-memory mode each row goes to disk as soon as the next
// one starts, so a million-row detail sheet needs a few megabytes. The file appears only when close() succeeds: it
// is written under a temporary name beside the target and renamed, so a cancelled or failed export leaves nothing.

#include "core/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;
struct lxw_chart;

namespace hotline::reports {

class XlsxBook final {
public:
    struct Column {
        QString header;
        double width = 12;
    };
    enum class Style { Text, Integer, Decimal, Percent, Date, DateTime, Wrapped };

    // Checks that the folder of `path` can be written (clear error otherwise) and starts the workbook.
    static Result<std::unique_ptr<XlsxBook>> create(const QString& path, bool constantMemory);
    ~XlsxBook();
    Q_DISABLE_COPY_MOVE(XlsxBook)

    // Adds a sheet (name cut to Excel's 31 characters) with a header row: bold, frozen, with an autofilter over the
    // rows written when the sheet is finished. Rows then start at 1.
    lxw_worksheet* addSheet(const QString& name, const QList<Column>& columns);
    // A sheet without a header row (a summary laid out by hand).
    lxw_worksheet* addPlainSheet(const QString& name);

    void write(lxw_worksheet* sheet, int row, int col, const QString& text, Style style = Style::Text);
    // UTF-8 text as it comes from SQLite, without a QString on the way.
    void writeUtf8(lxw_worksheet* sheet, int row, int col, const char* text, Style style = Style::Text);
    void write(lxw_worksheet* sheet, int row, int col, double value, Style style = Style::Decimal);
    // A UTC time shown as Beijing local time (an Excel date-time number); nothing for an invalid time.
    void writeTime(lxw_worksheet* sheet, int row, int col, qint64 utcMs, Style style = Style::DateTime);
    void writeBold(lxw_worksheet* sheet, int row, int col, const QString& text);
    void setColumnWidth(lxw_worksheet* sheet, int col, double width);
    // Rows written under a header (for the autofilter's range); call before close().
    void setRowCount(lxw_worksheet* sheet, int rows);

    // A native line or column chart of one or more series from a sheet: categories and values are A1-style ranges
    // such as "='月度'!$A$2:$A$13".
    struct Series {
        QString name;
        QString categories;
        QString values;
    };
    enum class ChartKind { Line, Column, Pie };
    void insertChart(lxw_worksheet* where, int row, int col, ChartKind kind, const QString& title,
                     const QList<Series>& series);

    // Writes the file (renaming it into place). Errors name the file and libxlsxwriter's reason.
    Outcome close();
    // Drops the workbook and its temporary file (a cancelled export).
    void discard();

    // Excel's day number for a UTC time in Beijing (days since 1899-12-30, fraction of a day).
    static double excelBeijingTime(qint64 utcMs);

private:
    XlsxBook(QString path, QString tempPath, lxw_workbook* book);
    lxw_format* format(Style style) const;

    QString m_path;
    QString m_tempPath;
    lxw_workbook* m_book;
    lxw_format* m_formats[7] = {};
    lxw_format* m_header = nullptr;
    lxw_format* m_bold = nullptr;
    struct Headed {
        lxw_worksheet* sheet;
        int columns;
        int rows;
    };
    QList<Headed> m_headed;
};

} // namespace hotline::reports
