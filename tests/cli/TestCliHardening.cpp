// What segmenta-cli's files must withstand: other users on the machine (owner-only projects and exports),
// failures half way (the audit log and the outputs change together or not at all), killed runs (no
// temporary left for good) and output paths that are not regular files (devices, FIFOs, symbolic links).
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

#include "CliRunner.h"
#include "TestSupport.h"

using namespace segmenta::test;

namespace {

const QString kSpending = QStringLiteral("Fresh,Milk,Grocery,Frozen,Detergents_Paper,Delicassen");
const QString kSample = QStringLiteral("resources/wholesale_customers.csv");

QByteArray sha256Of(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

int modeOf(const QString& path) {
    struct stat info {};
    return ::lstat(QFile::encodeName(path).constData(), &info) == 0 ? int(info.st_mode & 07777) : -1;
}

/// Runs one SQL statement on a project; empty or the error.
QString runSql(const QString& path, const QString& sql) {
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("hardening"));
        db.setDatabaseName(path);
        QSqlQuery query(db);
        if (!db.open() || !query.exec(sql))
            error = db.lastError().text() + query.lastError().text();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("hardening"));
    return error;
}

int count(const QString& project, const QString& table) {
    int rows = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("count"));
        db.setDatabaseName(project);
        db.open();
        QSqlQuery query(db);
        if (query.exec(QStringLiteral("SELECT count(*) FROM ") + table) && query.next())
            rows = query.value(0).toInt();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("count"));
    return rows;
}

bool analyse(const QString& project) {
    return runCli({QStringLiteral("analyze"), QStringLiteral("--project"), project,
                   QStringLiteral("--dataset"), QStringLiteral("wholesale_customers"),
                   QStringLiteral("--features"), kSpending, QStringLiteral("--log1p"), QStringLiteral("--k"),
                   QStringLiteral("2..3")})
               .exitCode == 0;
}

const QString kRefuseAudit =
    QStringLiteral("CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'audit "
                   "log refused'); END");

/// Files in @p dir whose names mark them as unfinished outputs.
QStringList temporaries(const QString& dir) {
    QStringList found;
    for (const QString& name : QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System))
        if (name.endsWith(QLatin1String(".segmenta-part")) || name.endsWith(QLatin1String(".part")) ||
            name.contains(QLatin1String(".XXXXXX")))
            found << name;
    return found;
}

} // namespace

