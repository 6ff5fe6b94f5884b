#include "io/PostgresReader.h"

#include "io/TableBuilder.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <functional>

namespace segmenta {

namespace {

constexpr qsizetype kListedTables = 20;
constexpr qint64 kCancelCheckRows = 1000;
constexpr int kTimestampTzOid = 1184; // PostgreSQL's type OID of timestamptz
const QString kCursor = QStringLiteral("segmenta_rows");

struct Text {
    Q_DECLARE_TR_FUNCTIONS(segmenta::PostgresReader)
};

/// A problem that ends the read; caught where the ReadResult is made.
struct Failure {
    ReadIssue issue;
};

/// An issue not tied to a row or column.
ReadIssue generalIssue(const QString& message) {
    ReadIssue issue;
    issue.message = message;
    return issue;
}

[[noreturn]] void fail(const QString& message) {
    throw Failure{generalIssue(message)};
}

QString quoteIdentifier(QString name) {
    return QLatin1Char('"') + name.replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
}

QString serverText(const PostgresConnection& c) {
    const QString host = c.host.isEmpty() ? Text::tr("the local server") : c.host;
    return Text::tr("%1, port %2").arg(host).arg(c.port);
}

// ---------------------------------------------------------------------------------------------------
// Server messages

/// What libpq says, split into the primary message (with DETAIL and HINT lines) and the position it
/// marks with a "LINE n: ..." line and a caret line below it.
struct ServerMessage {
    QString text;
    qint64 line = 0; ///< of the statement sent; 0 without a position
    int caretColumn = 0;
    QString shownLine; ///< the statement line as libpq shows it, possibly cut with "..."
};

ServerMessage parseServerMessage(const QSqlError& error) {
    static const QRegularExpression positionLine(QStringLiteral("^\\S+ (\\d+): (.*)$"));
    // Qt appends the SQLSTATE in parentheses.
    const QString stateSuffix = QStringLiteral("(%1)").arg(error.nativeErrorCode());
    ServerMessage message;
    QStringList parts;
    const QStringList lines = error.databaseText().split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i).trimmed();
        if (line.endsWith(stateSuffix))
            line = line.chopped(stateSuffix.size()).trimmed();
        const QRegularExpressionMatch match = positionLine.match(lines.at(i));
        if (match.hasMatch() && i + 1 < lines.size() && lines.at(i + 1).trimmed() == QLatin1String("^")) {
            message.line = match.captured(1).toLongLong();
            message.shownLine = match.captured(2);
            message.caretColumn = int(lines.at(i + 1).indexOf(QLatin1Char('^')) - match.capturedStart(2)) + 1;
            ++i;
        } else if (!line.isEmpty()) {
            // "ERROR:  text", "HINT:  text": the severity label is libpq's, the text the server's.
            const qsizetype label = line.indexOf(QLatin1String(":  "));
            parts << (label < 0 ? line : line.mid(label + 3));
        }
    }
    message.text = parts.join(QLatin1Char(' '));
    if (message.text.isEmpty())
        message.text = error.text();
    return message;
}

/// Line and column in @p statement of a server position reported for @p statement sent after
/// @p linesBefore lines of our own; {0, 0} when there is none.
std::pair<qint64, int> positionInStatement(const ServerMessage& message, const QString& statement,
                                           qint64 linesBefore) {
    const QStringList lines = statement.split(QLatin1Char('\n'));
    const qint64 line = message.line - linesBefore;
    if (message.line == 0 || line < 1 || line > lines.size())
        return {0, 0};
    // libpq shows tabs as spaces and, for long lines, a window cut with "..." at either end.
    QString source = lines.at(line - 1);
    source.replace(QLatin1Char('\t'), QLatin1Char(' '));
    QString shown = message.shownLine;
    int caret = message.caretColumn;
    qsizetype start = 0;
    if (shown.startsWith(QLatin1String("..."))) {
        shown.remove(0, 3);
        caret -= 3;
        if (shown.endsWith(QLatin1String("...")))
            shown.chop(3);
        start = source.indexOf(shown);
        if (start < 0)
            return {line, 0};
    }
    return {line, int(start) + caret};
}

