#include "cli/CliRunner.h"
#include "core/Error.h"
#include "io/PostgresReader.h"

#include <QDate>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

#include <arpa/inet.h>
#include <atomic>
#include <cmath>
#include <mutex>
#include <netinet/in.h>
#include <poll.h>
#include <pwd.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

#include "TestSupport.h"

using namespace segmenta;

Q_DECLARE_METATYPE(segmenta::PostgresConnection)

namespace {

const QString kServerBin = QStringLiteral("/usr/lib/postgresql/15/bin");
const QString kSuperuser = QStringLiteral("segmenta");
const QString kDatabase = QStringLiteral("segmenta_test");
constexpr int kPort = 55432; // the server listens only on a socket in its own directory: no port is taken
constexpr qint64 kBigRows = 200'000;

bool isRoot() {
    return ::geteuid() == 0;
}

double days(int year, int month, int day, double hours = 0.0) {
    return double(QDate(1970, 1, 1).daysTo(QDate(year, month, day))) + hours / 24.0;
}

/// A PostgreSQL impostor on 127.0.0.2 that declines TLS ('N' to the SSLRequest) and, should the client go on
/// unencrypted, asks for the password in clear text and records what it was sent.
class PlaintextServer {
public:
    PlaintextServer() {
        m_socket = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(0x7F000002); // 127.0.0.2
        socklen_t length = sizeof address;
        if (::bind(m_socket, reinterpret_cast<sockaddr*>(&address), length) != 0 ||
            ::listen(m_socket, 4) != 0 ||
            ::getsockname(m_socket, reinterpret_cast<sockaddr*>(&address), &length) != 0)
            return;
        m_port = ntohs(address.sin_port);
        m_thread = std::thread([this] { serve(); });
    }
    ~PlaintextServer() {
        m_stop = true;
        if (m_thread.joinable())
            m_thread.join();
        ::close(m_socket);
    }
    int port() const { return m_port; }
    /// Every byte the client sent after the SSLRequest was declined.
    QByteArray afterDecline() const {
        const std::lock_guard lock(m_mutex);
        return m_received;
    }

private:
    bool readable(int fd) const {
        pollfd p{fd, POLLIN, 0};
        while (!m_stop) {
            if (::poll(&p, 1, 100) > 0)
                return true;
        }
        return false;
    }
    void serve() {
        while (!m_stop) {
            if (!readable(m_socket))
                return;
            const int client = ::accept4(m_socket, nullptr, nullptr, SOCK_CLOEXEC);
            if (client < 0)
                continue;
            char request[8];
            if (::recv(client, request, 8, MSG_WAITALL) == 8 && quint8(request[4]) == 0x04 &&
                quint8(request[5]) == 0xD2) { // 80877103, the SSLRequest code
                ::send(client, "N", 1, MSG_NOSIGNAL);
                bool askedPassword = false;
                char buffer[4096];
                while (readable(client)) {
                    const ssize_t n = ::recv(client, buffer, sizeof buffer, 0);
                    if (n <= 0)
                        break;
                    {
                        const std::lock_guard lock(m_mutex);
                        m_received.append(buffer, n);
                    }
                    if (!askedPassword) { // AuthenticationCleartextPassword
                        askedPassword = true;
                        ::send(client, "R\0\0\0\x08\0\0\0\x03", 9, MSG_NOSIGNAL);
                    }
                }
            }
            ::close(client);
        }
    }

    int m_socket = -1;
    int m_port = 0;
    std::atomic<bool> m_stop{false};
    std::thread m_thread;
    mutable std::mutex m_mutex;
    QByteArray m_received;
};

QString allMessages(const ReadResult& result) {
    QStringList texts;
    for (const ReadIssue& issue : result.errors + result.warnings)
        texts << issue.message;
    return texts.join(QLatin1Char('\n'));
}

} // namespace

class TestPostgresReader : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void connectionJsonOmitsPassword();
    void listsTablesAndViews();
    void readsWholesaleTable();
    void aggregationMatchesCsv();
    void mapsColumnTypes();
    void acceptsOneStatementWithQuotedSemicolons();
    void streamsLargeTableWithProgress();
    void cancelsWithinASecond();
    void refusesWrites_data();
    void refusesWrites();
    void locatesSqlErrors_data();
    void locatesSqlErrors();
    void reportsConnectionProblems_data();
    void reportsConnectionProblems();
    void reportsUnknownTable();
    void reportsPermissionDenied();
    void authenticatesWithPassword();
    void namesLocalHosts_data();
    void namesLocalHosts();
    void sendsNoPasswordToARemoteServerWithoutTls();
    void cliReadsThePasswordFromAFile();
    void cliUsesLibpqsPasswordFile();
    void cliNeverShowsAWrongPassword();

