#include "gui/AboutDialog.h"
#include "gui/AnalysisForm.h"
#include "gui/AnalysisSession.h"
#include "gui/ChartView.h"
#include "gui/DataTableModel.h"
#include "gui/DataView.h"
#include "gui/GuideDialog.h"
#include "gui/ImportWizard.h"
#include "gui/MainWindow.h"
#include "gui/PreferencesDialog.h"
#include "gui/Project.h"
#include "gui/ProjectController.h"
#include "gui/ProjectNavigator.h"
#include "gui/SegmentCard.h"
#include "gui/SegmentCardsView.h"
#include "gui/SegmentMapView.h"
#include "gui/Settings.h"
#include "gui/WelcomePage.h"
#include "gui/Workspace.h"

#include <QAbstractButton>
#include <QApplication>
#include <QChart>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSpinBox>
#include <QStatusBar>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

#include <Eigen/Core>

#include <functional>

#include "GuiTestSupport.h"
#include "TestSupport.h"
#include "i18n/Languages.h"

using namespace segmenta;

namespace {

QString pythonSqliteVersion() {
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral("-c"), QStringLiteral("import sqlite3; print(sqlite3.sqlite_version)")});
    python.waitForFinished(30000);
    return QString::fromUtf8(python.readAllStandardOutput()).trimmed();
}

QMessageBox* visibleMessageBox(QWidget* parent) {
    for (QMessageBox* box : parent->findChildren<QMessageBox*>())
        if (box->isVisible())
            return box;
    return nullptr;
}

QAction* menuAction(MainWindow& window, const QString& menu, const QString& text) {
    for (QAction* top : window.menuBar()->actions())
        if (top->text() == menu)
            for (QAction* action : top->menu()->actions())
                if (action->text() == text)
                    return action;
    return nullptr;
}

} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void menusUseStandardShortcuts();
    void guideShortcutsWorkAndMnemonicsAreUnique();
    void aboutNamesTheLibraryVersions();
    void guideIsBundled();
    void preferencesAreTheFormsDefaults();
    void geometryIsRestored();
    void unsavedUntitledProjectAsksBeforeClosing();
    void followsADarkPalette();
    void importedFileBecomesTheDataset();
    void cancelledImportReturnsToTheWelcomePage();
};

void TestMainWindow::initTestCase() {
    test::isolateSettings();
}

