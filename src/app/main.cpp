#include "app/SmokeTest.h"
#include "gui/MainWindow.h"
#include "gui/ProjectController.h"
#include "gui/Settings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLocale>
#include <QTextStream>

#include "i18n/Languages.h"
#include "manpage/Roff.h"

namespace {

QString description() {
    return QCoreApplication::translate("main", "Customer segmentation for wholesale distributors.");
}

/// The options --help lists; the man page (--help-man) is written from the same list.
QList<QCommandLineOption> options() {
    return {{QStringLiteral("sample"),
             QCoreApplication::translate("main",
                                         "Start with the bundled Wholesale customers sample, segmented.")},
            {QStringLiteral("smoke"),
             QCoreApplication::translate(
                 "main", "Open the sample, analyse it, render every view offscreen and exit: 0 "
                         "when all went well, 1 otherwise.")}};
}

QString fileArgumentHelp() {
    return QCoreApplication::translate("main", "A .segmenta project to open, or a data file to import.");
}

/// The man page segmenta(1) in roff; the build writes it with the hidden option --help-man.
QString manPage() {
    using namespace segmenta::roff;
    QString page = header(QStringLiteral("segmenta"), description(), QStringLiteral(SEGMENTA_VERSION)) +
                   heading(QStringLiteral("SYNOPSIS")) +
                   verbatim(QStringLiteral("segmenta [options] [file]")) +
                   heading(QStringLiteral("DESCRIPTION")) +
                   paragraph(QCoreApplication::translate(
                       "main", "The desktop application of Segmenta: import customer tables, segment them, "
                               "explore the segments in charts, name them and export reports.")) +
                   argument(QStringLiteral("file"), fileArgumentHelp()) + heading(QStringLiteral("OPTIONS"));
    for (const QCommandLineOption& option : options())
        page += segmenta::roff::option(option.names().constFirst(), option.valueName(), option.description());
    // --help and --version as QCommandLineParser describes them.
    QCommandLineParser parser;
    for (const QCommandLineOption& option : {parser.addHelpOption(), parser.addVersionOption()})
        page += segmenta::roff::option(option.names().constLast(), {}, option.description());
    return page + heading(QStringLiteral("SEE ALSO")) + paragraph(QStringLiteral("segmenta-cli(1)"));
}

} // namespace

int main(int argc, char* argv[]) {
    // Before QApplication: the build writes the man page without a display.
    if (argc == 2 && qstrcmp(argv[1], "--help-man") == 0) {
        QCoreApplication app(argc, argv);
        QTextStream(stdout) << manPage();
        return 0;
    }
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Segmenta"));
    QApplication::setApplicationName(QStringLiteral("Segmenta"));
    QApplication::setApplicationVersion(QStringLiteral(SEGMENTA_VERSION));
    // The desktop entry and AppStream id (resources/linux), so that the window gets the entry's icon.
    QApplication::setDesktopFileName(QStringLiteral("org.segmenta.Segmenta"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/segmenta/icons/segmenta.svg")));
    segmenta::installTranslators(
        app, segmenta::chooseLanguage(segmenta::Settings().language(), QLocale::system().uiLanguages()));

    QCommandLineParser parser;
    parser.setApplicationDescription(description());
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions(options());
    parser.addPositionalArgument(QStringLiteral("file"), fileArgumentHelp(), QStringLiteral("[file]"));
    parser.process(app);

    segmenta::MainWindow window;
    window.show();
    if (parser.isSet(QStringLiteral("smoke")))
        (new segmenta::SmokeTest(window))->start();
    else if (parser.isSet(QStringLiteral("sample")))
        window.projects().openSample();
    else if (!parser.positionalArguments().isEmpty())
        window.openArgument(parser.positionalArguments().first());
    return QApplication::exec();
}
