#include "cli/ImportSource.h"

#include "core/Error.h"
#include "io/PostgresReader.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QUrl>
#include <QUrlQuery>

namespace segmenta::cli {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("segmenta::cli", text);
}

bool isDatabaseUrl(const QString& location) {
    return location.startsWith(QLatin1String("postgresql://")) ||
           location.startsWith(QLatin1String("postgres://"));
}

void requireReadable(const ReadResult& read, const QString& where) {
    if (read.ok())
        return;
    QString message = read.firstErrorText(where);
    if (read.errors.size() > 1)
        message += tr(" (and %1 more problems)").arg(read.errors.size() - 1);
    throw DataError(message);
}

QByteArray sha256OfFile(const QString& path) {
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file))
        throw DataError(tr("Cannot read '%1': %2.").arg(path, file.errorString()));
    return hash.result();
}

ImportSource readDatabase(const ImportRequestSource& request) {
    const QUrl url(request.location);
    if (!url.isValid() || url.host().isEmpty() || url.path().size() < 2)
        throw DataError(
            tr("'%1' is not a PostgreSQL address; write it as postgresql://user@host:port/database.")
                .arg(url.toDisplayString(QUrl::RemovePassword)));
    if (request.table.isEmpty() == request.query.isEmpty())
        throw DataError(tr("A database import needs either --table or --query."));
    PostgresConnection connection;
    connection.host = url.host();
    connection.port = url.port(5432);
    connection.database = url.path().mid(1);
    connection.user = url.userName();
    connection.password = url.password().isEmpty() ? qEnvironmentVariable("PGPASSWORD") : url.password();
    const QString sslMode = QUrlQuery(url).queryItemValue(QStringLiteral("sslmode"));
    if (!sslMode.isEmpty())
        connection.sslMode = sslMode;

    const PostgresReader reader(connection);
    ImportSource source;
    const QString address = url.toDisplayString(QUrl::RemovePassword);
    source.read = request.table.isEmpty() ? reader.readQuery(request.query) : reader.readTable(request.table);
    source.source =
        address + QLatin1Char(' ') +
        (request.table.isEmpty() ? tr("query: %1").arg(request.query) : tr("table: %1").arg(request.table));
    requireReadable(source.read, address);
    source.sha256 = QCryptographicHash::hash(source.source.toUtf8(), QCryptographicHash::Sha256);
    source.defaultName = request.table.isEmpty() ? connection.database + tr(" query") : request.table;
    return source;
}

} // namespace

ImportSource readImportSource(const ImportRequestSource& request) {
    if (isDatabaseUrl(request.location))
        return readDatabase(request);
    if (!request.table.isEmpty() || !request.query.isEmpty())
        throw DataError(tr("--table and --query are for database imports (postgresql://...)."));
    if (!QFileInfo::exists(request.location))
        throw DataError(tr("The file '%1' does not exist.").arg(request.location));
    ImportSource source;
    source.sha256 = sha256OfFile(request.location);
    source.read = readTableFile(request.location, request.options);
    requireReadable(source.read, request.location);
    source.source = QFileInfo(request.location).absoluteFilePath();
    source.defaultName =
        QFileInfo(request.location).completeBaseName() +
        (request.options.sheet.isEmpty() ? QString() : QStringLiteral(" – ") + request.options.sheet);
    return source;
}

} // namespace segmenta::cli
