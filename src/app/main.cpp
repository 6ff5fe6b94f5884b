#include "gui/MainWindow.h"
#include "gui/ProjectController.h"
#include "gui/Settings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLocale>

#include "i18n/Languages.h"

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Segmenta"));
    QApplication::setApplicationName(QStringLiteral("Segmenta"));
    QApplication::setApplicationVersion(QStringLiteral(SEGMENTA_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("segmenta"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/segmenta/icons/segmenta.svg")));
    segmenta::installTranslators(
        app, segmenta::chooseLanguage(segmenta::Settings().language(), QLocale::system().uiLanguages()));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Customer segmentation for wholesale distributors."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(
        {QStringLiteral("sample"),
         QApplication::translate("main", "Start with the bundled Wholesale customers sample, segmented.")});
    parser.addPositionalArgument(
        QStringLiteral("file"),
        QApplication::translate("main", "A .segmenta project to open, or a data file to import."),
        QStringLiteral("[file]"));
    parser.process(app);

    segmenta::MainWindow window;
    window.show();
    if (parser.isSet(QStringLiteral("sample")))
        window.projects().openSample();
    else if (!parser.positionalArguments().isEmpty())
        window.openArgument(parser.positionalArguments().first());
    return QApplication::exec();
}
