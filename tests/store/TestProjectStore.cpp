#include "core/Analysis.h"
#include "core/AnalysisSettingsJson.h"
#include "store/AuditLog.h"
#include "store/DatasetRepository.h"
#include "store/ProjectStore.h"
#include "store/RecipeRepository.h"
#include "store/RunReplay.h"
#include "store/RunRepository.h"
#include "store/Schema.h"
#include "store/StoreError.h"
#include "store/Transaction.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <cmath>
#include <limits>
#include <memory>
#include <random>

#include "TestSupport.h"

using namespace segmenta;
using namespace segmenta::test;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
const QString kApplicationIdPragma = QStringLiteral("PRAGMA application_id = %1").arg(0x53474D54); // "SGMT"

// A project on disk or only in memory, reopened the way each lives: from its file, or from the image
// serialize() took when it was closed.
class Project {
public:
    explicit Project(bool inMemory)
        : m_inMemory(inMemory) {}

    QString path() const { return m_dir.filePath(QStringLiteral("project.segmenta")); }
    ProjectStore& store() { return *m_store; }
    ProjectStore& open() {
        m_store = m_inMemory ? ProjectStore::openInMemory(m_image) : ProjectStore::openFile(path());
        return *m_store;
    }
    ProjectStore& reopen() {
        if (m_inMemory)
            m_image = m_store->serialize();
        m_store.reset();
        return open();
    }
    // Opens a database file made by hand: the file itself, or its bytes in memory.
    std::unique_ptr<ProjectStore> openExisting(const QString& file) const {
        if (!m_inMemory)
            return ProjectStore::openFile(file);
        QFile in(file);
        if (!in.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(file));
        return ProjectStore::openInMemory(in.readAll());
    }
    // A file the sqlite3 shell can read.
    QString fileForShell() {
        if (!m_inMemory)
            return path();
        const QString copy = m_dir.filePath(QStringLiteral("image.sqlite"));
        QFile out(copy);
        if (!out.open(QIODevice::WriteOnly) || out.write(m_store->serialize()) < 0)
            qFatal("cannot write %s", qPrintable(copy));
        return copy;
    }
    QString tempPath(const QString& name) const { return m_dir.filePath(name); }

private:
    bool m_inMemory;
    QTemporaryDir m_dir;
    QByteArray m_image;
    std::unique_ptr<ProjectStore> m_store;
};