private:
    /// Runs a server binary, as the postgres user when the test runs as root (the server refuses root).
    bool runServerTool(const QString& tool, const QStringList& arguments, QString* output = nullptr);
    /// Runs SQL through psql as the superuser; QFAILs the calling test with psql's output when it fails.
    bool psql(const QString& sql, const QString& database = kDatabase);
    PostgresConnection connection(const QString& user = kSuperuser,
                                  const QString& database = kDatabase) const;
    QString scalar(const QString& sql);

    QTemporaryDir m_dir;
    QString m_dataDir;
    bool m_started = false;
};

bool TestPostgresReader::runServerTool(const QString& tool, const QStringList& arguments, QString* output) {
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    if (isRoot())
        process.start(QStringLiteral("runuser"),
                      QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"),
                                  kServerBin + QLatin1Char('/') + tool} +
                          arguments);
    else
        process.start(kServerBin + QLatin1Char('/') + tool, arguments);
    const bool finished = process.waitForFinished(120'000);
    if (output)
        *output = QString::fromLocal8Bit(process.readAll());
    return finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

bool TestPostgresReader::psql(const QString& sql, const QString& database) {
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(kServerBin + QLatin1String("/psql"),
                  {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"),
                   QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-h"), m_dir.path(),
                   QStringLiteral("-p"), QString::number(kPort), QStringLiteral("-U"), kSuperuser,
                   QStringLiteral("-d"), database});
    process.write(sql.toUtf8());
    process.closeWriteChannel();
    const bool ok = process.waitForFinished(120'000) && process.exitCode() == 0;
    if (!ok)
        qWarning().noquote() << "psql failed:" << process.readAll();
    return ok;
}

PostgresConnection TestPostgresReader::connection(const QString& user, const QString& database) const {
    PostgresConnection c;
    c.host = m_dir.path();
    c.port = kPort;
    c.user = user;
    c.database = database;
    return c;
}

QString TestPostgresReader::scalar(const QString& sql) {
    const ReadResult result = PostgresReader(connection()).readQuery(sql);
    return result.ok() && result.data.rows() == 1 ? result.data.displayText(0, 0) : allMessages(result);
}

void TestPostgresReader::initTestCase() {
    if (!QFileInfo::exists(kServerBin + QLatin1String("/initdb")))
        QFAIL(qPrintable(
            QStringLiteral("PostgreSQL 15 server binaries are missing in %1; run "
                           "packaging/install-deps.sh (as root) to install the postgresql package.")
                .arg(kServerBin)));
    QVERIFY(m_dir.isValid());
    if (isRoot()) {
        const passwd* postgres = ::getpwnam("postgres");
        QVERIFY2(postgres, "the postgres OS user is missing; run packaging/install-deps.sh");
        QCOMPARE(::chown(QFile::encodeName(m_dir.path()).constData(), postgres->pw_uid, postgres->pw_gid), 0);
    }
    m_dataDir = m_dir.filePath(QStringLiteral("data"));
    QString output;
    QVERIFY2(runServerTool(QStringLiteral("initdb"),
                           {QStringLiteral("-D"), m_dataDir, QStringLiteral("-A"), QStringLiteral("trust"),
                            QStringLiteral("-U"), kSuperuser, QStringLiteral("-E"), QStringLiteral("UTF8"),
                            QStringLiteral("--no-locale"), QStringLiteral("--no-sync")},
                           &output),
             qPrintable(output));
    // One user must give a password; everyone else is trusted.
    QFile hba(m_dataDir + QLatin1String("/pg_hba.conf"));
    QVERIFY(hba.open(QIODevice::WriteOnly | QIODevice::Truncate));
    hba.write("local all guarded scram-sha-256\nlocal all all trust\n");
    hba.close();
    QVERIFY2(runServerTool(QStringLiteral("pg_ctl"),
                           {QStringLiteral("-D"), m_dataDir, QStringLiteral("-l"),
                            m_dir.filePath(QStringLiteral("server.log")), QStringLiteral("-o"),
                            QStringLiteral("-k %1 -p %2 -c listen_addresses=''").arg(m_dir.path()).arg(kPort),
                            QStringLiteral("-w"), QStringLiteral("start")},
                           &output),
             qPrintable(output));
    m_started = true;

    QVERIFY(psql(QStringLiteral("CREATE DATABASE %1;").arg(kDatabase), QStringLiteral("postgres")));
    QVERIFY(psql(QStringLiteral(R"(
        CREATE TABLE wholesale ("Channel" integer, "Region" integer, "Fresh" integer, "Milk" integer,
            "Grocery" integer, "Frozen" integer, "Detergents_Paper" integer, "Delicassen" integer);
        \copy wholesale FROM '%1' WITH (FORMAT csv, HEADER true)
        CREATE VIEW region_sizes AS SELECT "Region", count(*) AS customers FROM wholesale GROUP BY "Region";
        CREATE TABLE mixed (id integer, name text, active boolean, joined date, seen timestamp,
            seen_tz timestamptz, balance numeric(20, 4), "Spend ""net"" EUR" double precision, code uuid,
            span interval, big bigint);
        INSERT INTO mixed VALUES
            (1, 'Ana', true, '2020-01-31', '2020-01-31 12:00', '2020-01-31 12:00+02', 12.5, 100.25,
             'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', '1 day 02:00', 9007199254740993),
            (2, NULL, false, NULL, NULL, NULL, 1234567890123456.7891, NULL, NULL, NULL, 1),
            (3, 'Bo', NULL, '1969-12-31', '1970-01-01 06:00', '1970-01-01 00:00-06', -0.0001, -3.5,
             'b0eebc99-9c0b-4ef8-bb6d-6bb9bd380a12', '3 hours', 2);
        CREATE SCHEMA "Sales";
        CREATE TABLE "Sales"."Odd ""Name"" table" (amount integer);
        INSERT INTO "Sales"."Odd ""Name"" table" VALUES (7);
        CREATE TABLE big AS SELECT g AS id, g * 0.5 :: float8 AS x, g % 7 AS grp
            FROM generate_series(1, %2) g;
        ANALYZE;
        CREATE SEQUENCE counter;
        CREATE ROLE reader LOGIN;
        CREATE ROLE guarded LOGIN PASSWORD 'secret';
        GRANT SELECT ON wholesale TO guarded;
    )")
                     .arg(test::sourcePath(QStringLiteral("resources/wholesale_customers.csv")))
                     .arg(kBigRows)));
}

void TestPostgresReader::cleanupTestCase() {
    if (m_started)
        runServerTool(QStringLiteral("pg_ctl"),
                      {QStringLiteral("-D"), m_dataDir, QStringLiteral("-m"), QStringLiteral("immediate"),
                       QStringLiteral("-w"), QStringLiteral("stop")});
}

void TestPostgresReader::connectionJsonOmitsPassword() {
    PostgresConnection c = connection();
    c.password = QStringLiteral("s3cret");
    c.sslMode = QStringLiteral("require");
    const QJsonObject json = c.toJson();
    QVERIFY(!json.contains(QLatin1String("password")));
    QVERIFY(!QJsonDocument(json).toJson().contains("s3cret"));
    PostgresConnection expected = c;
    expected.password.clear();
    QCOMPARE(PostgresConnection::fromJson(json), expected);

    c.storePassword = true;
    QCOMPARE(c.toJson()[QLatin1String("password")].toString(), QStringLiteral("s3cret"));
    QCOMPARE(PostgresConnection::fromJson(c.toJson()), c);
    QCOMPARE(PostgresConnection::fromJson({}), PostgresConnection());
}

void TestPostgresReader::listsTablesAndViews() {
    QString error;
    const QStringList tables = PostgresReader(connection()).tables(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(tables,
             QStringList({QStringLiteral("\"Sales\".\"Odd \"\"Name\"\" table\""),
                          QStringLiteral("public.big"), QStringLiteral("public.mixed"),
                          QStringLiteral("public.region_sizes"), QStringLiteral("public.wholesale")}));
    // Every listed name reads back, quotes and all.
    const ReadResult odd = PostgresReader(connection()).readTable(tables.first());
    QVERIFY2(odd.ok(), qPrintable(allMessages(odd)));
    QCOMPARE(odd.data.rows(), 1);
    QCOMPARE(odd.data.values()(0, 0), 7.0);
}

void TestPostgresReader::readsWholesaleTable() {
    QStringList header;
    const Matrix expected =
        test::loadNumericCsv(QStringLiteral("resources/wholesale_customers.csv"), &header);
    for (const QString& name : {QStringLiteral("public.wholesale"), QStringLiteral("WholeSale")}) {
        const ReadResult result = PostgresReader(connection()).readTable(name);
        QVERIFY2(result.ok(), qPrintable(allMessages(result)));
        QCOMPARE(result.data.columnNames(), header);
        QCOMPARE(result.data.rows(), 440);
        QCOMPARE(test::maxAbsDiff(result.data.values(), expected), 0.0);
        QCOMPARE(result.sourceLines.first(), 1);
        QCOMPARE(result.sourceLines.last(), 440);
        QCOMPARE(toString(result.data.column(2).kind), QStringLiteral("numeric"));
    }
}

void TestPostgresReader::aggregationMatchesCsv() {
    QStringList header;
    const Matrix csv = test::loadNumericCsv(QStringLiteral("resources/wholesale_customers.csv"), &header);
    const Index region = header.indexOf(QStringLiteral("Region"));
    const Index fresh = header.indexOf(QStringLiteral("Fresh"));
    const Index grocery = header.indexOf(QStringLiteral("Grocery"));

    const ReadResult result =
        PostgresReader(connection())
            .readQuery(QStringLiteral("SELECT \"Region\", count(*) AS customers, avg(\"Fresh\") AS "
                                      "mean_fresh, avg(\"Grocery\") AS mean_grocery\n"
                                      "FROM wholesale GROUP BY \"Region\" ORDER BY \"Region\";\n"));
    QVERIFY2(result.ok(), qPrintable(allMessages(result)));
    QVERIFY2(result.warnings.isEmpty(), qPrintable(allMessages(result))); // avg() has no declared scale
    QCOMPARE(result.data.columnNames(),
             QStringList({QStringLiteral("Region"), QStringLiteral("customers"), QStringLiteral("mean_fresh"),
                          QStringLiteral("mean_grocery")}));
    QCOMPARE(result.data.rows(), 3);
    for (Index r = 0; r < 3; ++r) {
        const double code = result.data.values()(r, 0);
        QCOMPARE(code, double(r + 1));
        double count = 0, sumFresh = 0, sumGrocery = 0;
        for (Index i = 0; i < csv.rows(); ++i) {
            if (csv(i, region) == code) {
                ++count;
                sumFresh += csv(i, fresh);
                sumGrocery += csv(i, grocery);
            }
        }
        QCOMPARE(result.data.values()(r, 1), count);
        QVERIFY(std::abs(result.data.values()(r, 2) - sumFresh / count) < 1e-9);
        QVERIFY(std::abs(result.data.values()(r, 3) - sumGrocery / count) < 1e-9);
    }
}

void TestPostgresReader::mapsColumnTypes() {
    const ReadResult result =
        PostgresReader(connection()).readQuery(QStringLiteral("SELECT * FROM mixed ORDER BY id"));
    QVERIFY2(result.ok(), qPrintable(allMessages(result)));
    const DataMatrix& data = result.data;
    QCOMPARE(data.rows(), 3);
    QCOMPARE(data.columnNames(),
             QStringList({QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("active"),
                          QStringLiteral("joined"), QStringLiteral("seen"), QStringLiteral("seen_tz"),
                          QStringLiteral("balance"), QStringLiteral("Spend \"net\" EUR"),
                          QStringLiteral("code"), QStringLiteral("span"), QStringLiteral("big")}));
    const auto value = [&](Index row, const char* column) {
        return data.values()(row, data.columnIndex(QString::fromLatin1(column)));
    };
    // booleans as 0/1, NULL as missing
    QCOMPARE(value(0, "active"), 1.0);
    QCOMPARE(value(1, "active"), 0.0);
    QVERIFY(std::isnan(value(2, "active")));
    QVERIFY(data.isMissing(1, data.columnIndex(QStringLiteral("name"))));
    QCOMPARE(data.displayText(2, data.columnIndex(QStringLiteral("name"))), QStringLiteral("Bo"));
    // dates: days since 1970-01-01 UTC, the fraction being the time of day
    for (const char* column : {"joined", "seen", "seen_tz"})
        QCOMPARE(toString(data.column(data.columnIndex(QString::fromLatin1(column))).kind),
                 QStringLiteral("date"));
    QCOMPARE(value(0, "joined"), days(2020, 1, 31));
    QCOMPARE(value(2, "joined"), -1.0);
    QCOMPARE(value(0, "seen"), days(2020, 1, 31, 12));
    QCOMPARE(value(2, "seen"), 0.25);
    QCOMPARE(value(0, "seen_tz"), days(2020, 1, 31, 10));
    QCOMPARE(value(2, "seen_tz"), 0.25);
    QVERIFY(std::isnan(value(1, "seen_tz")));
    // numbers, and a warning per column whose values a double cannot hold
    QCOMPARE(toString(data.column(data.columnIndex(QStringLiteral("balance"))).kind),
             QStringLiteral("numeric"));
    QCOMPARE(value(0, "balance"), 12.5);
    QCOMPARE(value(1, "balance"), 1234567890123456.7891);
    QCOMPARE(value(2, "balance"), -0.0001);
    QCOMPARE(value(0, "Spend \"net\" EUR"), 100.25);
    QVERIFY(std::isnan(value(1, "Spend \"net\" EUR")));
    QCOMPARE(value(0, "big"), 9007199254740992.0);
    QList<ReadIssue> rounded;
    for (const ReadIssue& warning : result.warnings)
        if (warning.message.contains(QLatin1String("rounded")))
            rounded << warning;
    QCOMPARE(rounded.size(), 2);
    QCOMPARE(rounded[0].columnName, QStringLiteral("big"));
    QCOMPARE(rounded[0].line, 1);
    QVERIFY(rounded[0].message.contains(QLatin1String("9007199254740993")));
    QCOMPARE(rounded[1].columnName, QStringLiteral("balance"));
    QCOMPARE(rounded[1].line, 2);
    QVERIFY(rounded[1].message.contains(QLatin1String("1234567890123456.7891")));
    // other types as their text
    QCOMPARE(data.displayText(0, data.columnIndex(QStringLiteral("code"))),
             QStringLiteral("a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11"));
    QCOMPARE(data.displayText(0, data.columnIndex(QStringLiteral("span"))), QStringLiteral("1 day 02:00:00"));
}

void TestPostgresReader::acceptsOneStatementWithQuotedSemicolons() {
    const ReadResult result =
        PostgresReader(connection())
            .readQuery(QStringLiteral("-- one; statement\nSELECT 'a;b' AS \"x;y\", $tag$;$tag$ AS d, E'\\';' "
                                      "AS e /* ; /* ; */ */;\n"
                                      "-- trailing; comment\n"));
    QVERIFY2(result.ok(), qPrintable(allMessages(result)));
    QCOMPARE(result.data.columnNames(),
             QStringList({QStringLiteral("x;y"), QStringLiteral("d"), QStringLiteral("e")}));
    QCOMPARE(result.data.displayText(0, 0), QStringLiteral("a;b"));
    QCOMPARE(result.data.displayText(0, 2), QStringLiteral("';"));
}

void TestPostgresReader::streamsLargeTableWithProgress() {
    QList<double> fractions;
    const TaskControl control([&](double fraction, const QString&) { fractions << fraction; }, nullptr);
    QElapsedTimer timer;
    timer.start();
    const ReadResult result = PostgresReader(connection()).readTable(QStringLiteral("big"), control);
    const double seconds = timer.nsecsElapsed() / 1e9;
    QVERIFY2(result.ok(), qPrintable(allMessages(result)));
    QCOMPARE(result.data.rows(), kBigRows);
    QCOMPARE(result.data.values().col(0).sum(), double(kBigRows) * (kBigRows + 1) / 2);
    QCOMPARE(result.data.values()(kBigRows - 1, 1), kBigRows * 0.5);
    qInfo("read %lld rows x 3 columns in %.2f s: %.0f rows/s", kBigRows, seconds, kBigRows / seconds);

    QVERIFY(fractions.size() >= kBigRows / PostgresReader::kFetchRows);
    QVERIFY(std::is_sorted(fractions.begin(), fractions.end()));
    QCOMPARE(fractions.last(), 1.0);
    QVERIFY(std::any_of(fractions.begin(), fractions.end(), [](double f) { return f > 0.4 && f < 0.6; }));
}

void TestPostgresReader::cancelsWithinASecond() {
    std::atomic_bool cancel = false;
    QElapsedTimer sinceCancel;
    const TaskControl control(
        [&](double fraction, const QString&) {
            if (fraction > 0.0 && !cancel) {
                cancel = true;
                sinceCancel.start();
            }
        },
        &cancel);
    QVERIFY_THROWS_EXCEPTION(Cancelled,
                             PostgresReader(connection()).readTable(QStringLiteral("big"), control));
    QVERIFY(cancel);
    QVERIFY2(sinceCancel.elapsed() < 1000, qPrintable(QString::number(sinceCancel.elapsed())));
    // The cancelled read left no session behind (the server ends a backend shortly after its client).
    QTRY_COMPARE_WITH_TIMEOUT(scalar(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname = "
                                                    "current_database() AND pid <> pg_backend_pid()")),
                              QStringLiteral("0"), 5000);
}

void TestPostgresReader::refusesWrites_data() {
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("message");
    QTest::newRow("delete") << QStringLiteral("DELETE FROM wholesale")
                            << QStringLiteral("starts with DELETE");
    QTest::newRow("create") << QStringLiteral("  create table intruder (a int)")
                            << QStringLiteral("starts with CREATE");
    QTest::newRow("second statement")
        << QStringLiteral("SELECT 1; DELETE FROM wholesale") << QStringLiteral("more than one statement");
    QTest::newRow("commit first") << QStringLiteral("SELECT 1; COMMIT; DROP TABLE wholesale")
                                  << QStringLiteral("more than one statement");
    QTest::newRow("comment hides nothing") << QStringLiteral("SELECT 1 /* ; */; DROP TABLE wholesale --")
                                           << QStringLiteral("more than one statement");
    QTest::newRow("data-modifying WITH")
        << QStringLiteral("WITH gone AS (DELETE FROM wholesale RETURNING *) SELECT * FROM gone")
        << QStringLiteral("The database rejected the query");
    QTest::newRow("writing function")
        << QStringLiteral("SELECT nextval('counter')") << QStringLiteral("nothing was changed");
    QTest::newRow("empty") << QStringLiteral(" -- nothing\n ;") << QStringLiteral("The query is empty");
}

void TestPostgresReader::refusesWrites() {
    QFETCH(QString, sql);
    QFETCH(QString, message);
    const ReadResult result = PostgresReader(connection()).readQuery(sql);
    QVERIFY(!result.ok());
    QVERIFY2(result.errors.first().message.contains(message), qPrintable(result.errors.first().message));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM wholesale")), QStringLiteral("440"));
    QCOMPARE(scalar(QStringLiteral("SELECT to_regclass('intruder') IS NULL")), QStringLiteral("1"));
    QCOMPARE(scalar(QStringLiteral("SELECT is_called FROM counter")), QStringLiteral("0"));
}

void TestPostgresReader::locatesSqlErrors_data() {
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("message");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<int>("column");
    QTest::newRow("syntax") << QStringLiteral("SELECT \"Fresh\" FROM wholesale\nWHERE \"Region\" = = 3")
                            << QStringLiteral("syntax error at or near \"=\"") << qint64(2) << 18;
    const QString longLine =
        QStringLiteral("SELECT \"Fresh\", \"Milk\", \"Grocery\", \"Frozen\", \"Detergents_Paper\", "
                       "\"Delicassen\" FROM wholesale WHERE \"Region\" = = 3 AND \"Channel\" = 1");
    QTest::newRow("syntax in a long line") << longLine << QStringLiteral("syntax error") << qint64(1)
                                           << int(longLine.indexOf(QLatin1String("= 3")) + 1);
    QTest::newRow("unknown column") << QStringLiteral("SELECT\tnosuch\nFROM wholesale")
                                    << QStringLiteral("column \"nosuch\" does not exist") << qint64(1) << 8;
    QTest::newRow("unknown table in query")
        << QStringLiteral("SELECT * FROM\n  nosuch") << QStringLiteral("relation \"nosuch\" does not exist")
        << qint64(2) << 3;
}

void TestPostgresReader::locatesSqlErrors() {
    QFETCH(QString, sql);
    QFETCH(QString, message);
    QFETCH(qint64, line);
    QFETCH(int, column);
    const ReadResult result = PostgresReader(connection()).readQuery(sql);
    QVERIFY(!result.ok());
    const ReadIssue& issue = result.errors.first();
    QVERIFY2(issue.message.contains(message), qPrintable(issue.message));
    QCOMPARE(issue.line, line);
    QCOMPARE(issue.column, column);
}

void TestPostgresReader::reportsConnectionProblems_data() {
    QTest::addColumn<PostgresConnection>("where");
    QTest::addColumn<QStringList>("mentions");
    PostgresConnection wrongPort = connection();
    wrongPort.port = kPort + 1;
    QTest::newRow("wrong port") << wrongPort
                                << QStringList{m_dir.path(), QString::number(kPort + 1),
                                               QStringLiteral("firewall"), QStringLiteral("Cannot connect")};
    QTest::newRow("unknown database") << connection(kSuperuser, QStringLiteral("nosuchdb"))
                                      << QStringList{QStringLiteral("There is no database 'nosuchdb'")};
    PostgresConnection wrongPassword = connection(QStringLiteral("guarded"));
    wrongPassword.password = QStringLiteral("wrong");
    QTest::newRow("wrong password") << wrongPassword
                                    << QStringList{QStringLiteral("refused user 'guarded'"),
                                                   QStringLiteral("password")};
    PostgresConnection badSsl = connection();
    badSsl.sslMode = QStringLiteral("always");
    QTest::newRow("unknown ssl mode") << badSsl << QStringList{QStringLiteral("Unknown SSL mode 'always'")};
}

void TestPostgresReader::reportsConnectionProblems() {
    QFETCH(PostgresConnection, where);
    QFETCH(QStringList, mentions);
    const PostgresReader reader(where);
    const ReadResult result = reader.readTable(QStringLiteral("wholesale"));
    QCOMPARE(result.errors.size(), 1);
    QString tablesError;
    QVERIFY(reader.tables(&tablesError).isEmpty());
    QCOMPARE(tablesError, result.errors.first().message);
    for (const QString& mention : mentions)
        QVERIFY2(tablesError.contains(mention), qPrintable(tablesError));
}

void TestPostgresReader::reportsUnknownTable() {
    for (const QString& name :
         {QStringLiteral("public.nosuch"), QStringLiteral("a.b.c.d"), QStringLiteral("\"open")}) {
        const ReadResult result = PostgresReader(connection()).readTable(name);
        QCOMPARE(result.errors.size(), 1);
        const QString message = result.errors.first().message;
        QVERIFY2(message.contains(QStringLiteral("There is no table or view '%1'").arg(name)),
                 qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("public.wholesale")), qPrintable(message));
    }
}

void TestPostgresReader::reportsPermissionDenied() {
    const ReadResult result =
        PostgresReader(connection(QStringLiteral("reader"))).readTable(QStringLiteral("wholesale"));
    QCOMPARE(result.errors.size(), 1);
    QVERIFY2(result.errors.first().message.contains(QLatin1String("Permission denied")),
             qPrintable(result.errors.first().message));
    QVERIFY(result.errors.first().message.contains(QLatin1String("wholesale")));
}

void TestPostgresReader::authenticatesWithPassword() {
    PostgresConnection c = connection(QStringLiteral("guarded"));
    c.password = QStringLiteral("secret");
    const ReadResult result =
        PostgresReader(c).readQuery(QStringLiteral("SELECT current_user, count(*) FROM wholesale"));
    QVERIFY2(result.ok(), qPrintable(allMessages(result)));
    QCOMPARE(result.data.displayText(0, 0), QStringLiteral("guarded"));
    QCOMPARE(result.data.values()(0, 1), 440.0);
}

void TestPostgresReader::namesLocalHosts_data() {
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("local");
    QTest::newRow("default socket") << QString() << true;
    QTest::newRow("socket folder") << QStringLiteral("/run/postgresql") << true;
    QTest::newRow("localhost") << QStringLiteral("localhost") << true;
    QTest::newRow("LOCALHOST") << QStringLiteral("LOCALHOST") << true;
    QTest::newRow("127.0.0.1") << QStringLiteral("127.0.0.1") << true;
    QTest::newRow("127.1.2.3") << QStringLiteral("127.1.2.3") << true;
    QTest::newRow("::1") << QStringLiteral("::1") << true;
    QTest::newRow("name") << QStringLiteral("db.example.com") << false;
    QTest::newRow("name starting with localhost") << QStringLiteral("localhost.example.com") << false;
    QTest::newRow("127 as a name") << QStringLiteral("127.example.com") << false;
    QTest::newRow("LAN address") << QStringLiteral("10.0.0.5") << false;
    QTest::newRow("128.0.0.1") << QStringLiteral("128.0.0.1") << false;
    QTest::newRow("out of range") << QStringLiteral("127.0.0.256") << false;
}

void TestPostgresReader::namesLocalHosts() {
    QFETCH(QString, host);
    QFETCH(bool, local);
    QCOMPARE(PostgresConnection::isLocalHost(host), local);
    PostgresConnection c;
    c.host = host;
    QCOMPARE(c.effectiveSslMode(), local ? QStringLiteral("prefer") : QStringLiteral("require"));
    c.sslMode = QStringLiteral("disable"); // the user's explicit choice stands
    QCOMPARE(c.effectiveSslMode(), QStringLiteral("disable"));
}

// The host is a name that is not this computer's; libpq reaches the impostor through PGHOSTADDR, as DNS
// (or a man in the middle) would send it there.
void TestPostgresReader::sendsNoPasswordToARemoteServerWithoutTls() {
    PlaintextServer server;
    QVERIFY2(server.port() > 0, "cannot listen on 127.0.0.2");
    qputenv("PGHOSTADDR", "127.0.0.2");
    PostgresConnection c;
    c.host = QStringLiteral("db.segmenta.invalid");
    c.port = server.port();
    c.user = QStringLiteral("analyst");
    c.database = QStringLiteral("sales");
    c.password = QStringLiteral("Hunter2pw");
    const ReadResult result = PostgresReader(c).readQuery(QStringLiteral("SELECT 1"));
    qunsetenv("PGHOSTADDR");
    QCOMPARE(result.errors.size(), 1);
    QVERIFY2(result.errors.first().message.contains(QLatin1String("does not offer an encrypted connection")),
             qPrintable(result.errors.first().message));
    QVERIFY2(!server.afterDecline().contains("Hunter2pw"), "the password was sent unencrypted");
}

void TestPostgresReader::cliReadsThePasswordFromAFile() {
    QTemporaryDir dir;
    const QString passwordFile = dir.filePath(QStringLiteral("pw"));
    QFile file(passwordFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("secret\n");
    file.close();
    QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("PGPASSWORD"));
    environment.insert(QStringLiteral("PGPASSFILE"), dir.filePath(QStringLiteral("none")));
    const test::CliRun run = test::runCli(
        {QStringLiteral("import"),
         QStringLiteral("postgresql://guarded@/%1?host=%2&port=%3").arg(kDatabase, m_dir.path()).arg(kPort),
         QStringLiteral("--table"), QStringLiteral("wholesale"), QStringLiteral("--password-file"),
         passwordFile, QStringLiteral("--project"), dir.filePath(QStringLiteral("p.segmenta")),
         QStringLiteral("--json")},
        environment);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8())[QLatin1String("rows_imported")].toInt(), 440);
}

