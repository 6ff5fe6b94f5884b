#include "cli/FileReadOptions.h"

#include "cli/CliText.h"
#include "cli/InvoiceOption.h"
#include "core/Error.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace segmenta::cli {

namespace {

constexpr OptionSpec kFileReadOptions[] = {
    {"sheet", "NAME",
     QT_TRANSLATE_NOOP("segmenta::cli",
                       "Spreadsheets: the sheet to read (default: the one holding the largest table).")},
    {"encoding", "E",
     QT_TRANSLATE_NOOP("segmenta::cli",
                       "Text files: UTF-8, UTF-16LE, UTF-16BE, windows-1252, ... (default: detect).")},
    {"delimiter", "D", QT_TRANSLATE_NOOP("segmenta::cli", "Text files: , ; tab or | (default: detect).")},
    {"decimal", "C",
     QT_TRANSLATE_NOOP("segmenta::cli", "Text files: the decimal separator, . or , (default: detect).")},
    {"header-row", "N",
     QT_TRANSLATE_NOOP("segmenta::cli", "The row (line) of the header, 0 for none (default: detect).")},
    {"skip-bad-lines", nullptr,
     QT_TRANSLATE_NOOP("segmenta::cli",
                       "Text files: skip lines with a different number of fields than the header, listing "
                       "each in the report, instead of refusing the file.")},
    {"date-format", "D/M/Y",
     QT_TRANSLATE_NOOP("segmenta::cli",
                       "Dates written as text: D/M/Y, M/D/Y or Y-M-D (default: detect from each column).")},
};

} // namespace

std::span<const OptionSpec> fileReadOptions() {
    return kFileReadOptions;
}

ImportOptions parseFileReadOptions(const QCommandLineParser& parser) {
    ImportOptions options;
    options.sheet = parser.value(QStringLiteral("sheet"));
    options.csv.encoding = parser.value(QStringLiteral("encoding"));
    if (parser.isSet(QStringLiteral("delimiter")))
        options.csv.delimiter =
            singleCharacter(QStringLiteral("delimiter"), parser.value(QStringLiteral("delimiter")));
    if (parser.isSet(QStringLiteral("decimal")))
        options.csv.decimal =
            singleCharacter(QStringLiteral("decimal"), parser.value(QStringLiteral("decimal")));
    if (parser.isSet(QStringLiteral("header-row"))) {
        bool ok = false;
        const int row = parser.value(QStringLiteral("header-row")).toInt(&ok);
        if (!ok || row < 0)
            throw DataError(
                CliText::tr("--header-row takes a row number, or 0 for a table without a header."));
        options.headerRow = row == 0 ? -1 : row;
    }
    options.csv.skipBadLines = parser.isSet(QStringLiteral("skip-bad-lines"));
    if (parser.isSet(QStringLiteral("date-format")))
        options.csv.dateOrder =
            parseDateFormat(QStringLiteral("--date-format"), parser.value(QStringLiteral("date-format")));
    return options;
}

} // namespace segmenta::cli
