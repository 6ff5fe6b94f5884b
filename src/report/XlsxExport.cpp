#include "report/XlsxExport.h"

#include "core/Error.h"
#include "core/OutputFile.h"
#include "report/ExportTables.h"
#include "report/ReportInput.h"
#include "report/XlsxWriterLibrary.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <cmath>
#include <utility>
#include <vector>

namespace segmenta {

namespace {

const XlsxWriterLibrary& xlsx() {
    return XlsxWriterLibrary::instance();
}

constexpr double kMinWidth = 6.0;
constexpr double kMaxWidth = 60.0;
constexpr double kFilterButtonWidth = 3.0;
constexpr Index kWidthSampleRows = 1000;

[[noreturn]] void fail(const QString& path, const QString& reason) {
    throw DataError(XlsxExport::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), reason));
}

/// Frees a workbook that was never closed (an exception left the writing half done).
struct WorkbookHandle {
    lxw_workbook* book = nullptr;
    ~WorkbookHandle() {
        if (book)
            xlsx().lxw_workbook_free(book);
    }
    lxw_error close() { return xlsx().workbook_close(std::exchange(book, nullptr)); }
};

struct Formats {
    lxw_format* header = nullptr;
    lxw_format* title = nullptr;
    lxw_format* label = nullptr;
    lxw_format* wrap = nullptr;
    std::array<lxw_format*, 6> styles{}; ///< indexed by CellStyle; null for General
};

Formats makeFormats(lxw_workbook* book) {
    Formats formats;
    formats.header = xlsx().workbook_add_format(book);
    xlsx().format_set_bold(formats.header);
    xlsx().format_set_bg_color(formats.header, 0xDDE4EE);
    xlsx().format_set_bottom(formats.header, LXW_BORDER_THIN);
    formats.title = xlsx().workbook_add_format(book);
    xlsx().format_set_bold(formats.title);
    xlsx().format_set_font_size(formats.title, 14);
    formats.label = xlsx().workbook_add_format(book);
    xlsx().format_set_bold(formats.label);
    xlsx().format_set_align(formats.label, LXW_ALIGN_VERTICAL_TOP);
    formats.wrap = xlsx().workbook_add_format(book);
    xlsx().format_set_text_wrap(formats.wrap);
    xlsx().format_set_align(formats.wrap, LXW_ALIGN_VERTICAL_TOP);
    const std::array<const char*, 5> patterns{nullptr, "0", "0.000", "#,##0.00", "0.0%"};
    for (std::size_t i = 1; i < patterns.size(); ++i) {
        formats.styles[i] = xlsx().workbook_add_format(book);
        xlsx().format_set_num_format(formats.styles[i], patterns[i]);
    }
    formats.styles[std::size_t(CellStyle::Value)] = xlsx().workbook_add_format(book);
    xlsx().format_set_align(formats.styles[std::size_t(CellStyle::Value)], LXW_ALIGN_LEFT);
    return formats;
}

/// Characters a cell needs to show its content in full, as the number format displays it.
double contentWidth(const ExportCell& cell, CellStyle style) {
    if (cell.isEmpty())
        return 0.0;
    if (!cell.isNumber()) {
        qsizetype longest = 0;
        for (const QStringView line : QStringView(cell.toText()).split(u'\n'))
            longest = std::max(longest, line.size());
        return double(longest);
    }
    const double v = cell.toNumber();
    switch (style) {
    case CellStyle::Integer:
        return double(QString::number(v, 'f', 0).size());
    case CellStyle::Fixed3:
        return double(QString::number(v, 'f', 3).size());
    case CellStyle::Amount: {
        const qsizetype digits = QString::number(std::abs(v), 'f', 0).size();
        return double(QString::number(v, 'f', 2).size() + (digits - 1) / 3);
    }
    case CellStyle::Percent:
        return double(QString::number(v * 100.0, 'f', 1).size() + 1);
    case CellStyle::General:
    case CellStyle::Value:
        break;
    }
    return double(std::min<qsizetype>(QString::number(v, 'g', 10).size(), 11)); // Excel's General shows ≤ 11
}

