#include "io/TableReader.h"

#include "io/OdsReader.h"
#include "io/RegularFile.h"
#include "io/XlsxReader.h"
#include "io/ZipPackage.h"

#include <QFileInfo>

namespace segmenta {

TableFormat tableFormatOf(const QString& path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv") || suffix == QLatin1String("tsv") || suffix == QLatin1String("txt") ||
        suffix == QLatin1String("tab"))
        return TableFormat::DelimitedText;
    if (suffix == QLatin1String("xlsx") || suffix == QLatin1String("xlsm") || suffix == QLatin1String("xls"))
        return TableFormat::Xlsx;
    if (suffix == QLatin1String("ods"))
        return TableFormat::Ods;
    // Sniffing a FIFO would block and a device never end; CsvReader refuses them with a message.
    if (notRegularFileProblem(path))
        return TableFormat::DelimitedText;
    switch (sniffFile(path)) {
    case FileSignature::OleCompound:
        return TableFormat::Xlsx;
    case FileSignature::Zip: {
        ZipPackage package(path);
        if (package.open(nullptr) && package.contains(QStringLiteral("content.xml")))
            return TableFormat::Ods;
        return TableFormat::Xlsx;
    }
    case FileSignature::Text:
    case FileSignature::Unreadable:
        break;
    }
    return TableFormat::DelimitedText;
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
    return CsvReader(csv).read(path);
}

} // namespace segmenta