void TestMainWindow::menusUseStandardShortcuts() {
    MainWindow window;
    QStringList menus;
    for (QAction* top : window.menuBar()->actions())
        menus << top->text();
    QCOMPARE(menus, (QStringList{QStringLiteral("&File"), QStringLiteral("&Edit"), QStringLiteral("&View"),
                                 QStringLiteral("&Analysis"), QStringLiteral("&Help")}));
    QCOMPARE(menuAction(window, QStringLiteral("&File"), QStringLiteral("&Open Project…"))->shortcut(),
             QKeySequence(QKeySequence::Open));
    QCOMPARE(menuAction(window, QStringLiteral("&File"), QStringLiteral("Save &As…"))->shortcut(),
             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    QVERIFY(menuAction(window, QStringLiteral("&File"), QStringLiteral("&Quit"))
                ->shortcuts()
                .contains(QKeySequence(Qt::CTRL | Qt::Key_Q)));
    QCOMPARE(menuAction(window, QStringLiteral("&Help"), QStringLiteral("User &Guide"))->shortcut(),
             QKeySequence(QKeySequence::HelpContents));
    // Without a project nothing can be run, saved or exported.
    QVERIFY(!menuAction(window, QStringLiteral("&Analysis"), QStringLiteral("&Run Analysis"))->isEnabled());
    QVERIFY(!menuAction(window, QStringLiteral("&File"), QStringLiteral("Save &As…"))->isEnabled());
}

// Every key the user guide lists belongs to a menu command, and no menu gives two commands one
// mnemonic (the offscreen platform, like Qt's generic Linux theme, has no standard Save As key).
void TestMainWindow::guideShortcutsWorkAndMnemonicsAreUnique() {
    MainWindow window;
    QList<QKeySequence> keys;
    std::function<void(QMenu*)> visit = [&](QMenu* menu) {
        QSet<QChar> mnemonics;
        for (QAction* action : menu->actions()) {
            if (action->menu())
                visit(action->menu());
            keys << action->shortcuts();
            const qsizetype amp = action->text().indexOf(QLatin1Char('&'));
            if (amp < 0 || amp + 1 >= action->text().size())
                continue;
            const QChar mnemonic = action->text().at(amp + 1).toLower();
            QVERIFY2(!mnemonics.contains(mnemonic),
                     qPrintable(QStringLiteral("%1: '%2' twice").arg(menu->title()).arg(mnemonic)));
            mnemonics.insert(mnemonic);
        }
    };
    for (QAction* top : window.menuBar()->actions())
        visit(top->menu());

    QFile guide(QStringLiteral(":/segmenta/guide/index.html"));
    QVERIFY(guide.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(guide.readAll());
    const QString table = html.mid(html.indexOf(QStringLiteral("id=\"keys\"")));
    static const QRegularExpression cell(QStringLiteral("<tr><td>([^<]+)</td>"));
    int listed = 0;
    for (const QRegularExpressionMatch& match : cell.globalMatch(table)) {
        for (const QString& text : match.captured(1).split(QStringLiteral(" / "))) {
            if (text.contains(QStringLiteral("…")))
                continue; // a range such as Ctrl+1 … Ctrl+7
            const QKeySequence key =
                text == QLatin1String("Esc") ? QKeySequence(Qt::Key_Escape) : QKeySequence::fromString(text);
            QVERIFY2(keys.contains(key),
                     qPrintable(QStringLiteral("the guide lists %1, no command has it").arg(text)));
            ++listed;
        }
    }
    QVERIFY(listed >= 8);
}

void TestMainWindow::aboutNamesTheLibraryVersions() {
    const QStringList versions = AboutDialog::libraryVersions();
    const QString text = versions.join(QLatin1Char('\n'));
    QVERIFY(text.contains(QStringLiteral("Qt %1").arg(QString::fromLatin1(qVersion()))));
    QVERIFY(text.contains(QStringLiteral("Eigen %1.%2.%3")
                              .arg(EIGEN_WORLD_VERSION)
                              .arg(EIGEN_MAJOR_VERSION)
                              .arg(EIGEN_MINOR_VERSION)));
    // Python's sqlite3 module and Qt's SQLite driver both use Debian's libsqlite3.
    QCOMPARE(AboutDialog::sqliteVersion(), pythonSqliteVersion());
    QVERIFY(text.contains(QStringLiteral("QuaZip 1.")));
    QVERIFY(text.contains(QStringLiteral("libxlsxwriter 1.")));

    MainWindow window;
    window.show();
    window.showAbout();
    QMessageBox* box = visibleMessageBox(&window);
    QVERIFY(box);
    QVERIFY(box->informativeText().contains(pythonSqliteVersion()));
    QVERIFY(test::saveScreenshot(box, QStringLiteral("about.png")));
    box->close();
}

void TestMainWindow::guideIsBundled() {
    MainWindow window;
    window.show();
    window.showGuide();
    auto* guide = window.findChild<GuideDialog*>();
    QVERIFY(guide && guide->isVisible());
    const QString text = guide->browser()->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("Choosing the number of segments")), qPrintable(text.left(200)));
    QVERIFY(text.contains(QStringLiteral("Personal data")));
    QVERIFY(test::saveScreenshot(guide, QStringLiteral("user-guide.png")));
}

void TestMainWindow::preferencesAreTheFormsDefaults() {
    {
        MainWindow window;
        window.show();
        window.showPreferences();
        auto* dialog = window.findChild<PreferencesDialog*>();
        QVERIFY(dialog && QTest::qWaitForWindowExposed(dialog));
        auto* language = dialog->findChild<QComboBox*>(QStringLiteral("languageCombo"));
        QCOMPARE(language->count(), shippedLanguages().size() + 1); // and "As the system"
        language->setCurrentIndex(language->findData(QStringLiteral("de")));
        auto* seed = dialog->findChild<QSpinBox*>(QStringLiteral("seedSpin"));
        seed->setFocus();
        seed->selectAll();
        QTest::keyClicks(seed, QStringLiteral("42"));
        auto* restarts = dialog->findChild<QSpinBox*>(QStringLiteral("restartsSpin"));
        restarts->setValue(4);
        QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
    }
    QCOMPARE(Settings().language(), QStringLiteral("de"));
    // What main() installs at the next start, whatever the system's language.
    QCOMPARE(chooseLanguage(Settings().language(), {QStringLiteral("fr-FR")}), QStringLiteral("de"));
    Settings().setLanguage(QString());
    QCOMPARE(Settings().defaultSeed(), 42);
    MainWindow window;
    const AnalysisSettings settings = window.workspace()->analysisForm()->settings();
    QCOMPARE(settings.sweep.kmeans.seed, std::uint64_t(42));
    QCOMPARE(settings.sweep.kmeans.nInit, 4);
    Settings().setDefaultSeed(0);
    Settings().setDefaultRestarts(Settings::kDefaultRestarts);
}

void TestMainWindow::geometryIsRestored() {
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.resize(1010, 707);
        QTRY_COMPARE(window.size(), QSize(1010, 707));
        QVERIFY(window.close());
    }
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.size(), QSize(1010, 707));
}

