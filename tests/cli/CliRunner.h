#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace segmenta::test {

/// What one run of segmenta-cli printed and returned.
struct CliRun {
    int exitCode = -1; ///< -1 when it crashed or did not finish within five minutes
    QString out;
    QString err;
};

/// Runs the segmenta-cli under test (SEGMENTA_CLI_PATH) in the source directory, so that relative paths
/// such as tests/fixtures/... resolve. Its messages are in English unless `environment` sets LANGUAGE.
CliRun runCli(const QStringList& arguments,
              const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment());

/// Imports the bundled Wholesale sample into `project` (created when missing); true on success.
bool importSample(const QString& project);

} // namespace segmenta::test
