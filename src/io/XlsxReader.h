#pragma once

#include "core/TaskControl.h"
#include "io/ReadResult.h"
#include "io/SheetInfo.h"
#include "io/TableBuilder.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <functional>

namespace segmenta {

/// Reads one worksheet of an Excel workbook (.xlsx, .xlsm; Office Open XML, transitional or strict) into a
/// DataMatrix through TableBuilder, so its columns are typed as every other import's.
///
/// The package is read as streams (ZipPackage): the worksheet is parsed with QXmlStreamReader while it is
/// decompressed, so memory grows with the values, not with the file. Only the shared-string table and the
/// cell styles are held whole.
///
/// **Cells.** Shared strings (plain and rich text; phonetic guides are ignored), inline strings (an inline
/// string cell without text is empty), formula results as the workbook cached them, booleans, and error
/// values (#N/A, #DIV/0!, ...: missing, with a warning from TableBuilder). Numbers whose cell format is a
/// date or time (built-in formats 14–22, 27–36, 45–47, 50–58, or a custom format with d, m, y, h or s
/// outside quotes, brackets and escapes) become dates: days since 1970-01-01 in the workbook's 1900 or
/// 1904 date system, the fraction being the time of day. Elapsed-time formats such as [h]:mm stay numbers.
///
/// **Layout.** Absent cells and rows are missing; rows without any value (e.g. formatted but empty rows
/// the <dimension> still counts) are not data. A table that does not start in column A loses its leading
/// empty columns: the first column is the leftmost one used by a row of two or more values among the
/// first 50 non-empty rows (a single-value title further left is kept as the row's first cell). Issues
/// still name the sheet's own row numbers and column positions (C = 3).
///
/// **Problems.** One error with what to do for: a missing file, a file that is not a ZIP (text such as a
/// Git LFS pointer, a legacy .xls, a password-protected workbook), a ZIP that is not an Excel workbook
/// (Word, PowerPoint, OpenDocument, binary .xlsb), a damaged part, an unknown sheet name (the available
/// ones are listed), and a value left of the table's first column. Damaged or hostile packages (bad deflate
/// data or CRC, encryption, ZIP bombs, deep XML, DTDs, row or column references beyond the sheet, more
/// than ImportLimits::kMaxTableColumns columns) are refused with a message naming the part (see
/// ImportLimits, ZipPackage, XmlStream).
class XlsxReader {
public:
    /// Receives one row that has at least one value: its 1-based sheet row and its cells from column A on.
    using RowFn = std::function<void(qint64 sheetRow, QList<RawCell> cells)>;

    /// The sheets of the workbook at @p path in workbook order; empty with a message in @p error (may be
    /// null) when the file is not a readable workbook.
    static QList<SheetInfo> sheets(const QString& path, QString* error);

    /// Reads the sheet named @p sheet (case-insensitive; empty = the one SheetChoice picks, recorded with
    /// its reason in the guesses "sheet" and "sheet choice") into a table.
    /// Reports progress by the bytes of the worksheet read; throws Cancelled when @p control is cancelled.
    ReadResult read(const QString& path, const QString& sheet = {}, const TableOptions& options = {},
                    const TaskControl& control = {}) const;

    /// The raw rows of a sheet, before any table is made: calls @p onRow for every row that has a value.
    /// File-level problems go to @p result's errors; returns false when there were any.
    bool readRows(const QString& path, const QString& sheet, const RowFn& onRow, ReadResult& result,
                  const TaskControl& control = {}) const;

    /// True when an Excel number format code shows a date or time of day (see the class comment).
    static bool isDateFormatCode(QStringView formatCode);
    /// True for the built-in number formats that show dates or times.
    static bool isBuiltInDateFormat(int numFmtId);
    /// Days since 1970-01-01 of an Excel date serial, in the 1904 system when @p date1904, else in the
    /// 1900 system (including its fictional 1900-02-29: serials below 61 are one day later than counted).
    static double serialToDays(double serial, bool date1904);
    /// 1-based column of a cell reference such as "C7" or "AB12"; 0 when it has no column letters, -1 when
    /// they name a column beyond XFD (16,384), which no sheet has.
    static int columnOfReference(QStringView reference);
    /// Column letters of a 1-based column: 1 -> "A", 28 -> "AB".
    static QString columnLetters(int column);
};

} // namespace segmenta
