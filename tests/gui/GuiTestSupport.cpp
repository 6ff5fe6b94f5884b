#include "GuiTestSupport.h"

#include "gui/AnalysisSession.h"
#include "gui/ImportWizard.h"
#include "gui/MainWindow.h"
#include "gui/TaskRunner.h"
#include "gui/WelcomePage.h"

#include <QCommandLinkButton>
#include <QCoreApplication>
#include <QDir>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

namespace segmenta::test {

void isolateSettings() {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SegmentaTests"));
    QCoreApplication::setApplicationName(QCoreApplication::applicationName());
    QSettings().clear();
}

QString screenshotPath(const QString& name) {
    QDir dir(QCoreApplication::applicationDirPath());
    dir.mkpath(QStringLiteral("screenshots"));
    return dir.filePath(QStringLiteral("screenshots/") + name);
}

bool saveScreenshot(QWidget* widget, const QString& name) {
    return widget->grab().save(screenshotPath(name));
}

bool showWindow(MainWindow& window) {
    window.resize(1280, 820);
    window.show();
    return QTest::qWaitForWindowExposed(&window);
}

void typeInto(QLineEdit* edit, const QString& text) {
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

bool openSampleAndWait(MainWindow& window) {
    auto* sample = window.welcomePage()->findChild<QCommandLinkButton*>(QStringLiteral("sampleButton"));
    if (!sample)
        return false;
    QTest::mouseClick(sample, Qt::LeftButton);
    return QTest::qWaitFor([&] { return window.session().result() && !window.runner().isBusy(); }, 120000);
}

ImportWizard* openWizard(MainWindow& window) {
    ImportWizard* wizard = nullptr;
    const bool shown =
        QTest::qWaitFor([&] { return (wizard = window.findChild<ImportWizard*>()) && wizard->isVisible(); });
    return shown ? wizard : nullptr;
}

bool clickWizardButton(ImportWizard* wizard, QWizard::WizardButton which) {
    if (!QTest::qWaitFor([&] { return wizard->button(which)->isEnabled(); }))
        return false;
    QTest::mouseClick(wizard->button(which), Qt::LeftButton);
    return true;
}

} // namespace segmenta::test
