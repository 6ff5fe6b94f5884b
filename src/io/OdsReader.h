#pragma once

#include "core/TaskControl.h"
#include "io/ReadResult.h"
#include "io/SheetInfo.h"
#include "io/TableBuilder.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <functional>
#include <optional>

namespace segmenta {

/// Reads one sheet of a LibreOffice / OpenDocument spreadsheet (.ods, .ots) into a DataMatrix through
/// TableBuilder, so its columns are typed as every other import's.
///
/// content.xml is parsed with QXmlStreamReader while ZipPackage decompresses it, so memory grows with the
/// values, not with the file; only the names of hidden table styles are collected beforehand.
///
/// **Cells.** office:value-type float, percentage and currency give their office:value (25 % is 0.25);
/// date gives days since 1970-01-01 (with the time of day as the fraction); time (PT10H30M00S) gives the
/// fraction of a day as a number; boolean gives 0/1; string gives the office:string-value or the cell's
/// paragraphs joined with "\n" (text:s, text:tab, text:line-break, spans and links expanded; annotations
/// ignored). Formula cells give the value LibreOffice cached; a formula whose result is an error (#DIV/0!,
/// Err:502, ...) gives an error cell. Numbers keep the text the cell shows as their spelling. A date or
/// time value that cannot be read is kept as the text the cell shows, with a warning naming the cell.
///
/// **Layout.** Rows and cells repeated with table:number-rows-repeated / table:number-columns-repeated are
/// expanded only when they hold a value: a repeated row with values is delivered once per repeat, while
/// runs of empty rows or cells (such as the million empty rows at a sheet's end) cost nothing. Rows without
/// any value are not delivered. Row numbers are the ones LibreOffice shows (1-based, repeats counted).
///
/// **Hidden sheets.** A sheet is hidden when its table style (in content.xml or styles.xml) has
/// table:display="false", or the table itself carries that attribute.
///
/// **Problems.** One error with what to do for: a missing file, a file that is not a ZIP, a ZIP that is not
/// a spreadsheet (an XLSX workbook, an ODT text document, ...), a password-protected file, a damaged
/// content.xml (naming the row reached), and an unknown sheet name (the available ones are listed).
/// Damaged or hostile packages are refused as for XLSX (see ImportLimits, ZipPackage, XmlStream); repeated
/// rows holding values may not reach past row ImportLimits::kMaxSheetRows nor add more than
/// ImportLimits::kMaxRepeatedCells cells.
class OdsReader {
public:
    /// Receives one row that has at least one value: its 1-based sheet row and its cells from column A on
    /// (trailing empty cells omitted).
    using RowFn = std::function<void(qint64 sheetRow, QList<RawCell> cells)>;

    /// The sheets of the spreadsheet at @p path in document order; empty with a message in @p error (may
    /// be null) when the file is not a readable spreadsheet.
    static QList<SheetInfo> sheets(const QString& path, QString* error);

    /// Reads the sheet named @p sheet (case-insensitive; empty = the one SheetChoice picks, recorded with
    /// its reason in the guesses "sheet" and "sheet choice") into a table.
    /// Reports progress by the bytes of content.xml read; throws Cancelled when @p control is cancelled.
    ReadResult read(const QString& path, const QString& sheet = {}, const TableOptions& options = {},
                    const TaskControl& control = {}) const;

    /// The raw rows of a sheet, before any table is made: calls @p onRow for every row that has a value.
    /// File-level problems go to @p result's errors, cell-level ones to its warnings; returns false when
    /// there were errors. Records the sheet read as the guess ("sheet", name).
    bool readRows(const QString& path, const QString& sheet, const RowFn& onRow, ReadResult& result,
                  const TaskControl& control = {}) const;

    /// Days since 1970-01-01 of an office:date-value ("2024-03-05", "2024-03-05T10:30:00.5"); none when
    /// it is not such a value.
    static std::optional<double> parseDate(QStringView value);
    /// Fraction of a day of an office:time-value (an ISO 8601 duration such as "PT10H30M00S" or
    /// "-PT1H"); none when it is not such a value.
    static std::optional<double> parseTime(QStringView value);
};

} // namespace segmenta
