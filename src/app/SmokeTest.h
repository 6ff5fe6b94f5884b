#pragma once

#include <QObject>

namespace segmenta {

class MainWindow;

/// `segmenta --smoke`: opens the bundled sample in @p window, lets the task runner import and analyse it,
/// renders every view of the workspace offscreen and exits the event loop with 0, or with 1 (and a
/// message on standard error) when a task fails or a view renders nothing. It only listens to the window's
/// signals: no nested event loop, no processEvents.
class SmokeTest : public QObject {
    Q_OBJECT

public:
    explicit SmokeTest(MainWindow& window);

    /// Opens the sample; the outcome arrives as QCoreApplication::exit().
    void start();

private:
    void renderViews();
    void fail(const QString& message);

    MainWindow& m_window;
    bool m_done = false;
};

} // namespace segmenta
