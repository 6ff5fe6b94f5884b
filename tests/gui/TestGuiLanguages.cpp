#include "gui/AnalysisSession.h"
#include "gui/ExportDialog.h"
#include "gui/ImportWizard.h"
#include "gui/MainWindow.h"
#include "gui/TaskRunner.h"
#include "gui/Workspace.h"

#include <QDialog>
#include <QDir>
#include <QMenuBar>
#include <QMutex>
#include <QPushButton>
#include <QSet>
#include <QTest>
#include <QTranslator>

#include "GuiTestSupport.h"
#include "TestSupport.h"
#include "i18n/Languages.h"

using namespace segmenta;

namespace {

/// Segmenta's catalogue, noting every string of Segmenta's that the running application asked for and the
/// catalogue could not translate: a tr() whose context differs from the one lupdate gave it, or text that
/// reaches tr() without having been marked for translation.
class RecordingTranslator : public QTranslator {
public:
    RecordingTranslator() {
        const QDir forms(test::sourcePath(QStringLiteral("ui")));
        for (const QString& form : forms.entryList({QStringLiteral("*.ui")}))
            m_formContexts.insert(form.chopped(3));
        m_formContexts.insert(QStringLiteral("main"));
    }

    QString translate(const char* context, const char* source, const char* disambiguation,
                      int n) const override {
        const QString found = QTranslator::translate(context, source, disambiguation, n);
        const QString name = QString::fromUtf8(context);
        if (found.isEmpty() && source && *source &&
            (name.startsWith(QLatin1String("segmenta")) || m_formContexts.contains(name))) {
            const QMutexLocker lock(&m_mutex); // the engine's messages come from the task runner's thread
            m_missing.insert(QStringLiteral("[%1] \"%2\"").arg(name, QString::fromUtf8(source)));
        }
        return found;
    }

    void clear() {
        const QMutexLocker lock(&m_mutex);
        m_missing.clear();
    }

    QStringList missing() const {
        const QMutexLocker lock(&m_mutex);
        QStringList list(m_missing.begin(), m_missing.end());
        list.sort();
        return list;
    }

private:
    QSet<QString> m_formContexts;
    mutable QMutex m_mutex;
    mutable QSet<QString> m_missing;
};

void closeDialogs(MainWindow& window) {
    for (QDialog* dialog : window.findChildren<QDialog*>())
        if (dialog->isVisible())
            dialog->reject();
}

} // namespace

/// The whole application in each shipped language: every string it shows on the way through the import
/// wizard, the sample's analysis, every view and dialog comes from the catalogue.
class TestGuiLanguages : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { test::isolateSettings(); }
    void everyScreenIsTranslated_data();
    void everyScreenIsTranslated();
};

void TestGuiLanguages::everyScreenIsTranslated_data() {
    QTest::addColumn<QString>("code");
    for (const Language& language : shippedLanguages().mid(1))
        QTest::addRow("%s", qPrintable(language.code)) << language.code;
}

void TestGuiLanguages::everyScreenIsTranslated() {
    QFETCH(QString, code);
    QVERIFY(installTranslators(*QCoreApplication::instance(), code));
    RecordingTranslator recorder;
    QVERIFY(recorder.load(QStringLiteral(":/i18n/segmenta_") + code));
    QCoreApplication::installTranslator(&recorder);
    // The recorder notices a string of Segmenta's that its catalogue lacks, and nothing else.
    QCoreApplication::translate("segmenta::MainWindow", "A string no source has");
    QCoreApplication::translate("QPlatformTheme", "A string of Qt's");
    QCOMPARE(recorder.missing(),
             QStringList{QStringLiteral("[segmenta::MainWindow] \"A string no source has\"")});
    recorder.clear();
    {
        MainWindow window;
        QVERIFY(test::showWindow(window));
        const QString file = window.menuBar()->actions().first()->text();
        QVERIFY2(file != QLatin1String("&File"), qPrintable(file));

        window.openArgument(test::sourcePath(QStringLiteral("resources/wholesale_customers.csv")));
        ImportWizard* wizard = test::openWizard(window);
        QVERIFY(wizard);
        QVERIFY(test::clickWizardButton(wizard, QWizard::NextButton));
        QTRY_VERIFY_WITH_TIMEOUT(wizard->currentPage()->isComplete(), 30000);
        QVERIFY(test::clickWizardButton(wizard, QWizard::NextButton));
        QVERIFY(test::clickWizardButton(wizard, QWizard::NextButton));
        QTest::mouseClick(wizard->findChild<QPushButton*>(QStringLiteral("importButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(ImportWizard::ReportPage), 30000);
        QVERIFY(test::saveScreenshot(wizard, QStringLiteral("%1-import-report.png").arg(code)));
        QVERIFY(test::clickWizardButton(wizard, QWizard::FinishButton));
        QTRY_VERIFY(!window.findChild<ImportWizard*>());

        window.workspace()->setCurrentIndex(Workspace::AnalysisTab);
        QVERIFY(QTest::qWaitFor([&] { return window.findChild<QPushButton*>(QStringLiteral("runButton")); }));
        QTest::mouseClick(window.findChild<QPushButton*>(QStringLiteral("runButton")), Qt::LeftButton);
        QVERIFY(
            QTest::qWaitFor([&] { return window.session().result() && !window.runner().isBusy(); }, 120000));
        for (int tab = 0; tab < Workspace::TabCount; ++tab) {
            window.workspace()->setCurrentIndex(tab);
            QVERIFY(test::saveScreenshot(&window, QStringLiteral("%1-tab-%2.png").arg(code).arg(tab)));
        }
        window.showPreferences();
        window.showGuide();
        window.showAbout();
        for (int format = 0; format < 3; ++format)
            window.showExportDialog(format);
        for (QDialog* dialog : window.findChildren<QDialog*>())
            if (dialog->isVisible())
                QVERIFY(test::saveScreenshot(
                    dialog,
                    QStringLiteral("%1-%2.png")
                        .arg(code,
                             QString::fromLatin1(dialog->metaObject()->className()).section(u':', -1))));
        closeDialogs(window);
    }
    QCoreApplication::removeTranslator(&recorder);
    QVERIFY(installTranslators(*QCoreApplication::instance(), QStringLiteral("en")));
    const QStringList missing = recorder.missing();
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("%1 strings shown untranslated:\n  %2")
                                               .arg(missing.size())
                                               .arg(missing.join(QStringLiteral("\n  ")))));
}

QTEST_MAIN(TestGuiLanguages)
#include "TestGuiLanguages.moc"