/// The error to show for a failed statement; @p statement and @p linesBefore locate the user's query.
ReadIssue statementIssue(const QSqlError& error, const QString& statement = {}, qint64 linesBefore = 0) {
    const ServerMessage server = parseServerMessage(error);
    const QString state = error.nativeErrorCode();
    ReadIssue issue;
    if (state == QLatin1String("42501")) {
        issue.message =
            Text::tr("Permission denied: %1. Ask the database administrator for read access (SELECT).")
                .arg(server.text);
    } else if (state == QLatin1String("25006")) {
        issue.message = Text::tr("The query tries to change the database (%1). Segmenta only reads, inside a "
                                 "read-only transaction, so nothing was changed.")
                            .arg(server.text);
    } else if (error.type() == QSqlError::ConnectionError) {
        issue.message = Text::tr("The connection to the database was lost: %1").arg(server.text);
    } else {
        issue.message = Text::tr("The database rejected the query: %1").arg(server.text);
        std::tie(issue.line, issue.column) = positionInStatement(server, statement, linesBefore);
    }
    return issue;
}

ReadIssue connectionIssue(const QSqlError& error, const PostgresConnection& c) {
    const QString server = parseServerMessage(error).text;
    if (server.contains(QLatin1String("does not support SSL")))
        return generalIssue(
            Text::tr(
                "The server at %1 does not offer an encrypted connection (TLS), so Segmenta did not send "
                "the password. Ask the database administrator to enable TLS; only on a network you trust, "
                "connect unencrypted with sslmode=disable.")
                .arg(serverText(c)));
    if (server.contains(QLatin1String("authentication failed")) ||
        server.contains(QLatin1String("no password supplied")))
        return generalIssue(
            Text::tr("The server at %1 refused user '%2': %3 Check the user name and password.")
                .arg(serverText(c), c.user, server));
    if (server.contains(QLatin1String("database \"%1\" does not exist").arg(c.database)))
        return generalIssue(
            Text::tr("There is no database '%1' on the server at %2 (names are case-sensitive): %3")
                .arg(c.database, serverText(c), server));
    return generalIssue(
        Text::tr("Cannot connect to database '%1' at %2: %3 Check the host name and port, that the "
                 "server is running and accepts connections from here, that no firewall blocks "
                 "the port, and the password.")
            .arg(c.database, serverText(c), server));
}

// ---------------------------------------------------------------------------------------------------
// Connection

/// A connection of its own, opened in the calling thread and removed when the session ends.
class Session {
public:
    Session()
        : m_name(QStringLiteral("segmenta-postgres-%1").arg(s_next.fetch_add(1)))
        , m_db(QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name)) {}
    ~Session() {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    Session(const Session&) = delete;
    Session& operator=(const Session&) = delete;

    /// Connects; throws Failure when that is not possible.
    void open(const PostgresConnection& c) {
        if (!m_db.isValid())
            fail(Text::tr("Qt's PostgreSQL driver (QPSQL) is not installed; run packaging/install-deps.sh."));
        if (!PostgresConnection::sslModes().contains(c.sslMode))
            fail(Text::tr("Unknown SSL mode '%1'; use one of %2.")
                     .arg(c.sslMode, PostgresConnection::sslModes().join(QLatin1String(", "))));
        m_db.setHostName(c.host);
        m_db.setPort(c.port);
        m_db.setDatabaseName(c.database);
        m_db.setUserName(c.user);
        m_db.setPassword(c.password);
        m_db.setConnectOptions(QStringLiteral("connect_timeout=10;sslmode=%1;application_name=Segmenta")
                                   .arg(c.effectiveSslMode()));
        if (!m_db.open())
            throw Failure{connectionIssue(m_db.lastError(), c)};
        // Dates and the statement check below do not depend on the server's or the user's settings.
        QSqlQuery setup = query();
        exec(setup, QStringLiteral("SET TIME ZONE 'UTC'"));
        exec(setup, QStringLiteral("SET standard_conforming_strings = on"));
    }

    /// A forward-only query on this connection that fetches numeric values exactly, as text.
    QSqlQuery query() const {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.setNumericalPrecisionPolicy(QSql::HighPrecision);
        return q;
    }

    /// Runs @p sql; throws Failure with the server's message located in @p statement (the user's query
    /// inside @p sql after @p linesBefore lines) when it fails.
    static void exec(QSqlQuery& q, const QString& sql, const QString& statement = {},
                     qint64 linesBefore = 0) {
        if (!q.exec(sql))
            throw Failure{statementIssue(q.lastError(), statement, linesBefore)};
    }

private:
    static inline std::atomic<quint64> s_next{0};
    QString m_name;
    QSqlDatabase m_db;
};

