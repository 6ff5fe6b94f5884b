// segmenta-cli on hostile inputs: damaged and odd projects, output paths, PostgreSQL addresses and command
// lines. Every case of tests/hostile/cli_cases.json must end with exit code 2 and its message (one line that
// names the problem), never a crash, a hang or SQLite's raw words.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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

/// Runs @p statements on the SQLite file @p path; empty, or the first error.
QString runSql(const QString& path, const QJsonArray& statements) {
    const QString name = QStringLiteral("hostile-sql");
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            error = db.lastError().text();
        for (const QJsonValue& statement : statements) {
            QSqlQuery query(db);
            if (error.isEmpty() && !query.exec(statement.toString()))
                error = statement.toString() + QStringLiteral(": ") + query.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

} // namespace

class TestHostileInputs : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QVERIFY(m_base.isValid());
        m_imported = m_base.filePath(QStringLiteral("imported.segmenta"));
        m_analysed = m_base.filePath(QStringLiteral("analysed.segmenta"));
        QVERIFY(importSample(m_imported));
        QVERIFY(QFile::copy(m_imported, m_analysed));
        const CliRun run = runCli({QStringLiteral("analyze"), QStringLiteral("--project"), m_analysed,
                                   QStringLiteral("--dataset"), QStringLiteral("wholesale_customers"),
                                   QStringLiteral("--features"), kSpending, QStringLiteral("--log1p"),
                                   QStringLiteral("--k"), QStringLiteral("2..3")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    }

    void eachCaseEndsWithItsMessage_data() {
        QTest::addColumn<QJsonObject>("hostile");
        QFile file(sourcePath(QStringLiteral("tests/hostile/cli_cases.json")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray cases = QJsonDocument::fromJson(file.readAll())[QLatin1String("cases")].toArray();
        QVERIFY(cases.size() >= 20);
        for (const QJsonValue& value : cases)
            QTest::newRow(qPrintable(value[QLatin1String("name")].toString())) << value.toObject();
    }

    void eachCaseEndsWithItsMessage() {
        QFETCH(QJsonObject, hostile);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString project = dir.filePath(QStringLiteral("p.segmenta"));
        const QString base = hostile[QLatin1String("project")].toString();
        if (base != QLatin1String("none"))
            QVERIFY(QFile::copy(base == QLatin1String("analysed") ? m_analysed : m_imported, project));
        if (const QJsonArray sql = hostile[QLatin1String("sql")].toArray(); !sql.isEmpty()) {
            const QString error = runSql(project, sql);
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
        const QJsonObject files = hostile[QLatin1String("files")].toObject();
        for (auto it = files.begin(); it != files.end(); ++it) {
            const QString path = dir.filePath(it.key());
            QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(it.value()[QLatin1String("content")].toString().toUtf8());
            file.close();
            const uint mode = it.value()[QLatin1String("mode")].toString().toUInt(nullptr, 8);
            QCOMPARE(::chmod(QFile::encodeName(path).constData(), mode), 0);
        }
        const QString damage = hostile[QLatin1String("damage")].toString();
        if (damage == QLatin1String("folder")) {
            QVERIFY(QDir().mkpath(project));
        } else if (damage == QLatin1String("text")) {
            QFile text(project);
            QVERIFY(text.open(QIODevice::WriteOnly));
            text.write("Fresh,Milk\n1,2\n");
        } else if (damage == QLatin1String("truncate")) {
            QVERIFY(QFile::resize(project, 3000));
        } else if (damage == QLatin1String("readonly")) {
            if (::geteuid() == 0)
                QSKIP("root writes to files of any mode");
            QVERIFY(QFile::setPermissions(project, QFileDevice::ReadOwner));
        }

        QStringList arguments;
        for (const QJsonValue& argument : hostile[QLatin1String("args")].toArray())
            arguments << argument.toString()
                             .replace(QLatin1String("{project}"), project)
                             .replace(QLatin1String("{dir}"), dir.path())
                             .replace(QLatin1String("{sample}"),
                                      sourcePath(QStringLiteral("resources/wholesale_customers.csv")));
        const CliRun run = runCli(arguments);
        const QString message = hostile[QLatin1String("message")].toString();
        QVERIFY2(run.exitCode == 2, qPrintable(QStringLiteral("exit %1: %2").arg(run.exitCode).arg(run.err)));
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY2(run.err.startsWith(QLatin1String("segmenta-cli: error: ")), qPrintable(run.err));
        const QString absent = hostile[QLatin1String("absent")].toString();
        QVERIFY2(absent.isEmpty() || !QString(run.err + run.out).contains(absent), qPrintable(run.err));
        // SQLite's own words never reach the user.
        QVERIFY2(!run.err.contains(QLatin1String("could not run")), qPrintable(run.err));
    }

private:
    QTemporaryDir m_base;
    QString m_imported;
    QString m_analysed;
};

QTEST_GUILESS_MAIN(TestHostileInputs)
#include "TestHostileInputs.moc"
