#include "reports/xlsxbook.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <xlsxwriter.h>

namespace hotline::reports {
namespace {

constexpr int kExcelMaxSheetName = 31;
// 1970-01-01 as an Excel day number.
constexpr double kUnixEpochInExcel = 25569.0;
constexpr qint64 kBeijingOffsetMs = 8 * 3600 * 1000;

QByteArray sheetName(const QString& name)
{
    QString n = name;
    for (const QChar c : {QLatin1Char('['), QLatin1Char(']'), QLatin1Char(':'), QLatin1Char('*'), QLatin1Char('?'),
                          QLatin1Char('/'), QLatin1Char('\\')}) {
        n.replace(c, QLatin1Char('_'));
    }
    return n.left(kExcelMaxSheetName).toUtf8();
}

Error writeError(const QString& path, const QString& reason)
{
    return makeError(ErrorCode::StoreWriteFailed, QCoreApplication::translate("hotline::reports", "Cannot write %1: %2")
                                                      .arg(QDir::toNativeSeparators(path), reason));
}

} // namespace

Result<std::unique_ptr<XlsxBook>> XlsxBook::create(const QString& path, bool constantMemory)
{
    const QFileInfo target(path);
    const QFileInfo folder(target.absolutePath());
    if (!folder.isDir()) {
        return writeError(path, QCoreApplication::translate("hotline::reports", "the folder does not exist."));
    }
    if (target.isDir()) {
        return writeError(path, QCoreApplication::translate("hotline::reports", "it is a folder."));
    }
    // A temporary file beside the target proves the folder writable and becomes the workbook.
    QTemporaryFile probe(target.absolutePath() + QStringLiteral("/.") + target.fileName() +
                         QStringLiteral(".XXXXXX.part"));
    probe.setAutoRemove(false);
    if (!probe.open()) {
        return writeError(path, QCoreApplication::translate("hotline::reports", "the folder cannot be written (%1).")
                                    .arg(probe.errorString()));
    }
    const QString temp = probe.fileName();
    probe.close();
    lxw_workbook_options options{};
    options.constant_memory = constantMemory ? LXW_TRUE : LXW_FALSE;
    options.use_zip64 = LXW_TRUE;
    const QByteArray tempName = QFile::encodeName(temp);
    lxw_workbook* book = workbook_new_opt(tempName.constData(), &options);
    if (book == nullptr) {
        QFile::remove(temp);
        return writeError(path, QCoreApplication::translate("hotline::reports", "the workbook could not be started."));
    }
    return std::unique_ptr<XlsxBook>(new XlsxBook(path, temp, book));
}

XlsxBook::XlsxBook(QString path, QString tempPath, lxw_workbook* book)
    : m_path(std::move(path)), m_tempPath(std::move(tempPath)), m_book(book)
{
    const auto make = [book](const char* numberFormat) {
        lxw_format* f = workbook_add_format(book);
        if (numberFormat != nullptr) {
            format_set_num_format(f, numberFormat);
        }
        format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
        return f;
    };
    m_formats[int(Style::Text)] = make(nullptr);
    m_formats[int(Style::Integer)] = make("#,##0");
    m_formats[int(Style::Decimal)] = make("#,##0.00");
    m_formats[int(Style::Percent)] = make("0.0%");
    m_formats[int(Style::Date)] = make("yyyy-mm-dd");
    m_formats[int(Style::DateTime)] = make("yyyy-mm-dd hh:mm");
    m_formats[int(Style::Wrapped)] = make(nullptr);
    format_set_text_wrap(m_formats[int(Style::Wrapped)]);
    m_header = workbook_add_format(book);
    format_set_bold(m_header);
    format_set_bg_color(m_header, 0xDDEBF7);
    format_set_border(m_header, LXW_BORDER_THIN);
    format_set_align(m_header, LXW_ALIGN_VERTICAL_CENTER);
    m_bold = workbook_add_format(book);
    format_set_bold(m_bold);
}

XlsxBook::~XlsxBook()
{
    discard();
}

lxw_format* XlsxBook::format(Style style) const
{
    return m_formats[int(style)];
}

lxw_worksheet* XlsxBook::addSheet(const QString& name, const QList<Column>& columns)
{
    lxw_worksheet* sheet = addPlainSheet(name);
    for (int c = 0; c < columns.size(); ++c) {
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), columns[c].width, nullptr);
        worksheet_write_string(sheet, 0, lxw_col_t(c), columns[c].header.toUtf8().constData(), m_header);
    }
    worksheet_set_row(sheet, 0, 20, nullptr);
    worksheet_freeze_panes(sheet, 1, 0);
    m_headed.append({sheet, int(columns.size()), 0});
    return sheet;
}