void TestMainWindow::unsavedUntitledProjectAsksBeforeClosing() {
    MainWindow window;
    QVERIFY(test::showWindow(window));
    QVERIFY(test::openSampleAndWait(window));
    SegmentCard* card = window.workspace()->segmentCardsView()->cards().first();
    test::typeInto(card->nameEdit(), QStringLiteral("Cafes"));
    QTRY_VERIFY(window.projects().project()->hasUnsavedWork());
    QVERIFY(window.isWindowModified());
    // What the result views say reaches the status bar: the cards, and a chart's context menu.
    QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("Segment 1 saved."));
    window.workspace()->segmentMapView()->chartView()->copyImage();
    QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("The figure was copied to the clipboard."));

    // Close: the question comes; Cancel keeps everything.
    QVERIFY(!window.close());
    QMessageBox* box = nullptr;
    QTRY_VERIFY((box = visibleMessageBox(&window)));
    QVERIFY(test::saveScreenshot(box, QStringLiteral("save-question.png")));
    QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
    QTRY_VERIFY(!visibleMessageBox(&window));
    QVERIFY(window.isVisible());
    QVERIFY(window.projects().project());

    // Close again and discard: the window closes.
    QVERIFY(!window.close());
    QTRY_VERIFY((box = visibleMessageBox(&window)));
    QTest::mouseClick(box->button(QMessageBox::Discard), Qt::LeftButton);
    QTRY_VERIFY(!window.isVisible());
    QVERIFY(!window.projects().project());
}

void TestMainWindow::followsADarkPalette() {
    MainWindow window;
    QVERIFY(test::showWindow(window));
    QVERIFY(test::openSampleAndWait(window));
    ChartView* map = window.workspace()->segmentMapView()->chartView();
    QCOMPARE(map->chart()->theme(), QChart::ChartThemeLight);

    const QPalette light = QApplication::palette();
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, QColor(0xe0, 0xe0, 0xe0));
    QApplication::setPalette(dark);
    QTRY_COMPARE(window.workspace()->segmentMapView()->chartView()->chart()->theme(), QChart::ChartThemeDark);
    window.workspace()->setCurrentIndex(Workspace::SegmentMapTab);
    QVERIFY(test::saveScreenshot(&window, QStringLiteral("dark-segment-map.png")));
    QApplication::setPalette(light);
    QTRY_COMPARE(window.workspace()->segmentMapView()->chartView()->chart()->theme(),
                 QChart::ChartThemeLight);
}

void TestMainWindow::importedFileBecomesTheDataset() {
    MainWindow window;
    QVERIFY(test::showWindow(window));
    // As `segmenta file.csv` or a file dropped on the window: an untitled project and the wizard on the file.
    window.openArgument(test::sourcePath(QStringLiteral("resources/wholesale_customers.csv")));
    ImportWizard* wizard = test::openWizard(window);
    QVERIFY(wizard);
    QVERIFY(window.projects().project() && window.projects().project()->isUntitled());
    QVERIFY(test::clickWizardButton(wizard, QWizard::NextButton));
    QCOMPARE(wizard->currentId(), int(ImportWizard::PreviewPage));
    QTRY_VERIFY_WITH_TIMEOUT(wizard->currentPage()->isComplete(), 30000);
    QVERIFY(test::clickWizardButton(wizard, QWizard::NextButton));
    QCOMPARE(wizard->currentId(), int(ImportWizard::ColumnsPage));
    QVERIFY(test::clickWizardButton(wizard, QWizard::NextButton));
    QCOMPARE(wizard->currentId(), int(ImportWizard::RunPage));
    QTest::mouseClick(wizard->findChild<QPushButton*>(QStringLiteral("importButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(ImportWizard::ReportPage), 30000);
    QTRY_VERIFY(window.session().datasetId() != 0);
    QVERIFY(test::clickWizardButton(wizard, QWizard::FinishButton));
    QTRY_VERIFY(!window.findChild<ImportWizard*>());

    QCOMPARE(window.session().data()->rows(), Index(440));
    QVERIFY(window.projects().project()->hasUnsavedWork());
    QCOMPARE(window.workspace()->analysisForm()->settings().recipe.numeric.size(), qsizetype(6));
    QCOMPARE(window.workspace()->dataView()->model()->rowCount(), 440);
    QCOMPARE(window.navigator()->tree()->topLevelItemCount(), 1);
}

void TestMainWindow::cancelledImportReturnsToTheWelcomePage() {
    MainWindow window;
    QVERIFY(test::showWindow(window));
    QTest::mouseClick(window.welcomePage()->findChild<QCommandLinkButton*>(QStringLiteral("importButton")),
                      Qt::LeftButton);
    ImportWizard* wizard = test::openWizard(window);
    QVERIFY(wizard);
    QVERIFY(window.projects().project());
    QTest::mouseClick(wizard->button(QWizard::CancelButton), Qt::LeftButton);
    QTRY_VERIFY(!window.projects().project());
    QVERIFY(window.welcomePage()->isVisible());
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
