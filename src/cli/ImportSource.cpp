#include "cli/ImportSource.h"

#include "cli/CliText.h"
#include "core/Error.h"

#include <QCoreApplication>
#include <QFile>
#include <QUrl>
#include <QUrlQuery>

namespace segmenta::cli {

namespace {

bool isDatabaseUrl(const QString& location) {
    return location.startsWith(QLatin1String("postgresql://")) ||
           location.startsWith(QLatin1String("postgres://"));
}

/// The first line of a password file that only its owner can read (as libpq demands of ~/.pgpass).
QString readPasswordFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw DataError(CliText::tr("Cannot read the password file '%1': %2.").arg(path, file.errorString()));
    if (file.permissions() &
        (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther))
        throw DataError(CliText::tr("The password file '%1' can be read by other users; make it private with "
                                    "'chmod 600 %1' and try again.")
                            .arg(path));
    QByteArray line = file.readLine();
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

PostgresConnection connectionOf(const QUrl& url, const QString& passwordFile) {
    // As libpq's own URIs: ?host=/run/postgresql names a socket directory, which a URL's host cannot hold.
    const QString queryHost = QUrlQuery(url).queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded);
    if (!url.isValid() || (url.host().isEmpty() && queryHost.isEmpty()) || url.path().size() < 2)
        throw DataError(
            CliText::tr("'%1' is not a PostgreSQL address; write it as postgresql://user@host:port/database.")
                .arg(url.toDisplayString(QUrl::RemovePassword | QUrl::RemoveQuery | QUrl::RemoveFragment)));
    const QUrlQuery query(url);
    // Refused rather than used: the command line is visible to every user of the computer (ps, /proc).
    if (!url.password().isEmpty() || query.hasQueryItem(QStringLiteral("password")))
        throw DataError(
            CliText::tr("The database address holds a password, which every user of this computer "
                        "can see in the list of running programs. Remove it from the address and "
                        "give it with --password-file FILE, in ~/.pgpass, or in PGPASSWORD."));
    PostgresConnection connection;
    connection.host = queryHost.isEmpty() ? url.host() : queryHost;
    connection.port = url.port(query.queryItemValue(QStringLiteral("port")).toInt());
    if (connection.port <= 0)
        connection.port = 5432;
    connection.database = url.path().mid(1);
    connection.user = url.userName();
    // Empty: libpq looks in PGPASSWORD and then in ~/.pgpass (or the file PGPASSFILE names) itself.
    if (!passwordFile.isEmpty())
        connection.password = readPasswordFile(passwordFile);
    const QString sslMode = query.queryItemValue(QStringLiteral("sslmode"));
    if (!sslMode.isEmpty())
        connection.sslMode = sslMode;
    return connection;
}

} // namespace

ImportSource readImportSource(const ImportRequestSource& request) {
    if (isDatabaseUrl(request.location)) {
        if (request.table.isEmpty() == request.query.isEmpty())
            throw DataError(CliText::tr("A database import needs either --table or --query."));
        return readDatabaseSource(connectionOf(QUrl(request.location), request.passwordFile), request.table,
                                  request.query, {});
    }
    if (!request.passwordFile.isEmpty())
        throw DataError(CliText::tr("--password-file is for database imports (postgresql://...)."));
    if (!request.table.isEmpty() || !request.query.isEmpty())
        throw DataError(CliText::tr("--table and --query are for database imports (postgresql://...)."));
    return readFileSource(request.location, request.options, {});
}

} // namespace segmenta::cli
