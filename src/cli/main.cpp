#include "cli/AnalyzeCommand.h"
#include "cli/AnalyzeRequest.h"
#include "cli/CliText.h"
#include "cli/Guarded.h"
#include "cli/ImportCommand.h"
#include "cli/OptionTable.h"
#include "cli/ReportCommand.h"
#include "cli/ReportOutputs.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QLoggingCategory>
#include <QTextStream>

#include <cerrno>
#include <functional>
#include <map>
#include <memory>
#include <sys/stat.h>
#include <unistd.h>

#include "i18n/Languages.h"
#include "manpage/Roff.h"

using namespace segmenta::cli;

namespace {

QString usage() {
    return CliText::tr(
        "Usage:\n"
        "  segmenta-cli analyze <input> [options]            segment the rows of a CSV, TSV, XLSX or "
        "ODS file\n"
        "  segmenta-cli analyze --sample [options]           the same on the bundled Wholesale "
        "customers sample\n"
        "  segmenta-cli analyze --project P --dataset NAME   the same on a dataset of a project; "
        "stores the run\n"
        "  segmenta-cli import <file> --project P [options]  store a file as a dataset of a project\n"
        "  segmenta-cli datasets --project P [--json]        list the datasets of a project\n"
        "  segmenta-cli report --project P [--pdf F] [--xlsx F] [--csv DIR]   reports of a stored run\n"
        "  segmenta-cli --version | --help\n\n"
        "'segmenta-cli COMMAND --help' lists a command's options.\n"
        "Exit codes: 0 success, 1 internal error, 2 bad input or options.\n");
}

struct Command {
    std::function<int(const QStringList&, QTextStream&, QTextStream&)> run;
    std::function<QString()> help;
};

/// The man page segmenta-cli(1): the same usage and option tables as --help, in roff. The build writes it
/// with the hidden command help-man; see packaging/CMakeLists.txt.
QString manPage(const std::map<QString, Command>& commands) {
    QString page =
        segmenta::roff::header(QStringLiteral("segmenta-cli"),
                               CliText::tr("customer segmentation for wholesale distributors"),
                               QStringLiteral(SEGMENTA_VERSION)) +
        segmenta::roff::heading(QStringLiteral("SYNOPSIS")) + segmenta::roff::verbatim(usage()) +
        segmenta::roff::heading(QStringLiteral("DESCRIPTION")) +
        segmenta::roff::paragraph(CliText::tr(
            "segmenta-cli imports customer tables into Segmenta projects, segments them with K-Means or "
            "Fuzzy C-Means and writes PDF, XLSX and CSV reports, without a display. Messages and reports "
            "follow the language of the environment (LANGUAGE, LC_ALL, LC_MESSAGES, LANG).")) +
        segmenta::roff::heading(QStringLiteral("COMMANDS"));
    setHelpFormat(HelpFormat::Roff);
    for (const auto& [name, command] : commands)
        page += segmenta::roff::heading(name, true) + command.help();
    setHelpFormat(HelpFormat::Text);
    return page + segmenta::roff::heading(QStringLiteral("SEE ALSO")) +
           segmenta::roff::paragraph(QStringLiteral("segmenta(1)"));
}

} // namespace

int main(int argc, char* argv[]) {
    QStringList given;
    for (int i = 1; i < argc; ++i)
        given << QString::fromLocal8Bit(argv[i]);
    // Figures for PDF reports need a GUI application, but never a window or a display: the CLI renders
    // offscreen unless told otherwise.
    std::unique_ptr<QCoreApplication> app;
    if (wantsFigures(given)) {
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        // Without a session (cron, ssh, CI) Qt would warn on standard error, which carries only the CLI's
        // own messages, and then use this same private directory.
        if (!qEnvironmentVariableIsSet("XDG_RUNTIME_DIR")) {
            const QByteArray runtime =
                QDir::tempPath().toLocal8Bit() + "/runtime-" + QByteArray::number(getuid());
            if (mkdir(runtime.constData(), 0700) == 0 || errno == EEXIST)
                qputenv("XDG_RUNTIME_DIR", runtime);
        }
        app = std::make_unique<QApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("segmenta-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SEGMENTA_VERSION));
    // Standard error carries the contract's one-line messages; the layers' debug and info output only when
    // asked for with QT_LOGGING_RULES (which overrides these rules).
    QLoggingCategory::setFilterRules(QStringLiteral("segmenta.*.debug=false\nsegmenta.*.info=false"));
    // Messages and reports in the language the environment asks for (LANGUAGE, LC_ALL, LC_MESSAGES, LANG),
    // as other command-line tools do; JSON keys and option names never change.
    segmenta::installTranslators(*app, segmenta::chooseLanguage(QString(), QLocale::system().uiLanguages()));
    QTextStream out(stdout);
    QTextStream err(stderr);

    const std::map<QString, Command> commands{
        {QStringLiteral("analyze"), {runAnalyze, analyzeHelp}},
        {QStringLiteral("import"), {runImport, importHelp}},
        {QStringLiteral("datasets"), {runDatasets, datasetsHelp}},
        {QStringLiteral("report"), {runReport, reportHelp}},
    };
    const QStringList arguments = QCoreApplication::arguments().mid(1);
    const QString name = arguments.value(0);
    if (name == QLatin1String("--version") || name == QLatin1String("-v")) {
        out << QStringLiteral("segmenta-cli %1").arg(QStringLiteral(SEGMENTA_VERSION)) << Qt::endl;
        return ExitOk;
    }
    if (name == QLatin1String("--help") || name == QLatin1String("-h")) {
        out << usage();
        return ExitOk;
    }
    if (name == QLatin1String("help-man")) {
        out << manPage(commands);
        return ExitOk;
    }
    const auto command = commands.find(name);
    if (command == commands.end()) {
        err << (name.isEmpty() ? CliText::tr("segmenta-cli: no command given.")
                               : CliText::tr("segmenta-cli: unknown command '%1'.").arg(name))
            << QLatin1Char('\n') << usage();
        err.flush();
        return ExitBadInput;
    }
    const QStringList rest = arguments.mid(1);
    if (rest.contains(QLatin1String("--help")) || rest.contains(QLatin1String("-h"))) {
        out << command->second.help();
        return ExitOk;
    }
    return command->second.run(rest, out, err);
}
