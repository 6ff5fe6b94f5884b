#pragma once

#include "core/TaskControl.h"
#include "io/CsvReader.h"
#include "io/ReadResult.h"
#include "io/SheetInfo.h"

#include <QList>
#include <QString>

namespace segmenta {

/// The kinds of table file Segmenta reads.
enum class TableFormat { DelimitedText, Xlsx, Ods };

/// Options of a file import; empty values mean "detect", and every detected value is recorded in the
/// result's guesses.
struct ImportOptions {
    QString sheet;        ///< spreadsheets: the sheet's name; empty = the largest table (SheetChoice)
    CsvOptions csv;       ///< delimited text: delimiter, encoding, decimal and thousands separators
    qint64 headerRow = 0; ///< 1-based row (line) of the header; 0 = detect; -1 = the table has no header
};

/// The format of @p path by what it holds, not by its name: a ZIP with content.xml is ODS, any other ZIP
/// or an OLE2 compound file (a legacy .xls, an encrypted workbook) XLSX, text is delimited text whatever
/// its extension (formatNote() says so). A Git LFS pointer, a binary or an unreadable file goes to the
/// reader its extension names (.xlsx .xlsm .xls: XLSX; .ods: ODS; else delimited text), which explains
/// what it is; so does a damaged ZIP. A FIFO,
/// device or folder is never opened here: it counts as text, which CsvReader refuses.
TableFormat tableFormatOf(const QString& path);

/// For the import report: a sentence saying that @p path was read as @p format although its extension
/// names another (a CSV saved as .xls); empty when they agree.
QString formatNote(const QString& path, TableFormat format);

/// The sheets of a spreadsheet (empty for delimited text); empty with a message in @p error (may be null)
/// when the file cannot be read.
QList<SheetInfo> sheetsOf(const QString& path, QString* error);

/// Reads one table from a CSV/TSV/TXT, XLSX/XLSM or ODS file with the matching reader.
ReadResult readTableFile(const QString& path, const ImportOptions& options = {},
                         const TaskControl& control = {});

} // namespace segmenta