/// Widths of the columns shared by the tables stacked on one sheet, from the headers and the first rows.
std::vector<double> columnWidths(const std::vector<const ExportTable*>& tables, bool headers) {
    std::vector<double> widths;
    for (const ExportTable* table : tables) {
        widths.resize(std::max(widths.size(), table->columns.size()), kMinWidth);
        for (std::size_t c = 0; c < table->columns.size(); ++c) {
            double width = headers ? double(table->columns[c].title.size()) + kFilterButtonWidth : 0.0;
            for (Index r = 0; r < std::min(table->rows, kWidthSampleRows); ++r)
                width = std::max(width, contentWidth(table->cell(r, int(c)), table->columns[c].style));
            widths[c] = std::clamp(std::max(widths[c], width + 1.0), kMinWidth, kMaxWidth);
        }
    }
    return widths;
}

/// Writes rows top to bottom, as libxlsxwriter's constant-memory mode requires.
class SheetWriter {
public:
    SheetWriter(lxw_workbook* book, const char* name, const QString& path, const Formats& formats)
        : m_sheet(xlsx().workbook_add_worksheet(book, name))
        , m_name(QString::fromLatin1(name))
        , m_path(path)
        , m_formats(formats) {
        if (!m_sheet)
            fail(m_path, XlsxExport::tr("the sheet %1 cannot be added").arg(m_name));
    }

    void setWidths(const std::vector<double>& widths) {
        m_widths = widths;
        for (std::size_t c = 0; c < widths.size(); ++c)
            check(xlsx().worksheet_set_column(m_sheet, lxw_col_t(c), lxw_col_t(c), widths[c], nullptr), 0,
                  lxw_col_t(c));
    }

    void text(lxw_row_t row, lxw_col_t col, const QString& value, lxw_format* format) {
        // libxlsxwriter writes control characters as Excel's _xHHHH_ escapes but leaves text that merely
        // looks like one alone, which Excel would then decode; escaping such an underscore keeps the text.
        static const QRegularExpression escapeLike(QStringLiteral("_(?=x[0-9A-Fa-f]{4}_)"));
        QString escaped = value;
        escaped.replace(escapeLike, QStringLiteral("_x005F_"));
        check(xlsx().worksheet_write_string(m_sheet, row, col, escaped.toUtf8().constData(), format), row,
              col);
    }

    /// Writes `table` from `first` on and returns the row after it; with `header`, a header row comes first.
    lxw_row_t table(lxw_row_t first, const ExportTable& table, bool header, bool boldFirstColumn = false) {
        if (Index(first) + Index(header) + table.rows > LXW_ROW_MAX)
            fail(m_path,
                 XlsxExport::tr("%1 rows do not fit in the sheet %2 (at most %3); export CSV instead.")
                     .arg(table.rows)
                     .arg(m_name)
                     .arg(LXW_ROW_MAX - 1));
        lxw_row_t row = first;
        if (header) {
            for (std::size_t c = 0; c < table.columns.size(); ++c)
                text(row, lxw_col_t(c), table.columns[c].title, m_formats.header);
            ++row;
        }
        for (Index r = 0; r < table.rows; ++r, ++row)
            for (std::size_t c = 0; c < table.columns.size(); ++c)
                cell(row, lxw_col_t(c), table.cell(r, int(c)), table.columns[c].style,
                     boldFirstColumn && c == 0 ? m_formats.label : nullptr, c + 1 == table.columns.size());
        return row;
    }

    /// Bold frozen header row with an autofilter over the table written from row 0.
    void freezeAndFilter(const ExportTable& table) {
        xlsx().worksheet_freeze_panes(m_sheet, 1, 0);
        check(xlsx().worksheet_autofilter(m_sheet, 0, 0, lxw_row_t(table.rows),
                                          lxw_col_t(table.columns.size() - 1)),
              0, 0);
    }

private:
    /// Text too wide for its column wraps, except in a table's last column, where it runs on into the
    /// empty cells to its right.
    void cell(lxw_row_t row, lxw_col_t col, const ExportCell& value, CellStyle style, lxw_format* textFormat,
              bool lastColumn) {
        if (value.isEmpty())
            return;
        if (value.isNumber()) {
            check(xlsx().worksheet_write_number(m_sheet, row, col, value.toNumber(),
                                                m_formats.styles[std::size_t(style)]),
                  row, col);
            return;
        }
        const bool tooWide =
            !lastColumn && col < m_widths.size() && contentWidth(value, style) > m_widths[col];
        const bool multiLine = value.toText().contains(u'\n');
        text(row, col, value.toText(),
             textFormat ? textFormat : (tooWide || multiLine ? m_formats.wrap : nullptr));
    }

