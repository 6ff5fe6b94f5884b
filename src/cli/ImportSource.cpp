#include "cli/ImportSource.h"

#include "cli/CliText.h"
#include "core/Error.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

namespace segmenta::cli {

namespace {

bool isDatabaseUrl(const QString& location) {
    return location.startsWith(QLatin1String("postgresql://")) ||
           location.startsWith(QLatin1String("postgres://"));
}

PostgresConnection connectionOf(const QUrl& url) {
    if (!url.isValid() || url.host().isEmpty() || url.path().size() < 2)
        throw DataError(
            CliText::tr("'%1' is not a PostgreSQL address; write it as postgresql://user@host:port/database.")
                .arg(url.toDisplayString(QUrl::RemovePassword)));
    PostgresConnection connection;
    connection.host = url.host();
    connection.port = url.port(5432);
    connection.database = url.path().mid(1);
    connection.user = url.userName();
    connection.password = url.password().isEmpty() ? qEnvironmentVariable("PGPASSWORD") : url.password();
    const QString sslMode = QUrlQuery(url).queryItemValue(QStringLiteral("sslmode"));
    if (!sslMode.isEmpty())
        connection.sslMode = sslMode;
    return connection;
}

} // namespace

ImportSource readImportSource(const ImportRequestSource& request) {
    if (isDatabaseUrl(request.location)) {
        if (request.table.isEmpty() == request.query.isEmpty())
            throw DataError(CliText::tr("A database import needs either --table or --query."));
        return readDatabaseSource(connectionOf(QUrl(request.location)), request.table, request.query, {});
    }
    if (!request.table.isEmpty() || !request.query.isEmpty())
        throw DataError(CliText::tr("--table and --query are for database imports (postgresql://...)."));
    return readFileSource(request.location, request.options, {});
}

} // namespace segmenta::cli
