#include "io/ImportSource.h"

#include "core/Error.h"
#include "io/CsvReader.h"
#include "io/RegularFile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QUrl>
#include <QUrlQuery>

namespace segmenta {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(segmenta::ImportSource)
};

constexpr qint64 kHashChunk = 1 << 20;

/// A file read through a device that reports how far reading has got and fails once the task is cancelled,
/// so that a reader without a TaskControl (CsvReader) still shows progress and stops early.
class ProgressFile : public QIODevice {
public:
    ProgressFile(const QString& path, TaskControl control)
        : m_file(path)
        , m_control(std::move(control)) {}

    bool open(OpenMode mode) override {
        if (!m_file.open(mode)) {
            setErrorString(m_file.errorString());
            return false;
        }
        return QIODevice::open(mode);
    }
    qint64 size() const override { return m_file.size(); }

protected:
    qint64 readData(char* data, qint64 maxSize) override {
        if (m_control.isCancelled()) {
            setErrorString(Text::tr("cancelled"));
            return -1;
        }
        const qint64 read = m_file.read(data, maxSize);
        if (read < 0)
            setErrorString(m_file.errorString());
        else if (m_file.size() > 0)
            m_control.report(double(m_file.pos()) / double(m_file.size()), Text::tr("Reading"));
        return read;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QFile m_file;
    TaskControl m_control;
};

QByteArray sha256OfFile(const QString& path, const TaskControl& control) {
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!file.open(QIODevice::ReadOnly))
        throw DataError(Text::tr("Cannot read '%1': %2.").arg(path, file.errorString()));
    while (!file.atEnd()) {
        control.checkCancelled();
        const QByteArray chunk = file.read(kHashChunk);
        if (chunk.isEmpty() && file.error() != QFileDevice::NoError)
            throw DataError(Text::tr("Cannot read '%1': %2.").arg(path, file.errorString()));
        hash.addData(chunk);
        control.report(double(file.pos()) / double(std::max<qint64>(1, file.size())),
                       Text::tr("Checking the file"));
    }
    return hash.result();
}

ReadResult readDelimitedText(const QString& path, const ImportOptions& options, const TaskControl& control) {
    CsvOptions csv = options.csv;
    csv.headerRow = options.headerRow;
    ProgressFile file(path, control);
    if (!file.open(QIODevice::ReadOnly))
        throw DataError(Text::tr("Cannot read '%1': %2.").arg(path, file.errorString()));
    ReadResult read = CsvReader(csv).read(file);
    control.checkCancelled();
    return read;
}

void requireReadable(const ReadResult& read, const QString& where) {
    if (read.ok())
        return;
    QString message = read.firstErrorText(where);
    if (read.errors.size() > 1)
        message += Text::tr(" (and %1 more problems)").arg(read.errors.size() - 1);
    throw DataError(message);
}

} // namespace

ImportSource readFileSource(const QString& path, const ImportOptions& options, const TaskControl& control) {
    if (!QFileInfo::exists(path))
        throw DataError(Text::tr("The file '%1' does not exist.").arg(path));
    // Hashing a FIFO would block and a device never end: refuse them before the first byte is read.
    if (const std::optional<QString> problem = notRegularFileProblem(path))
        throw DataError(*problem);
    ImportSource source;
    source.sha256 = sha256OfFile(path, control.sub(0.0, 0.1));
    const TaskControl reading = control.sub(0.1, 1.0);
    const TableFormat format = tableFormatOf(path);
    source.read = format == TableFormat::DelimitedText ? readDelimitedText(path, options, reading)
                                                       : readTableFile(path, options, reading);
    if (const QString note = formatNote(path, format); !note.isEmpty())
        source.read.guesses.append({QStringLiteral("format"), note});
    requireReadable(source.read, QFileInfo(path).fileName());
    source.source = QFileInfo(path).absoluteFilePath();
    source.defaultName = fileSourceName(path, options.sheet);
    return source;
}