class TestCliHardening : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        // The permissive umask of most systems: files would be created 0644 unless asked otherwise.
        ::umask(022);
    }

    void projectAndExportsAreOwnerOnly() {
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("p.segmenta"));
        QVERIFY(importSample(project));
        QCOMPARE(modeOf(project), 0600);
        QVERIFY(analyse(project));
        const CliRun run = runCli({QStringLiteral("report"), QStringLiteral("--project"), project,
                                   QStringLiteral("--pdf"), dir.filePath(QStringLiteral("r.pdf")),
                                   QStringLiteral("--xlsx"), dir.filePath(QStringLiteral("r.xlsx")),
                                   QStringLiteral("--csv"), dir.filePath(QStringLiteral("csv")),
                                   QStringLiteral("--charts"), dir.filePath(QStringLiteral("charts"))});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const CliRun analysis =
            runCli({QStringLiteral("analyze"), sourcePath(kSample), QStringLiteral("--k"),
                    QStringLiteral("2"), QStringLiteral("--json"), dir.filePath(QStringLiteral("r.json")),
                    QStringLiteral("--labels"), dir.filePath(QStringLiteral("labels.csv"))});
        QVERIFY2(analysis.exitCode == 0, qPrintable(analysis.err));
        QStringList outputs{QStringLiteral("p.segmenta"), QStringLiteral("r.pdf"), QStringLiteral("r.xlsx"),
                            QStringLiteral("r.json"), QStringLiteral("labels.csv")};
        for (const QString& folder : {QStringLiteral("csv"), QStringLiteral("charts")})
            for (const QString& name : QDir(dir.filePath(folder)).entryList(QDir::Files))
                outputs << folder + QLatin1Char('/') + name;
        QVERIFY(outputs.size() > 10);
        for (const QString& output : outputs)
            QVERIFY2(
                modeOf(dir.filePath(output)) == 0600,
                qPrintable(
                    QStringLiteral("%1 has mode %2").arg(output).arg(modeOf(dir.filePath(output)), 0, 8)));
    }

    void replacedOutputKeepsItsMode() {
        QTemporaryDir dir;
        const QString json = dir.filePath(QStringLiteral("r.json"));
        QFile old(json);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.close();
        QCOMPARE(::chmod(QFile::encodeName(json).constData(), 0640), 0);
        const CliRun run = runCli({QStringLiteral("analyze"), sourcePath(kSample), QStringLiteral("--k"),
                                   QStringLiteral("2"), QStringLiteral("--json"), json});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(modeOf(json), 0640);
        QVERIFY(QFileInfo(json).size() > 100);
    }

    void failedImportsLeaveTheProjectByteIdentical() {
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("p.segmenta"));
        QVERIFY(importSample(project));
        const QString other = dir.filePath(QStringLiteral("other.csv"));
        QVERIFY(QFile::copy(sourcePath(QStringLiteral("tests/fixtures/csv/comma.csv")), other));
        QVERIFY(runSql(project, kRefuseAudit).isEmpty());
        const QByteArray before = sha256Of(project);
        const int datasets = count(project, QStringLiteral("datasets"));
        const QList<QStringList> failures{
            // already imported, and no --again
            {QStringLiteral("import"), sourcePath(kSample), QStringLiteral("--project"), project},
            // the name is taken
            {QStringLiteral("import"), other, QStringLiteral("--project"), project, QStringLiteral("--name"),
             QStringLiteral("wholesale_customers")},
            // the audit entry cannot be written: the dataset must go with it
            {QStringLiteral("import"), other, QStringLiteral("--project"), project},
            // the file cannot be read
            {QStringLiteral("import"), dir.filePath(QStringLiteral("missing.csv")),
             QStringLiteral("--project"), project},
            // a mapping the data lacks
            {QStringLiteral("import"), other, QStringLiteral("--project"), project,
             QStringLiteral("--invoices"), QStringLiteral("customer=Nobody,date=When,quantity=Q,price=P")},
        };
        for (const QStringList& arguments : failures) {
            const CliRun run = runCli(arguments);
            QVERIFY2(run.exitCode == 2, qPrintable(arguments.join(u' ') + QStringLiteral(": ") + run.err));
            QVERIFY2(sha256Of(project) == before,
                     qPrintable(arguments.join(u' ') + QStringLiteral(" changed it")));
            QCOMPARE(count(project, QStringLiteral("datasets")), datasets);
            QVERIFY(!QFile::exists(project + QStringLiteral("-journal")));
            QVERIFY(!QFile::exists(project + QStringLiteral("-wal")));
        }
    }

    void reportWhoseAuditFailsWritesNothing() {
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("p.segmenta"));
        QVERIFY(importSample(project));
        QVERIFY(analyse(project));
        QVERIFY(runSql(project, kRefuseAudit).isEmpty());
        const QString out = dir.filePath(QStringLiteral("out"));
        QVERIFY(QDir().mkpath(out));
        const CliRun run =
            runCli({QStringLiteral("report"), QStringLiteral("--project"), project, QStringLiteral("--pdf"),
                    out + QStringLiteral("/r.pdf"), QStringLiteral("--xlsx"), out + QStringLiteral("/r.xlsx"),
                    QStringLiteral("--csv"), out});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("audit log refused")), qPrintable(run.err));
        QCOMPARE(QDir(out).entryList(QDir::Files | QDir::Hidden | QDir::System), QStringList());
    }

    void abandonedTemporariesAreRemoved() {
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("p.segmenta"));
        QVERIFY(importSample(project));
        QVERIFY(analyse(project));
        // A process that has ended, as a killed report has.
        QProcess ended;
        ended.start(QStringLiteral("true"), QStringList());
        QVERIFY(ended.waitForFinished());
        const qint64 deadPid = ended.processId() > 0 ? ended.processId() : 999999;
        const QString leftover = dir.filePath(QStringLiteral(".r.pdf.%1.segmenta-part").arg(deadPid));
        QFile part(leftover);
        QVERIFY(part.open(QIODevice::WriteOnly));
        part.write("half a PDF");
        part.close();
        const CliRun run = runCli({QStringLiteral("report"), QStringLiteral("--project"), project,
                                   QStringLiteral("--pdf"), dir.filePath(QStringLiteral("r.pdf"))});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("r.pdf"))));
        QCOMPARE(temporaries(dir.path()), QStringList());
    }

    void fifoIsWrittenThroughNotReplaced() {
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("pipe.json"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QProcess reader;
        reader.start(QStringLiteral("cat"), {fifo});
        QVERIFY(reader.waitForStarted());
        const CliRun run = runCli({QStringLiteral("analyze"), sourcePath(kSample), QStringLiteral("--k"),
                                   QStringLiteral("2"), QStringLiteral("--json"), fifo});
        const bool read = reader.waitForFinished(20000);
        if (!read)
            reader.kill();
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(read, "nothing was written into the FIFO");
        QVERIFY(QJsonDocument::fromJson(reader.readAllStandardOutput()).isObject());
        struct stat info {};
        QCOMPARE(::lstat(QFile::encodeName(fifo).constData(), &info), 0);
        QVERIFY2(S_ISFIFO(info.st_mode), "the FIFO was replaced by a regular file");
        QCOMPARE(temporaries(dir.path()), QStringList());
    }

    void symlinkIsFollowedNotReplaced() {
        QTemporaryDir dir;
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("real"))));
        const QString target = dir.filePath(QStringLiteral("real/labels.csv"));
        QFile old(target);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old\n");
        old.close();
        const QString link = dir.filePath(QStringLiteral("labels.csv"));
        QVERIFY(QFile::link(target, link));
        const CliRun run = runCli({QStringLiteral("analyze"), sourcePath(kSample), QStringLiteral("--k"),
                                   QStringLiteral("2"), QStringLiteral("--labels"), link});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(QFileInfo(link).isSymLink());
        QFile labels(target);
        QVERIFY(labels.open(QIODevice::ReadOnly));
        QVERIFY(labels.readAll().startsWith("row,segment\n"));
        QCOMPARE(temporaries(dir.path()), QStringList());
        QCOMPARE(temporaries(dir.filePath(QStringLiteral("real"))), QStringList());
    }

    // Devices take the FIFO's path (not a regular file: written through); not tested on /dev/null itself,
    // which a regression would replace for the whole machine.
    void standardOutputIsWrittenThrough() {
        const CliRun run = runCli({QStringLiteral("analyze"), sourcePath(kSample), QStringLiteral("--k"),
                                   QStringLiteral("2"), QStringLiteral("--labels"), QStringLiteral("-"),
                                   QStringLiteral("--json"), QStringLiteral("-")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.startsWith(QLatin1String("row,segment\n")), qPrintable(run.out.left(200)));
    }
};

QTEST_GUILESS_MAIN(TestCliHardening)
#include "TestCliHardening.moc"
