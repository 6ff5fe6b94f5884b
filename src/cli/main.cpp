#include "cli/AnalyzeCommand.h"
#include "cli/AnalyzeRequest.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace segmenta::cli;

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("segmenta::cli", text);
}

QString usage() {
    return tr(
        "Usage:\n"
        "  segmenta-cli analyze <input.csv> [options]   segment customers; see 'segmenta-cli analyze "
        "--help'\n"
        "  segmenta-cli analyze --sample [options]      the same on the bundled Wholesale customers sample\n"
        "  segmenta-cli --version | --help\n\n"
        "Exit codes: 0 success, 1 internal error, 2 bad input or options.\n");
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("segmenta-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SEGMENTA_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);

    const QStringList arguments = QCoreApplication::arguments().mid(1);
    const QString command = arguments.value(0);
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        out << QStringLiteral("segmenta-cli %1").arg(QStringLiteral(SEGMENTA_VERSION)) << Qt::endl;
        return ExitOk;
    }
    if (command == QLatin1String("--help") || command == QLatin1String("-h")) {
        out << usage();
        return ExitOk;
    }
    if (command == QLatin1String("analyze")) {
        const QStringList rest = arguments.mid(1);
        if (rest.contains(QLatin1String("--help")) || rest.contains(QLatin1String("-h"))) {
            out << analyzeHelp();
            return ExitOk;
        }
        return runAnalyze(rest, out, err);
    }
    err << (command.isEmpty() ? tr("segmenta-cli: no command given.")
                              : tr("segmenta-cli: unknown command '%1'.").arg(command))
        << QLatin1Char('\n') << usage();
    err.flush();
    return ExitBadInput;
}
