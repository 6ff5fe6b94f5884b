#pragma once

#include <QString>

class QLineEdit;
class QWidget;

namespace segmenta {
class MainWindow;
}

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

} // namespace segmenta::test
