#include "cli/ImportCommand.h"

#include "cli/CliText.h"
#include "cli/FileReadOptions.h"
#include "cli/Guarded.h"
#include "cli/ImportReport.h"
#include "cli/ImportSource.h"
#include "cli/InvoiceOption.h"
#include "cli/OptionTable.h"
#include "cli/ProjectOption.h"
#include "core/Error.h"
#include "io/TableReader.h"
#include "store/AuditLog.h"
#include "store/DatasetRepository.h"
#include "store/ProjectStore.h"
#include "store/Transaction.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace segmenta::cli {

namespace {

constexpr OptionSpec kImportOptions[] = {
    {"project", "p.segmenta",
     QT_TRANSLATE_NOOP("segmenta::cli", "The project file (created when it does not exist).")},
    {"name", "DATASET",
     QT_TRANSLATE_NOOP("segmenta::cli", "Name of the new dataset (default: the file's name).")},
    {"table", "SCHEMA.TABLE",
     QT_TRANSLATE_NOOP("segmenta::cli", "postgresql:// sources: the table or view to import.")},
    {"query", "SQL",
     QT_TRANSLATE_NOOP("segmenta::cli",
                       "postgresql:// sources: a read-only SELECT whose result is imported.")},
    {"password-file", "FILE",
     QT_TRANSLATE_NOOP("segmenta::cli",
                       "postgresql:// sources: read the password from the first line of FILE (which only "
                       "you may read); else PGPASSWORD or ~/.pgpass.")},
    {"invoices", "customer=C,date=D,...",
     QT_TRANSLATE_NOOP("segmenta::cli",
                       "The rows are invoice lines: store one row per customer (recency, frequency, "
                       "monetary, average basket, tenure, spend per category). Keys: customer, date, "
                       "quantity, price, amount, invoice, category, reference, cancel-prefix, date-format.")},
    {"again", nullptr,
     QT_TRANSLATE_NOOP("segmenta::cli", "Import a file that is already in the project once more.")},
    {"json", nullptr, QT_TRANSLATE_NOOP("segmenta::cli", "Print the import report as JSON.")},
};

constexpr OptionSpec kDatasetsOptions[] = {
    {"project", "p.segmenta", QT_TRANSLATE_NOOP("segmenta::cli", "The project file.")},
    {"json", nullptr, QT_TRANSLATE_NOOP("segmenta::cli", "Print the list as JSON.")},
};

/// The dataset's name: as given (which must be free), or the source's name made unique with " (2)", " (3)"...
QString datasetName(const DatasetRepository& datasets, const QString& requested, const QString& base) {
    if (!requested.isEmpty()) {
        if (datasets.findByName(requested))
            throw DataError(
                CliText::tr("The project already has a dataset named '%1'; choose another --name.")
                    .arg(requested));
        return requested;
    }
    QString name = base;
    for (int n = 2; datasets.findByName(name); ++n)
        name = QStringLiteral("%1 (%2)").arg(base).arg(n);
    return name;
}

int import(const QStringList& arguments, QTextStream& out) {
    QCommandLineParser parser;
    addOptions(parser, kImportOptions);
    addOptions(parser, fileReadOptions());
    parser.addPositionalArgument(QStringLiteral("source"),
                                 CliText::tr("The file or postgresql:// database to import."));
    parseArguments(parser, QStringLiteral("import"), arguments);
    if (parser.positionalArguments().size() != 1)
        throw DataError(CliText::tr("import takes exactly one file or database address."));
    const QString projectPath = requireProject(parser, QStringLiteral("import"));

    // --invoices is parsed first: its date-format= decides how text dates are read.
    std::optional<InvoiceOption> invoices;
    if (parser.isSet(QStringLiteral("invoices")))
        invoices = parseInvoiceOption(parser.value(QStringLiteral("invoices")));
    ImportRequestSource request;
    request.location = parser.positionalArguments().first();
    request.options = parseFileReadOptions(parser);
    if (invoices && invoices->dateOrder != DateOrder::Detect)
        request.options.csv.dateOrder = invoices->dateOrder;
    request.table = parser.value(QStringLiteral("table"));
    request.query = parser.value(QStringLiteral("query"));
    request.passwordFile = parser.value(QStringLiteral("password-file"));
    ImportSource source = readImportSource(request);
    QJsonObject report = importReport(source.read);
    DataMatrix data = std::move(source.read.data);
    QList<qint64> sourceLines = source.read.sourceLines;
    if (invoices) {
        CustomerTable customers = invoiceCustomers(data, invoices->mapping);
        data = std::move(customers.customers);
        sourceLines.clear(); // a customer row comes from many lines
        report.insert(QStringLiteral("invoices"), customers.report);
        report.insert(QStringLiteral("rows_imported"), qint64(data.rows()));
        report.insert(QStringLiteral("columns"), columnsJson(data));
        source.defaultName += CliText::tr(" (customers)");
    }

    // The project is opened only once the source has been read, so a bad source never creates a project.
    const auto project = ProjectStore::openFile(projectPath);
    DatasetRepository datasets(*project);
    const QList<DatasetInfo> earlier = datasets.findByHash(source.sha256);
    if (!earlier.isEmpty() && !parser.isSet(QStringLiteral("again")))
        throw DataError(
            CliText::tr(
                "'%1' was already imported as the dataset '%2' on %3. Use --again to import it once more.")
                .arg(request.location, earlier.first().name,
                     earlier.first().importedAt.toString(Qt::ISODate)));
    const QString name = datasetName(datasets, parser.value(QStringLiteral("name")), source.defaultName);
    // The dataset and its audit entry are one transaction: a failed audit insert leaves no dataset behind.
    Transaction transaction(*project);
    const qint64 id = datasets.add(name, source.source, source.sha256, data, sourceLines, report);
    AuditLog(*project).record(QStringLiteral("import"),
                              {{QStringLiteral("dataset"), name},
                               {QStringLiteral("dataset_id"), id},
                               {QStringLiteral("source"), source.source},
                               {QStringLiteral("sha256"), QString::fromLatin1(source.sha256.toHex())},
                               {QStringLiteral("rows"), qint64(data.rows())}});
    transaction.commit();

    if (parser.isSet(QStringLiteral("json"))) {
        report.insert(QStringLiteral("dataset"), name);
        out << QString::fromUtf8(QJsonDocument(report).toJson(QJsonDocument::Indented));
        out.flush();
    } else {
        printImportReport(out, name, report);
    }
    return ExitOk;
}

int datasets(const QStringList& arguments, QTextStream& out) {
    QCommandLineParser parser;
    addOptions(parser, kDatasetsOptions);
    parseArguments(parser, QStringLiteral("datasets"), arguments);
    const QString projectPath = requireProject(parser, QStringLiteral("datasets"));
    const auto project = openExistingProject(projectPath);
    DatasetRepository repository(*project);
    QJsonArray list;
    for (const DatasetInfo& info : repository.list()) {
        QJsonArray kinds;
        for (const QJsonValue& column : info.importReport.value(QStringLiteral("columns")).toArray())
            kinds.append(column);
        list.append(QJsonObject{{QStringLiteral("id"), info.id},
                                {QStringLiteral("name"), info.name},
                                {QStringLiteral("rows"), info.rowCount},
                                {QStringLiteral("columns"), info.columnCount},
                                {QStringLiteral("kinds"), kinds},
                                {QStringLiteral("source"), info.source},
                                {QStringLiteral("imported_at"), info.importedAt.toString(Qt::ISODate)}});
    }
    if (parser.isSet(QStringLiteral("json"))) {
        out << QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented));
    } else {
        for (const QJsonValue& value : list) {
            const QJsonObject info = value.toObject();
            QStringList kinds;
            for (const QJsonValue& column : info.value(QStringLiteral("kinds")).toArray())
                kinds << QStringLiteral("%1 (%2)").arg(column[QLatin1String("name")].toString(),
                                                       column[QLatin1String("kind")].toString());
            out << CliText::tr("%1: %2 rows, %3 columns: %4")
                       .arg(info.value(QStringLiteral("name")).toString())
                       .arg(info.value(QStringLiteral("rows")).toInteger())
                       .arg(info.value(QStringLiteral("columns")).toInt())
                       .arg(kinds.join(QLatin1String(", ")))
                << QLatin1Char('\n');
        }
    }
    out.flush();
    return ExitOk;
}

} // namespace

int runImport(const QStringList& arguments, QTextStream& out, QTextStream& err) {
    return guarded(err, [&] { return import(arguments, out); });
}

QString importHelp() {
    return optionHelp(
               CliText::tr("Usage: segmenta-cli import <file> --project p.segmenta [options]"),
               CliText::tr(
                   "Reads a CSV, TSV, TXT, XLSX, XLSM or ODS file and stores it as a dataset of the project, "
                   "all or nothing, then prints what was done with every row."),
               kImportOptions) +
           optionLines(fileReadOptions());
}

int runDatasets(const QStringList& arguments, QTextStream& out, QTextStream& err) {
    return guarded(err, [&] { return datasets(arguments, out); });
}

QString datasetsHelp() {
    return optionHelp(
        CliText::tr("Usage: segmenta-cli datasets --project p.segmenta [--json]"),
        CliText::tr("Lists the datasets of a project with their rows, columns and column kinds."),
        kDatasetsOptions);
}

} // namespace segmenta::cli
