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
    QString sheet;        ///< spreadsheets: the sheet's name; empty = the first visible sheet
    CsvOptions csv;       ///< delimited text: delimiter, encoding, decimal and thousands separators
    qint64 headerRow = 0; ///< 1-based row (line) of the header; 0 = detect; -1 = the table has no header
};

/// The format of @p path: by its extension (.csv .tsv .txt .tab; .xlsx .xlsm .xls; .ods), otherwise by its
/// first bytes (a ZIP with xl/workbook.xml is XLSX, one with content.xml ODS, anything else text).
/// Legacy .xls and other non-workbooks are routed to the XLSX reader, which explains what they are. A FIFO,
/// device or folder is never opened here: it counts as text, which CsvReader refuses.
TableFormat tableFormatOf(const QString& path);

/// The sheets of a spreadsheet (empty for delimited text); empty with a message in @p error (may be null)
/// when the file cannot be read.
QList<SheetInfo> sheetsOf(const QString& path, QString* error);

/// Reads one table from a CSV/TSV/TXT, XLSX/XLSM or ODS file with the matching reader.
ReadResult readTableFile(const QString& path, const ImportOptions& options = {},
                         const TaskControl& control = {});

} // namespace segmenta