/// Opens a session, runs @p body, and turns a Failure into @p result's error; Cancelled passes through.
void withSession(const PostgresConnection& connection, ReadResult& result,
                 const std::function<void(Session&)>& body) {
    try {
        Session session;
        session.open(connection);
        body(session);
    } catch (const Failure& failure) {
        result = ReadResult();
        result.errors.append(failure.issue);
    }
}

QStringList listTables(const Session& session) {
    QSqlQuery q = session.query();
    Session::exec(q, QStringLiteral(R"(
        SELECT pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(c.relname)
        FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
        WHERE c.relkind IN ('r', 'v', 'm', 'f', 'p') AND n.nspname <> 'information_schema'
          AND n.nspname NOT LIKE 'pg\_%'
        ORDER BY n.nspname, c.relname)"));
    QStringList names;
    while (q.next())
        names << q.value(0).toString();
    return names;
}

/// "SELECT * FROM" the relation PostgreSQL resolves @p name to; throws Failure listing the available
/// tables when there is none.
QString selectAllFrom(const Session& session, const QString& name, const QString& database) {
    QSqlQuery q = session.query();
    q.prepare(QStringLiteral(R"(
        SELECT n.nspname, c.relname
        FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
        WHERE c.oid = pg_catalog.to_regclass(?) AND c.relkind IN ('r', 'v', 'm', 'f', 'p'))"));
    q.addBindValue(name);
    // A name PostgreSQL cannot even parse (an unclosed quote, too many dots) is just as unknown.
    if (q.exec() && q.next())
        return QStringLiteral("SELECT * FROM %1.%2")
            .arg(quoteIdentifier(q.value(0).toString()), quoteIdentifier(q.value(1).toString()));
    const QStringList tables = listTables(session);
    if (tables.isEmpty())
        fail(Text::tr("There is no table or view '%1' in database '%2', which has no tables or views at all.")
                 .arg(name, database));
    QString listed = tables.mid(0, kListedTables).join(QLatin1String(", "));
    if (tables.size() > kListedTables)
        listed = Text::tr("%1 and %2 more").arg(listed).arg(tables.size() - kListedTables);
    fail(Text::tr("There is no table or view '%1' in database '%2'. Available: %3.")
             .arg(name, database, listed));
}

// ---------------------------------------------------------------------------------------------------
// The one statement of a query

struct StatementScan {
    QString firstWord;
    qsizetype end = -1; ///< the first semicolon outside quotes and comments
    bool more = false;  ///< anything but blanks, comments and semicolons after it
};

bool isIdentifierChar(QChar c) {
    return c.isLetterOrNumber() || c == u'_' || c == u'$';
}

/// Index just past the literal or quoted identifier that opens at @p at with @p quote; backslash escapes
/// count when @p backslashes (E'...' strings). The end of the text when it is not closed.
qsizetype skipQuoted(QStringView sql, qsizetype at, QChar quote, bool backslashes) {
    for (qsizetype i = at + 1; i < sql.size(); ++i) {
        if (backslashes && sql[i] == u'\\')
            ++i;
        else if (sql[i] == quote && i + 1 < sql.size() && sql[i + 1] == quote)
            ++i;
        else if (sql[i] == quote)
            return i + 1;
    }
    return sql.size();
}

/// The $tag$ that opens a dollar-quoted string at @p at, or an empty view ($1 is a parameter).
QStringView dollarTag(QStringView sql, qsizetype at) {
    if (at > 0 && isIdentifierChar(sql[at - 1]))
        return {};
    qsizetype i = at + 1;
    while (i < sql.size() && isIdentifierChar(sql[i]) && sql[i] != u'$' && !(i == at + 1 && sql[i].isDigit()))
        ++i;
    return i < sql.size() && sql[i] == u'$' ? sql.sliced(at, i + 1 - at) : QStringView();
}

/// Splits SQL as PostgreSQL's lexer does (standard-conforming strings, which the session sets): string
/// literals, quoted identifiers, dollar-quoted strings and (nested) comments hide semicolons.
StatementScan scanStatement(QStringView sql) {
    StatementScan scan;
    qsizetype i = 0;
    while (i < sql.size()) {
        const QChar c = sql[i];
        const QStringView rest = sql.sliced(i);
        if (c.isSpace()) {
            ++i;
        } else if (rest.startsWith(u"--")) {
            const qsizetype end = sql.indexOf(u'\n', i);
            i = end < 0 ? sql.size() : end + 1;
        } else if (rest.startsWith(u"/*")) {
            int depth = 0;
            do {
                if (sql.sliced(i).startsWith(u"/*"))
                    ++depth, i += 2;
                else if (sql.sliced(i).startsWith(u"*/"))
                    --depth, i += 2;
                else
                    ++i;
            } while (depth > 0 && i < sql.size());
        } else if (c == u';') {
            if (scan.end < 0)
                scan.end = i;
            ++i;
        } else if (scan.end >= 0) {
            scan.more = true;
            return scan;
        } else if (c == u'\'') {
            const bool escaped =
                i > 0 && sql[i - 1].toLower() == u'e' && (i < 2 || !isIdentifierChar(sql[i - 2]));
            i = skipQuoted(sql, i, c, escaped);
        } else if (c == u'"') {
            i = skipQuoted(sql, i, c, false);
        } else if (const QStringView tag = c == u'$' ? dollarTag(sql, i) : QStringView(); !tag.isEmpty()) {
            const qsizetype close = sql.indexOf(tag, i + tag.size());
            i = close < 0 ? sql.size() : close + tag.size();
        } else if (c.isLetter() || c == u'_') {
            const qsizetype start = i;
            while (i < sql.size() && isIdentifierChar(sql[i]))
                ++i;
            if (scan.firstWord.isEmpty())
                scan.firstWord = sql.sliced(start, i - start).toString();
        } else {
            ++i;
        }
    }
    return scan;
}

/// The query without its trailing semicolon; empty with the reason in @p problem unless it is one
/// statement that reads. Checked before connecting, so that nothing else reaches the server.
QString readingStatement(const QString& sql, QString* problem) {
    static const QStringList reading{QStringLiteral("SELECT"), QStringLiteral("WITH"),
                                     QStringLiteral("VALUES"), QStringLiteral("TABLE")};
    const StatementScan scan = scanStatement(sql);
    if (scan.more)
        *problem =
            Text::tr("The query holds more than one statement; import one SELECT statement at a time.");
    else if (scan.firstWord.isEmpty())
        *problem = Text::tr("The query is empty.");
    else if (!reading.contains(scan.firstWord, Qt::CaseInsensitive))
        *problem =
            Text::tr(
                "Only a query that reads data can be imported (SELECT, VALUES, TABLE or WITH ... SELECT); "
                "this statement starts with %1, so it was not run.")
                .arg(scan.firstWord.toUpper());
    else
        return scan.end < 0 ? sql : sql.left(scan.end);
    return {};
}

// ---------------------------------------------------------------------------------------------------
// Cells

/// Turns the values of one result column into raw cells.
class ColumnConverter {
public:
    explicit ColumnConverter(const QSqlField& field)
        : m_name(field.name())
        , m_scale(field.metaType().id() == QMetaType::Double ? field.precision() : -1)
        , m_instant(field.typeID() == kTimestampTzOid) {
        switch (field.metaType().id()) {
        case QMetaType::Bool:
            m_kind = Kind::Boolean;
            break;
        case QMetaType::Short:
        case QMetaType::UShort:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
        case QMetaType::ULongLong:
        case QMetaType::Float:
        case QMetaType::Double:
            m_kind = Kind::Number;
            break;
        case QMetaType::QDate:
        case QMetaType::QDateTime:
            m_kind = Kind::DateTime;
            break;
        case QMetaType::QByteArray:
            m_kind = Kind::Bytes;
            break;
        default:
            m_kind = Kind::Text;
        }
    }

    /// The cell of @p value in result row @p row; may add a rounding warning to @p warnings.
    RawCell cell(const QVariant& value, qint64 row, QList<ReadIssue>& warnings) {
        if (value.isNull())
            return RawCell::empty();
        switch (m_kind) {
        case Kind::Boolean:
            return RawCell::ofBoolean(value.toBool());
        case Kind::Number:
            return number(value, row, warnings);
        case Kind::DateTime:
            return dateTime(value);
        case Kind::Bytes:
            return RawCell::ofText(QLatin1String("\\x") + QString::fromLatin1(value.toByteArray().toHex()));
        case Kind::Text:
            break;
        }
        return RawCell::ofText(value.toString());
    }

private:
    enum class Kind { Number, Boolean, DateTime, Bytes, Text };

    RawCell number(const QVariant& value, qint64 row, QList<ReadIssue>& warnings) {
        const double number = value.toDouble();
        // numeric arrives as text (HighPrecision), bigint as qint64 or quint64; both can hold more than a
        // double.
        const int type = value.typeId();
        const QString spelling =
            type == QMetaType::QString || type == QMetaType::LongLong || type == QMetaType::ULongLong
                ? value.toString()
                : QString();
        if (!spelling.isEmpty() && !m_warned && !isExact(spelling, number)) {
            m_warned = true;
            warnings.append(
                {.line = row,
                 .columnName = m_name,
                 .message =
                     Text::tr(
                         "Column '%1' holds numbers with more digits than Segmenta keeps (about 15); they "
                         "were rounded, the first in row %2: %3 became %4.")
                         .arg(m_name)
                         .arg(row)
                         .arg(spelling, QString::number(number, 'g', 17))});
        }
        return RawCell::ofNumber(number, spelling);
    }

    bool isExact(const QString& spelling, double number) const {
        if (!std::isfinite(number))
            return !spelling.back().isDigit(); // NaN and ±Infinity, not digits beyond a double's range
        if (isInteger(spelling))
            return QString::number(number, 'f', 0) == spelling;
        return m_scale < 0 || QString::number(number, 'f', m_scale) == spelling;
    }

    static bool isInteger(const QString& spelling) {
        return !spelling.contains(QLatin1Char('.')) &&
               !spelling.contains(QLatin1Char('e'), Qt::CaseInsensitive);
    }

    RawCell dateTime(const QVariant& value) const {
        static const QDate epoch(1970, 1, 1);
        QDateTime moment = value.toDateTime();
        if (!moment.isValid())
            return RawCell::empty(); // ±infinity
        // QPSQL gives timestamptz as the same moment in local time, timestamp and date as written.
        if (m_instant)
            moment = moment.toUTC();
        const double days =
            double(epoch.daysTo(moment.date())) + moment.time().msecsSinceStartOfDay() / 86'400'000.0;
        return RawCell::ofDateTime(days, value.typeId() == QMetaType::QDate
                                             ? moment.date().toString(Qt::ISODate)
                                             : moment.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")));
    }

    QString m_name;
    int m_scale;
    bool m_instant;
    Kind m_kind = Kind::Text;
    bool m_warned = false;
};

// ---------------------------------------------------------------------------------------------------
// Reading

/// The planner's estimate of the rows @p select returns; 0 when unknown.
double estimatedRows(QSqlQuery& q, const QString& select) {
    Session::exec(q, QStringLiteral("EXPLAIN (FORMAT JSON)\n") + select, select, 1);
    if (!q.next())
        return 0.0;
    const QJsonArray plans = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).array();
    return plans.isEmpty() ? 0.0
                           : plans.first()[QLatin1String("Plan")][QLatin1String("Plan Rows")].toDouble();
}

/// TableBuilder counts the header as row 1; results count their rows from 1.
void countResultRows(ReadResult& result) {
    for (qint64& line : result.sourceLines)
        --line;
    for (QList<ReadIssue>* issues : {&result.errors, &result.warnings})
        for (ReadIssue& issue : *issues)
            issue.line = std::max<qint64>(0, issue.line - 1);
}

/// Reads the rows of the SELECT that @p makeSelect makes once connected.
ReadResult read(const PostgresConnection& connection,
                const std::function<QString(const Session&)>& makeSelect, const TaskControl& control) {
    ReadResult result;
    withSession(connection, result, [&](Session& session) {
        const QString select = makeSelect(session);
        QSqlQuery q = session.query();
        const QString stage = Text::tr("Reading from database '%1'").arg(connection.database);
        control.report(0.0, stage);
        Session::exec(q, QStringLiteral("START TRANSACTION READ ONLY"));
        const double estimate = estimatedRows(q, select);
        Session::exec(q, QStringLiteral("DECLARE %1 NO SCROLL CURSOR FOR\n").arg(kCursor) + select, select,
                      1);

        TableBuilder builder(TableOptions{.headerRow = 1});
        std::vector<ColumnConverter> columns;
        QList<ReadIssue> warnings;
        const QString fetch =
            QStringLiteral("FETCH FORWARD %1 FROM %2").arg(PostgresReader::kFetchRows).arg(kCursor);
        qint64 rows = 0;
        for (qint64 fetched = PostgresReader::kFetchRows; fetched == PostgresReader::kFetchRows;) {
            control.checkCancelled();
            Session::exec(q, fetch);
            if (columns.empty()) {
                const QSqlRecord record = q.record();
                QList<RawCell> header;
                for (int c = 0; c < record.count(); ++c) {
                    columns.emplace_back(record.field(c));
                    header.append(RawCell::ofText(record.fieldName(c)));
                }
                builder.addRow(1, std::move(header));
            }
            for (fetched = 0; q.next(); ++fetched) {
                ++rows;
                QList<RawCell> cells;
                cells.reserve(qsizetype(columns.size()));
                for (int c = 0; c < int(columns.size()); ++c)
                    cells.append(columns[c].cell(q.value(c), rows, warnings));
                builder.addRow(rows + 1, std::move(cells));
                if (rows % kCancelCheckRows == 0)
                    control.checkCancelled();
            }
            control.report(estimate > 0 ? std::min(0.99, double(rows) / estimate) : 0.0,
                           Text::tr("%1: %L2 rows").arg(stage).arg(rows));
        }
        Session::exec(q, QStringLiteral("CLOSE %1").arg(kCursor));
        Session::exec(q, QStringLiteral("COMMIT"));
        builder.finish(result);
        countResultRows(result);
        result.warnings += warnings;
        control.report(1.0, stage);
    });
    return result;
}

} // namespace

// ---------------------------------------------------------------------------------------------------

QStringList PostgresConnection::sslModes() {
    return {QStringLiteral("disable"), QStringLiteral("allow"),     QStringLiteral("prefer"),
            QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
}

bool PostgresConnection::isLocalHost(const QString& host) {
    if (host.isEmpty() || host.startsWith(QLatin1Char('/')) ||
        host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 || host == QLatin1String("::1") ||
        host == QLatin1String("[::1]"))
        return true;
    // 127.0.0.0/8 written as a dotted quad.
    const QStringList parts = host.split(QLatin1Char('.'));
    if (parts.size() != 4 || parts.first() != QLatin1String("127"))
        return false;
    return std::all_of(parts.begin(), parts.end(), [](const QString& part) {
        bool ok = false;
        const int value = part.toInt(&ok);
        return ok && value >= 0 && value <= 255 && !part.startsWith(QLatin1Char('+'));
    });
}

QString PostgresConnection::effectiveSslMode() const {
    const bool fallsBack = sslMode == QLatin1String("prefer") || sslMode == QLatin1String("allow");
    return fallsBack && !isLocalHost(host) ? QStringLiteral("require") : sslMode;
}

QJsonObject PostgresConnection::toJson() const {
    QJsonObject json{{QLatin1String("host"), host},         {QLatin1String("port"), port},
                     {QLatin1String("database"), database}, {QLatin1String("user"), user},
                     {QLatin1String("sslMode"), sslMode},   {QLatin1String("storePassword"), storePassword}};
    if (storePassword)
        json.insert(QLatin1String("password"), password);
    return json;
}

PostgresConnection PostgresConnection::fromJson(const QJsonObject& json) {
    PostgresConnection c;
    c.host = json[QLatin1String("host")].toString(c.host);
    c.port = json[QLatin1String("port")].toInt(c.port);
    c.database = json[QLatin1String("database")].toString(c.database);
    c.user = json[QLatin1String("user")].toString(c.user);
    c.sslMode = json[QLatin1String("sslMode")].toString(c.sslMode);
    c.storePassword = json[QLatin1String("storePassword")].toBool(c.storePassword);
    c.password = json[QLatin1String("password")].toString(c.password);
    return c;
}

PostgresReader::PostgresReader(PostgresConnection connection)
    : m_connection(std::move(connection)) {}

QStringList PostgresReader::tables(QString* error) const {
    QStringList names;
    ReadResult result;
    withSession(m_connection, result, [&](Session& session) { names = listTables(session); });
    if (error)
        *error = result.ok() ? QString() : result.errors.first().message;
    return names;
}

ReadResult PostgresReader::readTable(const QString& name, const TaskControl& control) const {
    return read(
        m_connection,
        [&](const Session& session) { return selectAllFrom(session, name, m_connection.database); }, control);
}

ReadResult PostgresReader::readQuery(const QString& sql, const TaskControl& control) const {
    QString problem;
    const QString statement = readingStatement(sql, &problem);
    if (problem.isEmpty())
        return read(
            m_connection, [&](const Session&) { return statement; }, control);
    ReadResult result;
    result.errors.append(generalIssue(problem));
    return result;
}

} // namespace segmenta
