#include "io/TableReader.h"

#include "io/OdsReader.h"
#include "io/RegularFile.h"
#include "io/XlsxReader.h"
#include "io/ZipPackage.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace segmenta {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(segmenta::TableReader)
};

bool isSpreadsheetSuffix(const QString& suffix) {
    return suffix == QLatin1String("xlsx") || suffix == QLatin1String("xlsm") ||
           suffix == QLatin1String("xls") || suffix == QLatin1String("ods");
}

} // namespace

TableFormat tableFormatOf(const QString& path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    const TableFormat bySuffix = suffix == QLatin1String("ods") ? TableFormat::Ods
                                 : isSpreadsheetSuffix(suffix)  ? TableFormat::Xlsx
                                                                : TableFormat::DelimitedText;
    // Sniffing a FIFO would block and a device never end; CsvReader refuses them with a message.
    if (notRegularFileProblem(path))
        return TableFormat::DelimitedText;
    switch (sniffFile(path)) {
    case FileSignature::Zip: {
        ZipPackage package(path);
        if (!package.open(nullptr)) // damaged: the reader the name asks for explains it
            return bySuffix == TableFormat::Ods ? TableFormat::Ods : TableFormat::Xlsx;
        return package.contains(QStringLiteral("content.xml")) ? TableFormat::Ods : TableFormat::Xlsx;
    }
    case FileSignature::OleCompound:
        return TableFormat::Xlsx;
    case FileSignature::Text:
        return TableFormat::DelimitedText;
    case FileSignature::GitLfsPointer:
    case FileSignature::Binary:
    case FileSignature::Unreadable:
        break;
    }
    return bySuffix;
}

QString formatNote(const QString& path, TableFormat format) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (format != TableFormat::DelimitedText || !isSpreadsheetSuffix(suffix))
        return {};
    return Text::tr("'%1' holds text, not a workbook, despite its .%2 name, so it was read as delimited text "
                    "(CSV).")
        .arg(QFileInfo(path).fileName(), suffix);
}

QList<SheetInfo> sheetsOf(const QString& path, QString* error) {
    switch (tableFormatOf(path)) {
    case TableFormat::Xlsx:
        return XlsxReader::sheets(path, error);
    case TableFormat::Ods:
        return OdsReader::sheets(path, error);
    case TableFormat::DelimitedText:
        break;
    }
    return {};
}

ReadResult readTableFile(const QString& path, const ImportOptions& options, const TaskControl& control) {
    TableOptions table;
    table.headerRow = options.headerRow;
    table.dateOrder = options.csv.dateOrder;
    switch (tableFormatOf(path)) {
    case TableFormat::Xlsx:
        return XlsxReader().read(path, options.sheet, table, control);
    case TableFormat::Ods:
        return OdsReader().read(path, options.sheet, table, control);
    case TableFormat::DelimitedText:
        break;
    }
    CsvOptions csv = options.csv;
    csv.headerRow = options.headerRow;
    ReadResult read = CsvReader(csv).read(path);
    if (const QString note = formatNote(path, TableFormat::DelimitedText); !note.isEmpty())
        read.guesses.append({QStringLiteral("format"), note});
    return read;
}

} // namespace segmenta