    void check(lxw_error error, lxw_row_t row, lxw_col_t col) const {
        if (error == LXW_NO_ERROR)
            return;
        char cellName[32] = {};
        xlsx().lxw_rowcol_to_cell(cellName, row, col);
        fail(m_path,
             XlsxExport::tr("%1 (sheet %2, cell %3)")
                 .arg(QString::fromUtf8(xlsx().lxw_strerror(error)), m_name, QString::fromLatin1(cellName)));
    }

    lxw_worksheet* m_sheet;
    QString m_name;
    QString m_path;
    const Formats& m_formats;
    std::vector<double> m_widths;
};

void writeSummary(lxw_workbook* book, const ReportInput& input, const QString& path, const Formats& formats) {
    const ExportTable facts = ExportTables::summaryFacts(input);
    const ExportTable overview = ExportTables::segmentOverview(input);
    SheetWriter sheet(book, "Summary", path, formats);
    sheet.setWidths(columnWidths({&facts, &overview}, true));
    sheet.text(0, 0, input.title.isEmpty() ? XlsxExport::tr("Customer segments") : input.title,
               formats.title);
    const lxw_row_t next = sheet.table(2, facts, false, true);
    sheet.table(next + 1, overview, true);
}

void writeTableSheet(lxw_workbook* book, const char* name, const ExportTable& table, const QString& path,
                     const Formats& formats) {
    SheetWriter sheet(book, name, path, formats);
    sheet.setWidths(columnWidths({&table}, true));
    sheet.freezeAndFilter(table);
    sheet.table(0, table, true);
}

void setProperties(lxw_workbook* book, const ReportInput& input) {
    const QByteArray title = input.title.toUtf8();
    const QByteArray author = input.author.toUtf8();
    const QByteArray comments = QStringLiteral("Segmenta %1").arg(input.appVersion).toUtf8();
    lxw_doc_properties properties{};
    properties.title = const_cast<char*>(title.constData());
    properties.author = const_cast<char*>(author.constData());
    properties.comments = const_cast<char*>(comments.constData());
    xlsx().workbook_set_properties(book, &properties);
}

} // namespace

void XlsxExport::write(const ReportInput& input, const QString& path) {
    OutputSet outputs;
    write(input, path, outputs);
    outputs.commit();
}

void XlsxExport::write(const ReportInput& input, const QString& path, OutputSet& outputs) {
    ExportTables::validate(input);
    xlsx(); // a library that cannot be loaded fails before anything is written
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        fail(path, tr("the folder cannot be created"));
    // libxlsxwriter writes by name: into the output's temporary file, renamed into place on commit.
    OutputFile& file = outputs.add(path);
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    WorkbookHandle workbook{
        xlsx().workbook_new_opt(QFile::encodeName(file.writePath()).constData(), &options)};
    if (!workbook.book)
        fail(path, tr("the workbook cannot be created"));
    setProperties(workbook.book, input);
    const Formats formats = makeFormats(workbook.book);
    writeSummary(workbook.book, input, path, formats);
    writeTableSheet(workbook.book, "Segments", ExportTables::profiles(input), path, formats);
    writeTableSheet(workbook.book, "Assignments", ExportTables::assignments(input, true), path, formats);
    writeTableSheet(workbook.book, "Metrics", ExportTables::metrics(input), path, formats);
    writeTableSheet(workbook.book, "Run", ExportTables::run(input), path, formats);
    if (const lxw_error error = workbook.close(); error != LXW_NO_ERROR)
        fail(path, QString::fromUtf8(xlsx().lxw_strerror(error)));
}

} // namespace segmenta
