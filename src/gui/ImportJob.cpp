#include "gui/ImportJob.h"

#include "core/Error.h"
#include "io/ImportSource.h"
#include "store/AuditLog.h"
#include "store/DatasetRepository.h"
#include "store/Transaction.h"

#include <QCoreApplication>

namespace segmenta {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(segmenta::ImportJob)
};

void applyColumnChoices(DataMatrix& data, const ImportRequest& request) {
    for (qsizetype i = 0; i < request.chosenColumns.size() && i < request.guessedColumns.size(); ++i) {
        const ColumnInfo& guessed = request.guessedColumns.at(i);
        const ColumnInfo& chosen = request.chosenColumns.at(i);
        const Index c = data.columnIndex(chosen.name);
        if (c < 0 || guessed == chosen)
            continue;
        const ColumnInfo& read = data.column(c);
        const ColumnKind kind = chosen.kind != guessed.kind ? chosen.kind : read.kind;
        if (read.isTextCoded() && (kind == ColumnKind::Numeric || kind == ColumnKind::Date))
            throw DataError(
                Text::tr("The column '%1' holds text such as '%2', so it cannot be %3; choose categorical, "
                         "identifier or text.")
                    .arg(read.name, read.levels.value(0), toString(kind)));
        data.setColumnUsage(c, kind, chosen.role != guessed.role ? chosen.role : read.role,
                            chosen.pii != guessed.pii ? chosen.pii : read.pii);
    }
}

} // namespace

ImportOutcome prepareImport(const ImportRequest& request, const TaskControl& control) {
    const double readShare = request.invoices ? 0.8 : 1.0;
    ImportSource source = request.source == ImportRequest::Source::File
                              ? readFileSource(request.path, request.options, control.sub(0.0, readShare))
                              : readDatabaseSource(request.connection, request.table, request.query,
                                                   control.sub(0.0, readShare));
    control.checkCancelled();
    applyColumnChoices(source.read.data, request); // before the report, which lists the columns as stored
    ImportOutcome outcome;
    outcome.sha256 = source.sha256;
    outcome.source = source.source;
    outcome.report = importReport(source.read);
    outcome.data = std::move(source.read.data);
    outcome.sourceLines = std::move(source.read.sourceLines);
    if (request.invoices) {
        InvoiceReport invoices;
        outcome.data =
            customerFeatures(outcome.data, *request.invoices, &invoices, control.sub(readShare, 1.0));
        outcome.sourceLines.clear(); // a customer row comes from many lines
        outcome.report.insert(QStringLiteral("invoices"), invoiceReportJson(invoices));
        outcome.report.insert(QStringLiteral("rows_imported"), qint64(outcome.data.rows()));
        outcome.report.insert(QStringLiteral("columns"), columnsJson(outcome.data));
    }
    control.report(1.0, Text::tr("Read"));
    return outcome;
}

qint64 storeImport(ProjectStore& store, const QString& name, const ImportOutcome& outcome) {
    Transaction transaction(store);
    const qint64 id = DatasetRepository(store).add(name, outcome.source, outcome.sha256, outcome.data,
                                                   outcome.sourceLines, outcome.report);
    AuditLog(store).record(QStringLiteral("import"),
                           {{QStringLiteral("dataset"), name},
                            {QStringLiteral("dataset_id"), id},
                            {QStringLiteral("source"), outcome.source},
                            {QStringLiteral("sha256"), QString::fromLatin1(outcome.sha256.toHex())},
                            {QStringLiteral("rows"), qint64(outcome.data.rows())}});
    transaction.commit();
    return id;
}

QString suggestedDatasetName(const ImportRequest& request) {
    const QString name = request.source == ImportRequest::Source::File
                             ? fileSourceName(request.path, request.options.sheet)
                             : databaseSourceName(request.connection, request.table);
    return request.invoices ? name + Text::tr(" (customers)") : name;
}

QString freeDatasetName(const DatasetRepository& datasets, const QString& base) {
    QString name = base;
    for (int n = 2; datasets.findByName(name); ++n)
        name = QStringLiteral("%1 (%2)").arg(base).arg(n);
    return name;
}

} // namespace segmenta
