#pragma once

#include "core/TaskControl.h"
#include "io/ReadResult.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace segmenta {

/// Where and how to reach a PostgreSQL database.
struct PostgresConnection {
    /// Host name, IP address, or the directory of a Unix-domain socket (a path starting with '/');
    /// empty = libpq's default local socket.
    QString host;
    QString database;
    QString user;
    QString password;
    int port = 5432;
    /// libpq's sslmode: one of sslModes(). For a host that is not local (isLocalHost()), "prefer" and
    /// "allow" are taken as "require": they would send the password unencrypted to a server (or a
    /// man in the middle) that declines TLS. "disable" is the explicit way to connect unencrypted.
    QString sslMode = QStringLiteral("prefer");
    /// Whether toJson() keeps the password (in plain text); off by default.
    bool storePassword = false;

    /// The accepted sslMode values: disable, allow, prefer, require, verify-ca, verify-full.
    static QStringList sslModes();
    /// Whether @p host, as written, is this computer: empty (libpq's default socket), a socket directory
    /// (starting with '/'), localhost, an address in 127.0.0.0/8, or ::1. Names are not resolved.
    static bool isLocalHost(const QString& host);
    /// The sslmode libpq is given: sslMode, raised to "require" for a host that is not local when it
    /// would fall back to an unencrypted connection ("prefer", "allow").
    QString effectiveSslMode() const;
    /// Keys host, port, database, user, sslMode, storePassword; "password" only when storePassword is set.
    QJsonObject toJson() const;
    /// Inverse of toJson(); absent keys keep their defaults.
    static PostgresConnection fromJson(const QJsonObject& json);

    friend bool operator==(const PostgresConnection&, const PostgresConnection&) = default;
};

/// Imports a table, view or query result from PostgreSQL through Qt's QPSQL driver into a DataMatrix,
/// through TableBuilder, so its columns are typed as every other import's.
///
/// **Connection.** Every call opens its own connection in the calling thread (a unique QSqlDatabase
/// connection name, removed before returning, also when cancelled), with connect_timeout=10, the chosen
/// sslmode, the session time zone UTC and standard-conforming strings.
///
/// **Reading.** The rows are read inside a READ ONLY transaction through a server-side cursor (DECLARE ...
/// NO SCROLL CURSOR, FETCH 10000 at a time, forward-only), so memory grows with the values, not with the
/// result. Progress is the share of the planner's row estimate read so far; cancellation is checked every
/// 1,000 rows and between fetches and throws Cancelled (a single FETCH that the server takes long to
/// answer is not interrupted). The header is the result's column names; issue lines and sourceLines are
/// 1-based row numbers of the result.
///
/// **Cells.** smallint, integer, bigint, real, double precision and numeric become numbers; a numeric
/// with a declared scale that a double cannot hold exactly (more than about 15 significant digits) and
/// a bigint beyond 2^53 are rounded, with one warning per column naming the first such row. boolean
/// becomes a boolean; date, timestamp and timestamptz become dates (days since 1970-01-01 UTC, the
/// fraction being the time of day; a timestamp without time zone is taken as UTC; ±infinity is missing);
/// NULL is missing; every other type (text, varchar, char, uuid, json, time, interval, ...) is text in
/// PostgreSQL's textual form (bytea as \x followed by hex digits).
///
/// **Queries.** readQuery() accepts exactly one statement that starts with SELECT, WITH, VALUES or TABLE
/// (a trailing semicolon and comments are fine); anything else is refused before it reaches the server,
/// and the READ ONLY transaction makes the server refuse any write a query attempts (data-modifying
/// WITH, functions such as nextval()).
///
/// **Problems.** One error in words a user can act on: the QPSQL driver missing, no connection (host,
/// port and database named with the server's message and what to check), authentication refused,
/// unknown database, unknown table or view (the available ones listed), SQL errors (the server's message
/// and hint, with the line and column in the query), permission denied, and writes refused.
class PostgresReader {
public:
    /// Rows per FETCH from the server-side cursor.
    static constexpr int kFetchRows = 10000;

    explicit PostgresReader(PostgresConnection connection);

    /// The tables, views, materialized views and foreign tables outside the system schemas, sorted, each
    /// schema-qualified and quoted where SQL needs it (public.customers, "Sales"."Q1 orders"); empty with a
    /// message in @p error (may be null) when the database cannot be read.
    QStringList tables(QString* error) const;

    /// Reads a whole table or view. @p name is as tables() lists it, or any name PostgreSQL resolves
    /// (unqualified names through the search_path, unquoted parts folded to lower case).
    ReadResult readTable(const QString& name, const TaskControl& control = {}) const;

    /// Reads the result of one read-only query (see the class comment).
    ReadResult readQuery(const QString& sql, const TaskControl& control = {}) const;

private:
    PostgresConnection m_connection;
};

} // namespace segmenta
