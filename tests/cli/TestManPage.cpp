// The man page segmenta-cli(1), written by the hidden command help-man, lists exactly the options that each
// command's --help lists, and formats without warnings.
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "CliRunner.h"

using namespace segmenta::test;

namespace {

/// The options a command's --help lists: "  --name VALUE   help" lines.
QSet<QString> helpOptions(const QString& help) {
    QSet<QString> names;
    static const QRegularExpression line(QStringLiteral("^  --([a-z0-9-]+)"),
                                         QRegularExpression::MultilineOption);
    for (auto match = line.globalMatch(help); match.hasNext();)
        names.insert(match.next().captured(1));
    return names;
}

/// The options of the man page's subsection of `command`: ".TP" then "\fB\-\-name\fR".
QSet<QString> manOptions(const QString& page, const QString& command) {
    const qsizetype start = page.indexOf(QStringLiteral(".SS \"%1\"\n").arg(command));
    const qsizetype end = page.indexOf(
        QRegularExpression(QStringLiteral("^\\.S[SH] "), QRegularExpression::MultilineOption), start + 1);
    const QString section = page.mid(start, end - start);
    QSet<QString> names;
    static const QRegularExpression tag(QStringLiteral("^\\\\fB\\\\-\\\\-([a-z0-9\\\\-]+)\\\\fR"),
                                        QRegularExpression::MultilineOption);
    for (auto match = tag.globalMatch(section); match.hasNext();)
        names.insert(match.next().captured(1).remove(QLatin1Char('\\')));
    return start < 0 ? QSet<QString>{} : names;
}

} // namespace

class TestManPage : public QObject {
    Q_OBJECT

private slots:
    void optionsMatchHelp_data() {
        QTest::addColumn<QString>("command");
        for (const char* command : {"analyze", "import", "datasets", "report"})
            QTest::newRow(command) << QString::fromLatin1(command);
    }

    void optionsMatchHelp() {
        QFETCH(QString, command);
        const CliRun man = runCli({QStringLiteral("help-man")});
        QCOMPARE(man.exitCode, 0);
        const CliRun help = runCli({command, QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        const QSet<QString> expected = helpOptions(help.out);
        QVERIFY(expected.size() >= 2);
        QCOMPARE(manOptions(man.out, command), expected);
    }

    void formatsWithoutWarnings() {
        const QString manProgram = QStandardPaths::findExecutable(QStringLiteral("man"));
        if (manProgram.isEmpty())
            QSKIP("man (man-db) is not installed");
        const CliRun man = runCli({QStringLiteral("help-man")});
        QCOMPARE(man.exitCode, 0);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("segmenta-cli.1"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(man.out.toUtf8());
        file.close();
        QProcess format;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("MANWIDTH"), QStringLiteral("80"));
        environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8")); // no locale warnings
        format.setProcessEnvironment(environment);
        format.start(manProgram, {QStringLiteral("--warnings"), QStringLiteral("-l"), path});
        QVERIFY(format.waitForFinished(60000));
        QCOMPARE(format.exitCode(), 0);
        const QString warnings = QString::fromLocal8Bit(format.readAllStandardError());
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings));
        const QString text = QString::fromLocal8Bit(format.readAllStandardOutput());
        QVERIFY(text.contains(QLatin1String("--max-iter 300")));
        QVERIFY(text.contains(QLatin1String("'segmenta-cli COMMAND --help'")));
    }
};

QTEST_GUILESS_MAIN(TestManPage)
#include "TestManPage.moc"