QVariant scalar(ProjectStore& store, const QString& sql) {
    QSqlQuery query(store.database());
    if (!query.exec(sql) || !query.next())
        qFatal("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
    return query.value(0);
}

qint64 count(ProjectStore& store, const QString& table) {
    return scalar(store, QStringLiteral("SELECT count(*) FROM ") + table).toLongLong();
}

/// The assignments table of a run: (row number, segment from 1), by row number.
std::vector<std::pair<qint64, int>> assignments(ProjectStore& store, qint64 runId) {
    QSqlQuery query(store.database());
    query.exec(
        QStringLiteral("SELECT row_number, segment FROM assignments WHERE run_id = %1 ORDER BY row_number")
            .arg(runId));
    std::vector<std::pair<qint64, int>> found;
    while (query.next())
        found.emplace_back(query.value(0).toLongLong(), query.value(1).toInt());
    return found;
}

QStringList tableNames(ProjectStore& store) {
    QSqlQuery query(store.database());
    query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    QStringList names;
    while (query.next())
        names << query.value(0).toString();
    return names;
}

// Every table with its row count: what "the database is exactly as it was" compares.
QStringList snapshot(ProjectStore& store) {
    QStringList state;
    for (const QString& table : tableNames(store))
        state << table + QLatin1Char('=') +
                     QString::number(count(store, QLatin1Char('"') + table + QLatin1Char('"')));
    return state;
}

// Runs `statements` on a new SQLite file, outside the store, as another program or an old version would.
void makeDatabase(const QString& path, const QStringList& statements) {
    const QString name = QStringLiteral("hand-made");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            qFatal("cannot create %s", qPrintable(path));
        QSqlQuery query(db);
        for (const QString& sql : statements)
            if (!query.exec(sql))
                qFatal("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

// Headers and texts that break naive SQL: spaces, brackets, quotes, SQLite's case-blind names, unicode.
DataMatrix awkwardTable() {
    Matrix values(4, 7);
    values << 15.5, 2, 101, 0, 1, 19000, 1,   //
        kNaN, 0, 102, 1, 2, 19001.5, -2.5,    //
        -3.25, kNaN, 103, 0, 2, kNaN, 1e-300, //
        1e300, 4, 104, kNaN, kNaN, 0, 4;
    return DataMatrix(
        values, {columnInfo(QStringLiteral("Annual Income (k$)"), ColumnKind::Numeric, ColumnRole::Feature),
                 columnInfo(QStringLiteral("Say \"hi\""), ColumnKind::Categorical, ColumnRole::Label,
                            {QStringLiteral("Zoë"), QStringLiteral("a \"quoted\" one"),
                             QStringLiteral("日本語"), QStringLiteral("it's"), QString()}),
                 columnInfo(QStringLiteral("row_number"), ColumnKind::Identifier, ColumnRole::Identifier),
                 columnInfo(QStringLiteral("Name"), ColumnKind::Text, ColumnRole::Ignored,
                            {QStringLiteral("Ann"), QStringLiteral("Bob")}, true),
                 columnInfo(QStringLiteral("name"), ColumnKind::Categorical, ColumnRole::Feature),
                 columnInfo(QStringLiteral("Joined"), ColumnKind::Date, ColumnRole::Ignored),
                 columnInfo(QStringLiteral("x\"; DROP TABLE datasets; --"), ColumnKind::Numeric,
                            ColumnRole::Feature)});
}

bool sameValues(const Matrix& a, const Matrix& b) {
    if (a.rows() != b.rows() || a.cols() != b.cols())
        return false;
    for (Index i = 0; i < a.size(); ++i)
        if (!(a.data()[i] == b.data()[i] || (std::isnan(a.data()[i]) && std::isnan(b.data()[i]))))
            return false;
    return true;
}

bool same(double a, double b) {
    return a == b || (std::isnan(a) && std::isnan(b));
}

QByteArray sha256(const QByteArray& bytes) {
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

AnalysisSettings wholesaleSettings() {
    FeatureStep step;
    step.transform = Transform::Log1p;
    step.outliers = OutlierRule::DropTukey;
    AnalysisSettings settings;
    settings.recipe = Recipe::uniform({QStringLiteral("Fresh"), QStringLiteral("Milk"),
                                       QStringLiteral("Grocery"), QStringLiteral("Frozen"),
                                       QStringLiteral("Detergents_Paper"), QStringLiteral("Delicassen")},
                                      step);
    settings.recipe.dropTukeyMinFeatures = 2;
    settings.sweep.kMin = 2;
    settings.sweep.kMax = 5;
    settings.sweep.kmeans.nInit = 3;
    settings.sweep.kmeans.seed = 7;
    return settings;
}

// The wholesale sample stored, loaded back and segmented: rows dropped as outliers make the mapping from
// kept rows to row numbers non-trivial.
struct WholesaleRun {
    qint64 datasetId = 0;
    qint64 runId = 0;
    AnalysisResult result;
    AnalysisSettings settings;
};

WholesaleRun addWholesaleRun(ProjectStore& store) {
    WholesaleRun run;
    DatasetRepository datasets(store);
    run.datasetId = datasets.add(QStringLiteral("wholesale"), QStringLiteral("wholesale_customers.csv"),
                                 sha256("wholesale"), wholesaleTable(), {}, {});
    const AnalysisSettings settings = wholesaleSettings();
    run.result = runAnalysis(datasets.load(run.datasetId), settings);
    run.settings = settings;
    run.runId = RunRepository(store).add(run.datasetId, run.settings, run.result);
    return run;
}

const QStringList kRunTables{QStringLiteral("runs"), QStringLiteral("run_scores"),
                             QStringLiteral("run_models"), QStringLiteral("assignments"),
                             QStringLiteral("segments")};

// The sqlite3 shell's answer to `sql` on `file` as JSON rows.
QJsonArray shell(const QString& file, const QString& sql) {
    QProcess process;
    process.start(QStringLiteral("sqlite3"),
                  {QStringLiteral("-json"), QStringLiteral("-readonly"), file, sql});
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        qFatal("sqlite3 failed: %s", process.readAllStandardError().constData());
    return QJsonDocument::fromJson(process.readAllStandardOutput()).array();
}

} // namespace

class TestProjectStore : public QObject {
    Q_OBJECT

private slots:
    void initTestCase_data();
    void createsAndReopens();
    void closeRemovesConnection();
    void migratesOlderVersions_data();
    void migratesOlderVersions();
    void refusesFilesItCannotRead_data();
    void refusesFilesItCannotRead();
    void datasetRoundTrip();
    void dataTableReadableInSqliteShell();
    void failedAddLeavesProjectAsItWas();
    void nestedTransactionRollsBackTogether();
    void closedConnectionFails();
    void runRoundTrip();
    void failedRunAddLeavesProjectAsItWas();
    void replayGivesTheStoredRun();
    void segmentRenamePersists();
    void chosenKPersists();
    void auditEntries();
    void recipeRoundTrip();
    void datasetWithRunsCannotBeRemoved();
    void otherThreadIsRefused();
    void bulkInsertRate();
};

void TestProjectStore::initTestCase_data() {
    QTest::addColumn<bool>("inMemory");
    QTest::newRow("file") << false;
    QTest::newRow("memory") << true;
}

void TestProjectStore::createsAndReopens() {
    QFETCH_GLOBAL(bool, inMemory);
    Project project(inMemory);
    ProjectStore& store = project.open();
    QCOMPARE(scalar(store, QStringLiteral("PRAGMA user_version")).toInt(), Schema::currentVersion());
    QCOMPARE(scalar(store, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    const QStringList expected{
        QStringLiteral("assignments"), QStringLiteral("audit_log"), QStringLiteral("dataset_columns"),
        QStringLiteral("datasets"),    QStringLiteral("recipes"),   QStringLiteral("run_models"),
        QStringLiteral("run_scores"),  QStringLiteral("runs"),      QStringLiteral("segments")};
    QCOMPARE(tableNames(store), expected);
    QCOMPARE(QFileInfo::exists(project.path()), !inMemory);
    DatasetRepository(store).add(QStringLiteral("first"), QStringLiteral("a.csv"), sha256("a"),
                                 awkwardTable(), {}, {});

    ProjectStore& reopened = project.reopen();
    QCOMPARE(scalar(reopened, QStringLiteral("PRAGMA user_version")).toInt(), Schema::currentVersion());
    QCOMPARE(scalar(reopened, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    QCOMPARE(DatasetRepository(reopened).list().size(), 1);
}

void TestProjectStore::closeRemovesConnection() {
    QFETCH_GLOBAL(bool, inMemory);
    const qsizetype before = QSqlDatabase::connectionNames().size();
    Project first(inMemory);
    Project second(inMemory);
    first.open();
    second.open();
    QCOMPARE(QSqlDatabase::connectionNames().size(), before + 2);
    first.store().close();
    QVERIFY(!first.store().isOpen());
    QCOMPARE(QSqlDatabase::connectionNames().size(), before + 1);
    QCOMPARE(DatasetRepository(second.store()).list().size(), 0);
}

void TestProjectStore::migratesOlderVersions_data() {
    QTest::addColumn<QStringList>("statements");
    QTest::addColumn<qint64>("datasets");
    QTest::newRow("v0: empty") << QStringList{} << qint64(0);
    // Format 1 as the first release wrote it: datasets and the audit log, no runs yet.
    QTest::newRow("v1: one dataset")
        << QStringList{QStringLiteral(
                           "CREATE TABLE datasets (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, "
                           "source TEXT NOT NULL, imported_at TEXT NOT NULL, source_sha256 TEXT NOT NULL, "
                           "row_count INTEGER NOT NULL, column_count INTEGER NOT NULL, "
                           "import_report TEXT NOT NULL DEFAULT '{}')"),
                       QStringLiteral("CREATE INDEX datasets_by_hash ON datasets (source_sha256)"),
                       QStringLiteral(
                           "CREATE TABLE dataset_columns (dataset_id INTEGER NOT NULL REFERENCES datasets "
                           "(id) "
                           "ON DELETE CASCADE, position INTEGER NOT NULL, name TEXT NOT NULL, kind TEXT NOT "
                           "NULL, "
                           "role TEXT NOT NULL, pii INTEGER NOT NULL, levels TEXT NOT NULL DEFAULT '[]', "
                           "PRIMARY KEY (dataset_id, position))"),
                       QStringLiteral("CREATE TABLE audit_log (id INTEGER PRIMARY KEY, at TEXT NOT NULL, "
                                      "action TEXT NOT NULL, "
                                      "details TEXT NOT NULL DEFAULT '{}')"),
                       QStringLiteral("INSERT INTO datasets VALUES (1, 'old', 'old.csv', "
                                      "'2024-01-01T00:00:00.000Z', 'ab', 2, 1, "
                                      "'{}')"),
                       QStringLiteral(
                           "INSERT INTO dataset_columns VALUES (1, 0, 'x', 'numeric', 'feature', 0, '[]')"),
                       QStringLiteral("CREATE TABLE \"data_1\" (row_number INTEGER PRIMARY KEY, source_line "
                                      "INTEGER, \"x\" REAL)"),
                       QStringLiteral("INSERT INTO data_1 VALUES (1, 2, 1.5), (2, 3, NULL)"),
                       kApplicationIdPragma,
                       QStringLiteral("PRAGMA user_version = 1")}
        << qint64(1);
}

void TestProjectStore::migratesOlderVersions() {
    QFETCH_GLOBAL(bool, inMemory);
    QFETCH(QStringList, statements);
    QFETCH(qint64, datasets);
    Project project(inMemory);
    const QString file = project.tempPath(QStringLiteral("old.segmenta"));
    if (statements.isEmpty())
        QVERIFY(QFile(file).open(QIODevice::WriteOnly));
    else
        makeDatabase(file, statements);

    const std::unique_ptr<ProjectStore> store = project.openExisting(file);
    QCOMPARE(scalar(*store, QStringLiteral("PRAGMA user_version")).toInt(), Schema::currentVersion());
    QVERIFY(tableNames(*store).contains(QStringLiteral("runs")));
    DatasetRepository repository(*store);
    QCOMPARE(repository.list().size(), datasets);
    if (datasets > 0) {
        const DataMatrix old = repository.load(1);
        QCOMPARE(old.columnNames(), QStringList{QStringLiteral("x")});
        QVERIFY(sameValues(old.values(), (Matrix(2, 1) << 1.5, kNaN).finished()));
    }
}

void TestProjectStore::refusesFilesItCannotRead_data() {
    QTest::addColumn<QStringList>("statements");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason");
    const QString table = QStringLiteral("CREATE TABLE things (id INTEGER PRIMARY KEY, what TEXT)");
    const QString row = QStringLiteral("INSERT INTO things (what) VALUES ('precious')");
    QTest::newRow("newer version")
        << QStringList{table, row, kApplicationIdPragma,
                       QStringLiteral("PRAGMA user_version = %1").arg(Schema::currentVersion() + 1)}
        << QByteArray() << QStringLiteral("newer version");
    QTest::newRow("another program's database")
        << QStringList{table, row} << QByteArray() << QStringLiteral("not a Segmenta project");
    QTest::newRow("another program's versioned database")
        << QStringList{table, row, QStringLiteral("PRAGMA user_version = 1")} << QByteArray()
        << QStringLiteral("not a Segmenta project");
    QTest::newRow("not a database") << QStringList{} << QByteArray("Fresh,Milk\n1,2\n").repeated(100)
                                    << QStringLiteral("not a Segmenta project");
}

void TestProjectStore::refusesFilesItCannotRead() {
    QFETCH_GLOBAL(bool, inMemory);
    QFETCH(QStringList, statements);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);
    Project project(inMemory);
    const QString file = project.tempPath(QStringLiteral("foreign.segmenta"));
    if (statements.isEmpty()) {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly) && out.write(bytes) == bytes.size());
    } else {
        makeDatabase(file, statements);
    }
    QFile in(file);
    QVERIFY(in.open(QIODevice::ReadOnly));
    const QByteArray before = in.readAll();
    in.close();
    const QDateTime modified = QFileInfo(file).lastModified();

    QString message;
    try {
        project.openExisting(file);
    } catch (const StoreError& error) {
        message = error.message();
    }
    QVERIFY2(message.contains(reason), qPrintable(message));
    QVERIFY2(message.contains(inMemory ? QStringLiteral("(in memory)") : file), qPrintable(message));
    QVERIFY(in.open(QIODevice::ReadOnly));
    QCOMPARE(in.readAll(), before);
    QCOMPARE(QFileInfo(file).lastModified(), modified);
    QCOMPARE(QDir(project.tempPath(QString())).entryList(QDir::Files),
             QStringList{QStringLiteral("foreign.segmenta")});
}

void TestProjectStore::datasetRoundTrip() {
    QFETCH_GLOBAL(bool, inMemory);
    Project project(inMemory);
    const DataMatrix data = awkwardTable();
    const QJsonObject report{{QStringLiteral("delimiter"), QStringLiteral(";")},
                             {QStringLiteral("warnings"), QJsonArray{QStringLiteral("line 3: ünïcode")}}};
    const qint64 id = DatasetRepository(project.open())
                          .add(QStringLiteral("Kunden 2024 «Q1»"), QStringLiteral("/data/kunden.csv"),
                               sha256("kunden"), data, {2, 3, 5, 6}, report);
    DatasetRepository(project.store())
        .add(QStringLiteral("same source again"), QStringLiteral("/data/kunden.csv"), sha256("kunden"), data,
             {}, {});

    DatasetRepository datasets(project.reopen());
    const DataMatrix loaded = datasets.load(id);
    QCOMPARE(loaded.columns(), data.columns());
    QVERIFY(sameValues(loaded.values(), data.values()));

    const std::optional<DatasetInfo> info = datasets.findByName(QStringLiteral("Kunden 2024 «Q1»"));
    QVERIFY(info.has_value());
    QCOMPARE(info->id, id);
    QCOMPARE(info->source, QStringLiteral("/data/kunden.csv"));
    QCOMPARE(info->sourceSha256, sha256("kunden"));
    QCOMPARE(info->rowCount, 4);
    QCOMPARE(info->columnCount, 7);
    QCOMPARE(info->importReport, report);
    QVERIFY(qAbs(info->importedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    QVERIFY(!datasets.findByName(QStringLiteral("kunden 2024 «q1»")).has_value());
    QCOMPARE(datasets.findByHash(sha256("kunden")).size(), 2);
    QCOMPARE(datasets.findByHash(sha256("other")).size(), 0);
    QCOMPARE(datasets.list().size(), 2);
    QCOMPARE(scalar(project.store(), QStringLiteral("SELECT group_concat(source_line) FROM data_%1").arg(id)),
             QVariant(QStringLiteral("2,3,5,6")));

    datasets.remove(id);
    QCOMPARE(datasets.list().size(), 1);
    QVERIFY(!tableNames(project.store()).contains(QStringLiteral("data_%1").arg(id)));
    QCOMPARE(count(project.store(), QStringLiteral("dataset_columns")), 7);
}

void TestProjectStore::dataTableReadableInSqliteShell() {
    QFETCH_GLOBAL(bool, inMemory);
    if (QStandardPaths::findExecutable(QStringLiteral("sqlite3")).isEmpty())
        QSKIP("the sqlite3 shell is not installed");
    Project project(inMemory);
    const qint64 id = DatasetRepository(project.open())
                          .add(QStringLiteral("awkward"), QStringLiteral("a.csv"), sha256("a"),
                               awkwardTable(), {2, 3, 5, 6}, {});
    const QString file = project.fileForShell();
    const QString table = QStringLiteral("data_%1").arg(id);

    QStringList types;
    for (const QJsonValue& c : shell(file, QStringLiteral("PRAGMA table_info(%1)").arg(table)))
        types << c[QStringLiteral("name")].toString() + QLatin1Char(' ') +
                     c[QStringLiteral("type")].toString();
    QCOMPARE(types, (QStringList{QStringLiteral("row_number INTEGER"), QStringLiteral("source_line INTEGER"),
                                 QStringLiteral("Annual Income (k$) REAL"), QStringLiteral("Say \"hi\" TEXT"),
                                 QStringLiteral("row_number (2) REAL"), QStringLiteral("Name TEXT"),
                                 QStringLiteral("name (2) REAL"), QStringLiteral("Joined REAL"),
                                 QStringLiteral("x\"; DROP TABLE datasets; -- REAL")}));

    const QJsonArray rows = shell(file, QStringLiteral("SELECT * FROM %1 ORDER BY row_number").arg(table));
    QCOMPARE(rows.size(), 4);
    const QJsonObject first = rows.at(0).toObject();
    QCOMPARE(first[QStringLiteral("row_number")].toInteger(), 1);
    QCOMPARE(first[QStringLiteral("source_line")].toInteger(), 2);
    QCOMPARE(first[QStringLiteral("Annual Income (k$)")].toDouble(), 15.5);
    QCOMPARE(first[QStringLiteral("Say \"hi\"")].toString(), QStringLiteral("日本語"));
    QCOMPARE(first[QStringLiteral("row_number (2)")].toDouble(), 101.0);
    QCOMPARE(first[QStringLiteral("Name")].toString(), QStringLiteral("Ann"));
    QVERIFY(rows.at(1)[QStringLiteral("Annual Income (k$)")].isNull());
    QCOMPARE(rows.at(1)[QStringLiteral("Say \"hi\"")].toString(), QStringLiteral("Zoë"));
    QVERIFY(rows.at(2)[QStringLiteral("Say \"hi\"")].isNull());
    QCOMPARE(rows.at(3)[QStringLiteral("Say \"hi\"")].toString(), QString()); // the empty text, not missing
    QVERIFY(rows.at(3)[QStringLiteral("Say \"hi\"")].isString());

    const QJsonArray typed =
        shell(file, QStringLiteral(
                        "SELECT typeof(\"Annual Income (k$)\") AS income, typeof(\"Say \"\"hi\"\"\") AS say, "
                        "typeof(Joined) AS joined FROM %1 WHERE row_number = 1")
                        .arg(table));
    QCOMPARE(typed.at(0).toObject(), (QJsonObject{{QStringLiteral("income"), QStringLiteral("real")},
                                                  {QStringLiteral("say"), QStringLiteral("text")},
                                                  {QStringLiteral("joined"), QStringLiteral("real")}}));
}

void TestProjectStore::failedAddLeavesProjectAsItWas() {
    QFETCH_GLOBAL(bool, inMemory);
    Project project(inMemory);
    ProjectStore& store = project.open();
    DatasetRepository datasets(store);
    datasets.add(QStringLiteral("good"), QStringLiteral("good.csv"), sha256("good"), awkwardTable(), {}, {});
    AuditLog(store).record(QStringLiteral("dataset.import"));
    const QStringList before = snapshot(store);

    // Several batches are written before the last row's text code turns out not to be one of its levels.
    constexpr Index rows = 12345;
    Matrix values = Matrix::Zero(rows, 2);
    values(rows - 1, 1) = 2;
    const DataMatrix bad(values, {columnInfo(QStringLiteral("n"), ColumnKind::Numeric, ColumnRole::Feature),
                                  columnInfo(QStringLiteral("t"), ColumnKind::Categorical, ColumnRole::Label,
                                             {QStringLiteral("a"), QStringLiteral("b")})});
    QString message;
    try {
        datasets.add(QStringLiteral("bad"), QStringLiteral("bad.csv"), sha256("bad"), bad, {}, {});
    } catch (const StoreError& error) {
        message = error.message();
    }
    QVERIFY2(message.contains(QStringLiteral("'t', row 12345")), qPrintable(message));
    QCOMPARE(snapshot(store), before);

    QVERIFY_THROWS_EXCEPTION(StoreError, datasets.add(QStringLiteral("good"), QStringLiteral("x.csv"),
                                                      sha256("x"), awkwardTable(), {}, {}));
    QVERIFY_THROWS_EXCEPTION(StoreError, datasets.add(QStringLiteral("lines"), QStringLiteral("x.csv"),
                                                      sha256("x"), awkwardTable(), {1}, {}));
    QCOMPARE(snapshot(project.reopen()), before);
}

void TestProjectStore::nestedTransactionRollsBackTogether() {
    QFETCH_GLOBAL(bool, inMemory);
    Project project(inMemory);
    ProjectStore& store = project.open();
    const QStringList before = snapshot(store);
    {
        Transaction outer(store);
        DatasetRepository(store).add(QStringLiteral("inner"), QStringLiteral("a.csv"), sha256("a"),
                                     awkwardTable(), {}, {});
        AuditLog(store).record(QStringLiteral("dataset.import"));
        QCOMPARE(DatasetRepository(store).list().size(), 1);
    }
    QCOMPARE(snapshot(store), before);
    {
        Transaction outer(store);
        DatasetRepository(store).add(QStringLiteral("inner"), QStringLiteral("a.csv"), sha256("a"),
                                     awkwardTable(), {}, {});
        AuditLog(store).record(QStringLiteral("dataset.import"));
        outer.commit();
    }
    QCOMPARE(DatasetRepository(project.reopen()).list().size(), 1);
    QCOMPARE(AuditLog(project.store()).entries().size(), 1);
}

void TestProjectStore::closedConnectionFails() {
    QFETCH_GLOBAL(bool, inMemory);
    Project project(inMemory);
    ProjectStore& store = project.open();
    store.close();
    QString message;
    try {
        DatasetRepository(store).add(QStringLiteral("late"), QStringLiteral("a.csv"), sha256("a"),
                                     awkwardTable(), {}, {});
    } catch (const StoreError& error) {
        message = error.message();
    }
    QVERIFY2(message.contains(QStringLiteral("is closed")), qPrintable(message));
    QVERIFY(message.contains(store.location()));
    if (!inMemory) // an in-memory project is gone once closed
        QCOMPARE(DatasetRepository(project.open()).list().size(), 0);
}

void TestProjectStore::runRoundTrip() {
    QFETCH_GLOBAL(bool, inMemory);
    Project project(inMemory);
    const WholesaleRun added = addWholesaleRun(project.open());
    const AnalysisResult& result = added.result;
    QVERIFY(result.prepared.rows.size() < 440); // outliers dropped: row indices are not 0..n-1

    RunRepository runs(project.reopen());
    const StoredRun run = runs.load(added.runId);
    QCOMPARE(run.info.id, added.runId);
    QCOMPARE(run.info.datasetId, added.datasetId);
    QCOMPARE(run.info.parameters, toJson(added.settings));
    QCOMPARE(analysisSettingsFromJson(run.info.parameters).sweep.kmeans.seed,
             added.settings.sweep.kmeans.seed);
    QCOMPARE(run.info.seed, quint64(7));
    QCOMPARE(run.info.appVersion, QStringLiteral(SEGMENTA_VERSION));
    QCOMPARE(run.info.dataSha256,
             QCryptographicHash::hash(
                 QByteArrayView(reinterpret_cast<const char*>(result.prepared.features.data()),
                                qsizetype(result.prepared.features.size() * sizeof(double))),
                 QCryptographicHash::Sha256));
    QCOMPARE(run.info.seconds, result.seconds);
    QCOMPARE(run.info.chosenK, result.k);
    QCOMPARE(run.info.recommendedK, result.sweep.recommendation.k);
    QCOMPARE(run.info.recommendationReason, result.sweep.recommendation.reason);
    QVERIFY(qAbs(run.info.createdAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);

    QCOMPARE(run.scores.size(), result.sweep.scores.size());
    for (std::size_t i = 0; i < run.scores.size(); ++i) {
        const KScore& s = run.scores[i];
        const KScore& e = result.sweep.scores[i];
        QCOMPARE(s.k, e.k);
        QVERIFY(same(s.inertia, e.inertia) && same(s.silhouette, e.silhouette) &&
                same(s.calinskiHarabasz, e.calinskiHarabasz) && same(s.daviesBouldin, e.daviesBouldin) &&
                same(s.smallestShare, e.smallestShare) && same(s.seconds, e.seconds));
        QCOMPARE(s.iterations, e.iterations);
    }
    QCOMPARE(run.models.size(), result.sweep.models.size());
    for (const SweepModel& expected : result.sweep.models) {
        const StoredModel& model = run.model(expected.k);
        QVERIFY(model.centroids == expected.centroids); // bit for bit
        QCOMPARE(model.sizes, expected.sizes);
        QCOMPARE(model.labels, expected.labels);
        QCOMPARE(model.rowNumbers.size(), result.prepared.rows.size());
        for (std::size_t i = 0; i < model.rowNumbers.size(); ++i)
            QCOMPARE(model.rowNumbers[i], qint64(result.prepared.rows[i] + 1));
    }
    QVERIFY_THROWS_EXCEPTION(StoreError, run.model(99));

    QCOMPARE(run.segments.size(), qsizetype(result.profiles.size()));
    for (qsizetype s = 0; s < run.segments.size(); ++s) {
        QCOMPARE(run.segments[s].k, result.k);
        QCOMPARE(run.segments[s].segment, result.profiles[std::size_t(s)].segment);
        QCOMPARE(run.segments[s].suggestedName, result.profiles[std::size_t(s)].suggestedName);
        QCOMPARE(run.segments[s].displayName(), result.profiles[std::size_t(s)].suggestedName);
    }

    // The chosen K's assignments, inspectable: row numbers of the source, segments numbered from 1.
    std::vector<std::pair<qint64, int>> expected;
    for (std::size_t i = 0; i < result.prepared.rows.size(); ++i)
        expected.emplace_back(qint64(result.prepared.rows[i] + 1), result.model().labels[i] + 1);
    QCOMPARE(assignments(project.store(), added.runId), expected);

    const QList<RunInfo> listed = runs.list(added.datasetId);
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.first().id, added.runId);
    QCOMPARE(runs.list(added.datasetId + 1).size(), 0);
    QVERIFY_THROWS_EXCEPTION(StoreError, runs.load(added.runId + 1));
}

void TestProjectStore::failedRunAddLeavesProjectAsItWas() {
    QFETCH_GLOBAL(bool, inMemory);
    Project project(inMemory);
    ProjectStore& store = project.open();
    const WholesaleRun added = addWholesaleRun(store);
    const QStringList before = snapshot(store);
    RunRepository runs(store);

    // The last model is written after the run, its scores and the other models.
    AnalysisResult broken = added.result;
    broken.sweep.models.back().labels.pop_back();
    QVERIFY_THROWS_EXCEPTION(StoreError, runs.add(added.datasetId, added.settings, broken));
    QCOMPARE(snapshot(store), before);

    QVERIFY_THROWS_EXCEPTION(StoreError, runs.add(added.datasetId + 1, added.settings, added.result));
    QCOMPARE(snapshot(project.reopen()), before);
}

void TestProjectStore::replayGivesTheStoredRun() {
    QFETCH_GLOBAL(bool, inMemory);
    Project project(inMemory);
    const WholesaleRun added = addWholesaleRun(project.open());
    ProjectStore& store = project.reopen();
    const DataMatrix data = DatasetRepository(store).load(added.datasetId);
    const StoredRun run = RunRepository(store).load(added.runId);
    const int other = added.result.k == 2 ? 3 : 2;
    for (const int k : {added.result.k, other}) {
        const AnalysisResult replayed = replayRun(data, run, k);
        QCOMPARE(replayed.k, k);
        QCOMPARE(replayed.model().labels, run.model(k).labels);
        QVERIFY(replayed.model().centroids == run.model(k).centroids);
        QCOMPARE(int(replayed.profiles.size()), k);
    }

    // A run whose stored segments no longer match what its settings give is refused, not shown wrongly.
    StoredRun tampered = run;
    std::swap(tampered.models.front().labels.front(), tampered.models.front().labels.back());
    QVERIFY(tampered.models.front().labels != run.models.front().labels);
    QVERIFY_THROWS_EXCEPTION(StoreError, replayRun(data, tampered, tampered.models.front().k));
    QVERIFY_THROWS_EXCEPTION(StoreError, replayRun(data, run, 99));
}

void TestProjectStore::segmentRenamePersists() {
    QFETCH_GLOBAL(bool, inMemory);
    Project project(inMemory);
    const WholesaleRun added = addWholesaleRun(project.open());
    const int chosen = added.result.k;
    const int other = chosen == 2 ? 3 : 2;
    RunRepository runs(project.store());
    runs.setSegmentName(added.runId, chosen, 0, QStringLiteral("Cafés & \"Hotels\""),
                        QStringLiteral("call monthly"));
    runs.setSegmentName(added.runId, other, 1, QStringLiteral("Other K"), QString());
    QVERIFY_THROWS_EXCEPTION(StoreError,
                             runs.setSegmentName(added.runId, chosen, chosen, QStringLiteral("x"), {}));
    QVERIFY_THROWS_EXCEPTION(StoreError, runs.setSegmentName(added.runId, 99, 0, QStringLiteral("x"), {}));

    const StoredRun run = RunRepository(project.reopen()).load(added.runId);
    const StoredSegment renamed{chosen, 0, added.result.profiles.front().suggestedName,
                                QStringLiteral("Cafés & \"Hotels\""), QStringLiteral("call monthly")};
    QVERIFY(run.segments.contains(renamed));
    QCOMPARE(renamed.displayName(), QStringLiteral("Cafés & \"Hotels\""));
    QVERIFY(run.segments.contains(StoredSegment{other, 1, QString(), QStringLiteral("Other K"), QString()}));
    QCOMPARE(run.segments.size(), qsizetype(chosen + 1));
}

// Choosing another K makes it the run's K everywhere: reopening, the assignments, and the reports, which
// replay the run at its chosen K.
void TestProjectStore::chosenKPersists() {
    QFETCH_GLOBAL(bool, inMemory);
    Project project(inMemory);
    const WholesaleRun added = addWholesaleRun(project.open());
    const int first = added.result.k;
    const int other = first == 2 ? 3 : 2;
    RunRepository runs(project.store());
    runs.setSegmentName(added.runId, other, 1, QStringLiteral("Hotels"), QStringLiteral("call monthly"));
    const DataMatrix data = DatasetRepository(project.store()).load(added.datasetId);
    const AnalysisResult atOther = replayRun(data, runs.load(added.runId), other);
    QStringList suggested;
    for (const SegmentProfile& profile : atOther.profiles)
        suggested << profile.suggestedName;
    QVERIFY_THROWS_EXCEPTION(StoreError, runs.setChosenK(added.runId, 99, suggested));
    QVERIFY_THROWS_EXCEPTION(StoreError, runs.setChosenK(added.runId, other, suggested.mid(1)));
    QCOMPARE(RunRepository(project.store()).load(added.runId).info.chosenK, first);
    runs.setChosenK(added.runId, other, suggested);

    const StoredRun run = RunRepository(project.reopen()).load(added.runId);
    QCOMPARE(run.info.chosenK, other);
    QCOMPARE(run.info.recommendedK, added.result.sweep.recommendation.k);
    std::vector<std::pair<qint64, int>> expected;
    for (std::size_t i = 0; i < run.model(other).labels.size(); ++i)
        expected.emplace_back(run.model(other).rowNumbers[i], run.model(other).labels[i] + 1);
    QCOMPARE(assignments(project.store(), added.runId), expected);
    QVERIFY(run.segments.contains(
        StoredSegment{other, 1, suggested[1], QStringLiteral("Hotels"), QStringLiteral("call monthly")}));
    QVERIFY(run.segments.contains(StoredSegment{other, 0, suggested[0], QString(), QString()}));
    QCOMPARE(replayRun(data, run, run.info.chosenK).model().labels, atOther.model().labels);
}

void TestProjectStore::auditEntries() {
    QFETCH_GLOBAL(bool, inMemory);
    Project project(inMemory);
    AuditLog log(project.open());
    const QJsonObject details{{QStringLiteral("dataset"), QStringLiteral("Kunden «Q1»")},
                              {QStringLiteral("rows"), 440}};
    const qint64 first = log.record(QStringLiteral("dataset.import"), details);
    const qint64 second = log.record(QStringLiteral("run.add"));
    QVERIFY(second > first);

    const QList<AuditEntry> entries = AuditLog(project.reopen()).entries();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries[0].id, first);
    QCOMPARE(entries[0].action, QStringLiteral("dataset.import"));
    QCOMPARE(entries[0].details, details);
    QCOMPARE(entries[1].action, QStringLiteral("run.add"));
    QCOMPARE(entries[1].details, QJsonObject());
    QVERIFY(entries[0].at.isValid() && entries[0].at <= entries[1].at);
    QVERIFY(qAbs(entries[1].at.secsTo(QDateTime::currentDateTimeUtc())) < 60);
}

void TestProjectStore::recipeRoundTrip() {
    QFETCH_GLOBAL(bool, inMemory);
    Project project(inMemory);
    const Recipe recipe = wholesaleSettings().recipe;
    const qint64 id = RecipeRepository(project.open()).add(recipe);
    RecipeRepository recipes(project.reopen());
    QCOMPARE(recipes.load(id), recipe);
    QVERIFY_THROWS_EXCEPTION(StoreError, recipes.load(id + 1));
}

void TestProjectStore::datasetWithRunsCannotBeRemoved() {
    QFETCH_GLOBAL(bool, inMemory);
    Project project(inMemory);
    ProjectStore& store = project.open();
    const WholesaleRun added = addWholesaleRun(store);
    const QStringList before = snapshot(store);
    DatasetRepository datasets(store);

    // Refused by design: runs are the user's work and are never removed as a side effect.
    QString message;
    try {
        datasets.remove(added.datasetId);
    } catch (const StoreError& error) {
        message = error.message();
    }
    QVERIFY2(message.contains(QStringLiteral("1 segmentation run")), qPrintable(message));
    QCOMPARE(snapshot(store), before);
    // The database itself enforces it too (foreign keys are on).
    QSqlQuery direct(store.database());
    QVERIFY(!direct.exec(QStringLiteral("DELETE FROM datasets WHERE id = %1").arg(added.datasetId)));
    QCOMPARE(snapshot(store), before);

    // Removing the run removes everything under it, then the dataset can go.
    RunRepository(store).remove(added.runId);
    for (const QString& table : kRunTables)
        QCOMPARE(count(store, table), 0);
    QVERIFY_THROWS_EXCEPTION(StoreError, RunRepository(store).remove(added.runId));
    datasets.remove(added.datasetId);
    QCOMPARE(count(store, QStringLiteral("datasets")), 0);
    QCOMPARE(count(store, QStringLiteral("dataset_columns")), 0);
    QVERIFY(!tableNames(store).contains(QStringLiteral("data_%1").arg(added.datasetId)));
    QVERIFY_THROWS_EXCEPTION(StoreError, datasets.remove(added.datasetId));
}

void TestProjectStore::otherThreadIsRefused() {
    QFETCH_GLOBAL(bool, inMemory);
    Project project(inMemory);
    ProjectStore& store = project.open();
    DatasetRepository(store).add(QStringLiteral("main"), QStringLiteral("a.csv"), sha256("a"), awkwardTable(),
                                 {}, {});

    QString refused;
    qsizetype ownDatasets = -1;
    std::unique_ptr<QThread> thread(QThread::create([&] {
        try {
            DatasetRepository(store).list();
        } catch (const StoreError& error) {
            refused = error.message();
        }
        try {
            Transaction transaction(store);
        } catch (const StoreError& error) {
            refused += error.message();
        }
        // A thread of its own opens its own connection.
        const std::unique_ptr<ProjectStore> own = ProjectStore::openInMemory();
        ownDatasets = DatasetRepository(*own).list().size();
    }));
    thread->start();
    QVERIFY(thread->wait(30000));
    QVERIFY2(refused.count(QStringLiteral("another thread")) == 2, qPrintable(refused));
    QCOMPARE(ownDatasets, 0);
    QCOMPARE(DatasetRepository(store).list().size(), 1);
    QCOMPARE(DatasetRepository(project.reopen()).list().size(), 1);
}

void TestProjectStore::bulkInsertRate() {
    QFETCH_GLOBAL(bool, inMemory);
    constexpr Index rows = 100000;
    constexpr Index cols = 10;
    std::mt19937_64 random(42);
    std::normal_distribution<double> normal(1000.0, 300.0);
    QStringList levels;
    for (int i = 0; i < 50; ++i)
        levels << QStringLiteral("Level %1").arg(i);
    Matrix values(rows, cols);
    QList<ColumnInfo> columns;
    for (Index c = 0; c < cols; ++c) {
        const bool text = c == cols - 1;
        const bool code = c == cols - 2;
        columns << columnInfo(QStringLiteral("Column %1").arg(c),
                              code || text ? ColumnKind::Categorical : ColumnKind::Numeric,
                              ColumnRole::Feature, text ? levels : QStringList());
        for (Index r = 0; r < rows; ++r)
            values(r, c) = text ? double(random() % 50) : code ? double(random() % 3 + 1) : normal(random);
    }
    values(17, 3) = kNaN;
    const DataMatrix data(values, columns);

    Project project(inMemory);
    DatasetRepository datasets(project.open());
    QElapsedTimer timer;
    timer.start();
    const qint64 id =
        datasets.add(QStringLiteral("big"), QStringLiteral("big.csv"), sha256("big"), data, {}, {});
    const double addSeconds = timer.nsecsElapsed() / 1e9;
    timer.restart();
    const DataMatrix loaded = datasets.load(id);
    const double loadSeconds = timer.nsecsElapsed() / 1e9;
    qInfo("%s: add %lld x %lld in %.2f s = %.0f rows/s; load in %.2f s = %.0f rows/s",
          inMemory ? "memory" : "file", qint64(rows), qint64(cols), addSeconds, rows / addSeconds,
          loadSeconds, rows / loadSeconds);
    QVERIFY(sameValues(loaded.values(), data.values()));
    QCOMPARE(loaded.columns(), data.columns());
}

QTEST_GUILESS_MAIN(TestProjectStore)
#include "TestProjectStore.moc"