void TestPostgresReader::cliUsesLibpqsPasswordFile() {
    QTemporaryDir dir;
    const QString pgpass = dir.filePath(QStringLiteral("pgpass"));
    QFile file(pgpass);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("*:*:*:guarded:secret\n");
    file.close();
    QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("PGPASSWORD"));
    environment.insert(QStringLiteral("PGPASSFILE"), pgpass);
    const test::CliRun run = test::runCli(
        {QStringLiteral("import"),
         QStringLiteral("postgresql://guarded@/%1?host=%2&port=%3").arg(kDatabase, m_dir.path()).arg(kPort),
         QStringLiteral("--query"), QStringLiteral("SELECT count(*) AS n FROM wholesale"),
         QStringLiteral("--project"), dir.filePath(QStringLiteral("p.segmenta"))},
        environment);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
}

void TestPostgresReader::cliNeverShowsAWrongPassword() {
    QTemporaryDir dir;
    const QString passwordFile = dir.filePath(QStringLiteral("pw"));
    QFile file(passwordFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Wrong-Hunter2pw\n");
    file.close();
    QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    const test::CliRun run = test::runCli(
        {QStringLiteral("import"),
         QStringLiteral("postgresql://guarded@/%1?host=%2&port=%3").arg(kDatabase, m_dir.path()).arg(kPort),
         QStringLiteral("--table"), QStringLiteral("wholesale"), QStringLiteral("--password-file"),
         passwordFile, QStringLiteral("--project"), dir.filePath(QStringLiteral("p.segmenta"))});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QLatin1String("refused user 'guarded'")), qPrintable(run.err));
    QVERIFY2(!run.err.contains(QLatin1String("Hunter2pw")), qPrintable(run.err));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("p.segmenta"))));
}

QTEST_GUILESS_MAIN(TestPostgresReader)
#include "TestPostgresReader.moc"
