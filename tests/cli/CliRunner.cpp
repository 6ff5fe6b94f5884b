#include "CliRunner.h"

#include <QProcess>

#include "TestSupport.h"

namespace segmenta::test {

CliRun runCli(const QStringList& arguments, const QProcessEnvironment& environment) {
    QProcess process;
    process.setWorkingDirectory(sourcePath(QString()));
    // The CLI speaks the environment's language; the suites check its English messages.
    QProcessEnvironment english = environment;
    if (!english.contains(QStringLiteral("LANGUAGE")))
        english.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    process.setProcessEnvironment(english);
    process.start(QStringLiteral(SEGMENTA_CLI_PATH), arguments);
    if (!process.waitForFinished(300000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

bool importSample(const QString& project) {
    return runCli({QStringLiteral("import"), sourcePath(QStringLiteral("resources/wholesale_customers.csv")),
                   QStringLiteral("--project"), project})
               .exitCode == 0;
}

} // namespace segmenta::test
