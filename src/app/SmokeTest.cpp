#include "app/SmokeTest.h"

#include "gui/AnalysisSession.h"
#include "gui/MainWindow.h"
#include "gui/ProjectController.h"
#include "gui/TaskRunner.h"
#include "gui/Workspace.h"

#include <QCoreApplication>
#include <QImage>
#include <QPixmap>
#include <QTextStream>
#include <QTimer>

namespace segmenta {

namespace {
// Long enough for the sample's analysis on a slow CI machine; a hang fails instead of blocking CI.
constexpr int kTimeoutMs = 5 * 60 * 1000;

/// A view rendered nothing when every pixel has the same colour.
bool isBlank(const QImage& image) {
    if (image.isNull())
        return true;
    const QRgb first = image.pixel(0, 0);
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (image.pixel(x, y) != first)
                return false;
    return true;
}
} // namespace

SmokeTest::SmokeTest(MainWindow& window)
    : QObject(&window)
    , m_window(window) {
    connect(&window.runner(), &TaskRunner::failed, this,
            [this](const QString& title, const QString& message) {
                fail(title + QLatin1String(": ") + message);
            });
    connect(&window.runner(), &TaskRunner::cancelled, this, [this](const QString& title) { fail(title); });
    connect(&window.projects(), &ProjectController::failed, this,
            [this](const QString& title, const QString& message) {
                fail(title + QLatin1String(": ") + message);
            });
    // Queued: the views, connected before, have taken in the result when the rendering starts.
    connect(
        &window.session(), &AnalysisSession::resultChanged, this,
        [this] {
            if (m_window.session().result())
                renderViews();
        },
        Qt::QueuedConnection);
    QTimer::singleShot(kTimeoutMs, this, [this] {
        fail(QCoreApplication::translate("main", "The sample was not analysed within five minutes."));
    });
}

void SmokeTest::start() {
    m_window.projects().openSample();
}

void SmokeTest::renderViews() {
    if (m_done)
        return;
    Workspace* workspace = m_window.workspace();
    QTextStream out(stdout);
    for (int tab = 0; tab < Workspace::TabCount; ++tab) {
        workspace->setCurrentIndex(tab);
        const QImage image = workspace->currentWidget()->grab().toImage();
        const QString title = Workspace::tabTitle(static_cast<Workspace::Tab>(tab)).remove(QLatin1Char('&'));
        if (isBlank(image)) {
            fail(QCoreApplication::translate("main", "The view %1 rendered nothing.").arg(title));
            return;
        }
        out << QStringLiteral("smoke: %1 %2x%3\n").arg(title).arg(image.width()).arg(image.height());
    }
    out << QStringLiteral("smoke: run %1, K = %2\n")
               .arg(m_window.session().runId())
               .arg(m_window.session().result()->k);
    out.flush();
    m_done = true;
    QCoreApplication::exit(0);
}

void SmokeTest::fail(const QString& message) {
    if (m_done)
        return;
    m_done = true;
    QTextStream(stderr) << QCoreApplication::translate("main", "segmenta --smoke failed: %1").arg(message)
                        << Qt::endl;
    QCoreApplication::exit(1);
}

} // namespace segmenta