ImportSource readDatabaseSource(const PostgresConnection& connection, const QString& table,
                                const QString& query, const TaskControl& control) {
    if (table.isEmpty() == query.isEmpty())
        throw DataError(Text::tr("A database import needs either a table or a query."));
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    if (connection.host.startsWith(QLatin1Char('/'))) // a socket directory, written as libpq's URLs do
        url.setQuery(QUrlQuery{{QStringLiteral("host"), connection.host}});
    else
        url.setHost(connection.host);
    url.setPort(connection.port);
    url.setPath(QLatin1Char('/') + connection.database);
    url.setUserName(connection.user);
    const QString address = url.toDisplayString(QUrl::RemovePassword);

    const PostgresReader reader(connection);
    ImportSource source;
    source.read = table.isEmpty() ? reader.readQuery(query, control) : reader.readTable(table, control);
    requireReadable(source.read, address);
    source.source = address + QLatin1Char(' ') +
                    (table.isEmpty() ? Text::tr("query: %1").arg(query) : Text::tr("table: %1").arg(table));
    source.sha256 = QCryptographicHash::hash(source.source.toUtf8(), QCryptographicHash::Sha256);
    source.defaultName = databaseSourceName(connection, table);
    return source;
}

QString fileSourceName(const QString& path, const QString& sheet) {
    return QFileInfo(path).completeBaseName() + (sheet.isEmpty() ? QString() : QStringLiteral(" – ") + sheet);
}

QString databaseSourceName(const PostgresConnection& connection, const QString& table) {
    return table.isEmpty() ? connection.database + Text::tr(" query") : table;
}

QJsonArray columnsJson(const DataMatrix& data) {
    QJsonArray columns;
    for (const ColumnInfo& column : data.columns())
        columns.append(QJsonObject{{QStringLiteral("name"), column.name},
                                   {QStringLiteral("kind"), toString(column.kind)},
                                   {QStringLiteral("role"), toString(column.role)},
                                   {QStringLiteral("pii"), column.pii}});
    return columns;
}

QJsonObject importReport(const ReadResult& read) {
    QJsonArray skipped, cells;
    for (const ReadIssue& warning : read.warnings) {
        if (warning.column == 0)
            skipped.append(QJsonObject{{QStringLiteral("row"), warning.line},
                                       {QStringLiteral("reason"), warning.message}});
        else
            cells.append(QJsonObject{{QStringLiteral("row"), warning.line},
                                     {QStringLiteral("column"), warning.columnName},
                                     {QStringLiteral("message"), warning.message}});
    }
    QJsonObject guesses;
    for (const auto& [what, value] : read.guesses)
        guesses.insert(what, value);
    const qint64 imported = read.data.rows();
    return QJsonObject{
        {QStringLiteral("rows_read"), imported + skipped.size()},
        {QStringLiteral("rows_imported"), imported},
        {QStringLiteral("rows_skipped"), skipped},
        {QStringLiteral("columns"), columnsJson(read.data)},
        {QStringLiteral("cells"), cells},
        {QStringLiteral("guesses"), guesses},
    };
}

QJsonObject invoiceReportJson(const InvoiceReport& report) {
    QJsonArray examples;
    for (const InvoiceIssue& issue : report.examples)
        examples.append(QJsonObject{{QStringLiteral("row"), issue.row},
                                    {QStringLiteral("column"), issue.columnName},
                                    {QStringLiteral("message"), issue.message}});
    return QJsonObject{
        {QStringLiteral("lines_read"), report.linesRead},
        {QStringLiteral("lines_used"), report.linesUsed},
        {QStringLiteral("lines_without_customer"), report.linesWithoutCustomer},
        {QStringLiteral("lines_bad_values"), report.linesBadValues},
        {QStringLiteral("cancelled_lines"), report.cancelledLines},
        {QStringLiteral("cancelled_invoices"), report.cancelledInvoices},
        {QStringLiteral("return_lines"), report.returnLines},
        {QStringLiteral("customers"), report.customers},
        {QStringLiteral("examples"), examples},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(report.warnings)},
    };
}

} // namespace segmenta