lxw_worksheet* XlsxBook::addPlainSheet(const QString& name)
{
    return workbook_add_worksheet(m_book, sheetName(name).constData());
}

void XlsxBook::write(lxw_worksheet* sheet, int row, int col, const QString& text, Style style)
{
    if (!text.isEmpty()) {
        worksheet_write_string(sheet, lxw_row_t(row), lxw_col_t(col), text.toUtf8().constData(), format(style));
    }
}

void XlsxBook::writeUtf8(lxw_worksheet* sheet, int row, int col, const char* text, Style style)
{
    if (text != nullptr && *text != '\0') {
        worksheet_write_string(sheet, lxw_row_t(row), lxw_col_t(col), text, format(style));
    }
}

void XlsxBook::write(lxw_worksheet* sheet, int row, int col, double value, Style style)
{
    worksheet_write_number(sheet, lxw_row_t(row), lxw_col_t(col), value, format(style));
}

void XlsxBook::writeTime(lxw_worksheet* sheet, int row, int col, qint64 utcMs, Style style)
{
    if (utcMs > 0) {
        worksheet_write_number(sheet, lxw_row_t(row), lxw_col_t(col), excelBeijingTime(utcMs), format(style));
    }
}

void XlsxBook::writeBold(lxw_worksheet* sheet, int row, int col, const QString& text)
{
    worksheet_write_string(sheet, lxw_row_t(row), lxw_col_t(col), text.toUtf8().constData(), m_bold);
}

void XlsxBook::setColumnWidth(lxw_worksheet* sheet, int col, double width)
{
    worksheet_set_column(sheet, lxw_col_t(col), lxw_col_t(col), width, nullptr);
}

void XlsxBook::setRowCount(lxw_worksheet* sheet, int rows)
{
    for (Headed& h : m_headed) {
        if (h.sheet == sheet) {
            h.rows = rows;
        }
    }
}

void XlsxBook::insertChart(lxw_worksheet* where, int row, int col, ChartKind kind, const QString& title,
                           const QList<Series>& series)
{
    const uint8_t type = kind == ChartKind::Line     ? LXW_CHART_LINE
                         : kind == ChartKind::Column ? LXW_CHART_COLUMN
                                                     : LXW_CHART_PIE;
    lxw_chart* chart = workbook_add_chart(m_book, type);
    for (const Series& s : series) {
        lxw_chart_series* added =
            chart_add_series(chart, s.categories.toUtf8().constData(), s.values.toUtf8().constData());
        if (!s.name.isEmpty()) {
            chart_series_set_name(added, s.name.toUtf8().constData());
        }
    }
    chart_title_set_name(chart, title.toUtf8().constData());
    if (series.size() < 2) {
        chart_legend_set_position(chart, LXW_CHART_LEGEND_NONE);
    }
    lxw_chart_options options{};
    options.x_scale = 1.6;
    options.y_scale = 1.2;
    worksheet_insert_chart_opt(where, lxw_row_t(row), lxw_col_t(col), chart, &options);
}

Outcome XlsxBook::close()
{
    for (const Headed& h : m_headed) {
        if (h.columns > 0) {
            worksheet_autofilter(h.sheet, 0, 0, lxw_row_t(h.rows), lxw_col_t(h.columns - 1));
        }
    }
    const lxw_error e = workbook_close(m_book);
    m_book = nullptr;
    if (e != LXW_NO_ERROR) {
        QFile::remove(m_tempPath);
        return writeError(m_path, QString::fromUtf8(lxw_strerror(e)));
    }
    QFile::remove(m_path);
    if (!QFile::rename(m_tempPath, m_path)) {
        QFile::remove(m_tempPath);
        return writeError(
            m_path, QCoreApplication::translate("hotline::reports", "the finished file could not be put in place."));
    }
    m_tempPath.clear();
    // The temporary file was private (0600); the workbook is an ordinary document.
    QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                                      QFileDevice::ReadOther);
    return Ok{};
}

void XlsxBook::discard()
{
    if (m_book != nullptr) {
        lxw_workbook_free(m_book); // unwritten: nothing goes to disk
        m_book = nullptr;
    }
    if (!m_tempPath.isEmpty()) {
        QFile::remove(m_tempPath);
        m_tempPath.clear();
    }
}

double XlsxBook::excelBeijingTime(qint64 utcMs)
{
    return kUnixEpochInExcel + static_cast<double>(utcMs + kBeijingOffsetMs) / 86400000.0;
}

} // namespace hotline::reports
