#pragma once

#include <QString>
#include <QWizard>

class QLineEdit;
class QWidget;

namespace segmenta {
class ImportWizard;
class MainWindow;
} // namespace segmenta

namespace segmenta::test {

/// Settings of their own for GUI suites (never the user's), and a clean slate.
void isolateSettings();
/// Path of a screenshot in the build folder ("<test binary's folder>/screenshots/<name>").
QString screenshotPath(const QString& name);
/// Grabs `widget` into screenshotPath(name); false when it could not be written.
bool saveScreenshot(QWidget* widget, const QString& name);
/// Shows the window at the size of the screenshots and waits until it is on screen.
bool showWindow(MainWindow& window);
/// Replaces the text of `edit` by typing `text`, then presses Return.
void typeInto(QLineEdit* edit, const QString& text);
/// Opens the bundled sample through the welcome page and waits until its analysis is shown.
bool openSampleAndWait(MainWindow& window);
/// The import wizard the window opened, once it is on screen; null when none came.
ImportWizard* openWizard(MainWindow& window);
/// Clicks a wizard button once it is enabled; false when it never was.
bool clickWizardButton(ImportWizard* wizard, QWizard::WizardButton which);

} // namespace segmenta::test
