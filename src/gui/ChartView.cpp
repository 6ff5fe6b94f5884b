#include "gui/ChartView.h"

#include "charts/FigureRenderer.h"
#include "gui/FileChooser.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QDir>
#include <QLegend>
#include <QLegendMarker>
#include <QMenu>
#include <QRubberBand>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace segmenta {

namespace {
constexpr double kWheelZoom = 0.8;   // one wheel notch shows 80 % of the range
constexpr double kExportScale = 2.0; // copied and saved images at twice the screen size
constexpr int kPanStep = 40;         // pixels per arrow key
constexpr int kMinDrag = 4;          // a smaller drag is a click
constexpr double kHiddenOpacity = 0.4;
} // namespace

ChartView::ChartView(QWidget* parent)
    : QChartView(parent) {
    setRenderHint(QPainter::Antialiasing);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(320, 240);
}

ChartView::~ChartView() {
    delete chart(); // the view owns the figure it shows
}

ChartStyle ChartView::styleFor(const QWidget* widget) {
    const QPalette palette = widget ? widget->palette() : QApplication::palette();
    return ChartStyle(palette.color(QPalette::Window).lightness() < 128);
}

void ChartView::showChart(QChart* figure) {
    QChart* previous = chart();
    setChart(figure);
    delete previous;
    connectLegend();
    setAccessibleDescription(figure ? figure->title() : QString());
}

void ChartView::setInteractive(bool interactive) {
    m_interactive = interactive;
    setMode(m_mode);
}

void ChartView::setMode(Mode mode) {
    m_mode = mode;
    setCursor(m_interactive && mode == Mode::Pan      ? Qt::OpenHandCursor
              : m_interactive && mode == Mode::Select ? Qt::CrossCursor
                                                      : Qt::ArrowCursor);
}

QImage ChartView::image() const {
    return FigureRenderer::toImage(chart(), size() * kExportScale, 96.0 * kExportScale);
}

void ChartView::copyImage() {
    QApplication::clipboard()->setImage(image());
    emit message(tr("The figure was copied to the clipboard."));
}

void ChartView::savePng(const QString& path) {
    emit message(FigureRenderer::savePng(chart(), path, size() * kExportScale, 96.0 * kExportScale)
                     ? tr("Saved %1.").arg(QDir::toNativeSeparators(path))
                     : tr("Could not write %1; choose a folder you can write to.")
                           .arg(QDir::toNativeSeparators(path)));
}

void ChartView::saveSvg(const QString& path) {
    emit message(FigureRenderer::saveSvg(chart(), path, size())
                     ? tr("Saved %1.").arg(QDir::toNativeSeparators(path))
                     : tr("Could not write %1; choose a folder you can write to.")
                           .arg(QDir::toNativeSeparators(path)));
}

void ChartView::resetView() {
    if (chart())
        chart()->zoomReset();
}

void ChartView::contextMenuEvent(QContextMenuEvent* event) {
    if (!chart())
        return;
    auto* menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(tr("&Copy Image"), this, &ChartView::copyImage);
    menu->addAction(tr("Save as &PNG…"), this, [this] {
        FileChooser::ask(this, FileChooser::Mode::SaveFile, tr("Save Figure as PNG"),
                         tr("PNG images (*.png)"), m_fileBaseName + QStringLiteral(".png"),
                         QStringLiteral("png"), [this](const QString& path) { savePng(path); });
    });
    menu->addAction(tr("Save as &SVG…"), this, [this] {
        FileChooser::ask(this, FileChooser::Mode::SaveFile, tr("Save Figure as SVG"),
                         tr("SVG drawings (*.svg)"), m_fileBaseName + QStringLiteral(".svg"),
                         QStringLiteral("svg"), [this](const QString& path) { saveSvg(path); });
    });
    if (m_interactive) {
        menu->addSeparator();
        menu->addAction(tr("&Reset View"), this, &ChartView::resetView);
    }
    menu->popup(event->globalPos());
}

void ChartView::connectLegend() {
    if (!chart())
        return;
    for (QLegendMarker* marker : chart()->legend()->markers()) {
        connect(marker, &QLegendMarker::clicked, this, [marker] {
            QAbstractSeries* series = marker->series();
            series->setVisible(!series->isVisible());
            // Hiding a series hides its marker too; keep the entry, dimmed, so it can be clicked back.
            marker->setVisible(true);
            const qreal opacity = series->isVisible() ? 1.0 : kHiddenOpacity;
            QBrush label = marker->labelBrush();
            QColor color = label.color();
            color.setAlphaF(opacity);
            label.setColor(color);
            marker->setLabelBrush(label);
            QBrush brush = marker->brush();
            color = brush.color();
            color.setAlphaF(opacity);
            brush.setColor(color);
            marker->setBrush(brush);
        });
    }
}

void ChartView::zoomAt(const QPointF& anchor, double factor) {
    if (!chart())
        return;
    const QRectF plot = chart()->plotArea();
    const QPointF at = chart()->mapFromScene(mapToScene(anchor.toPoint()));
    const QPointF fixed(std::clamp(at.x(), plot.left(), plot.right()),
                        std::clamp(at.y(), plot.top(), plot.bottom()));
    QRectF zoomed(fixed.x() - (fixed.x() - plot.left()) * factor,
                  fixed.y() - (fixed.y() - plot.top()) * factor, plot.width() * factor,
                  plot.height() * factor);
    chart()->zoomIn(zoomed);
}

QRectF ChartView::plotRectOf(const QRect& viewRect) const {
    return QRectF(chart()->mapFromScene(mapToScene(viewRect.topLeft())),
                  chart()->mapFromScene(mapToScene(viewRect.bottomRight())))
        .normalized();
}

void ChartView::wheelEvent(QWheelEvent* event) {
    if (!m_interactive || event->angleDelta().y() == 0)
        return QChartView::wheelEvent(event);
    const double notches = event->angleDelta().y() / 120.0;
    zoomAt(event->position(), std::pow(kWheelZoom, notches));
    event->accept();
}

void ChartView::keyPressEvent(QKeyEvent* event) {
    if (!m_interactive || !chart())
        return QChartView::keyPressEvent(event);
    const QPointF centre = rect().center();
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomAt(centre, kWheelZoom);
        break;
    case Qt::Key_Minus:
        zoomAt(centre, 1.0 / kWheelZoom);
        break;
    case Qt::Key_Left:
        chart()->scroll(-kPanStep, 0);
        break;
    case Qt::Key_Right:
        chart()->scroll(kPanStep, 0);
        break;
    case Qt::Key_Up:
        chart()->scroll(0, kPanStep);
        break;
    case Qt::Key_Down:
        chart()->scroll(0, -kPanStep);
        break;
    case Qt::Key_Home:
    case Qt::Key_0:
        resetView();
        break;
    default:
        return QChartView::keyPressEvent(event);
    }
    event->accept();
}

void ChartView::mousePressEvent(QMouseEvent* event) {
    const bool drag =
        event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && m_mode == Mode::Pan);
    if (!m_interactive || !chart() || (event->button() != Qt::LeftButton && !drag))
        return QChartView::mousePressEvent(event);
    m_pressAt = event->pos();
    m_lastDrag = event->pos();
    m_dragging = drag;
    if (drag) {
        setCursor(Qt::ClosedHandCursor);
    } else {
        if (!m_band)
            m_band = new QRubberBand(QRubberBand::Rectangle, viewport());
        m_band->setGeometry(QRect(m_pressAt, QSize()));
        m_band->show();
        QChartView::mousePressEvent(event); // so that a click still reaches the series
    }
    event->accept();
}

void ChartView::mouseMoveEvent(QMouseEvent* event) {
    if (m_dragging) {
        const QPoint delta = event->pos() - m_lastDrag;
        m_lastDrag = event->pos();
        chart()->scroll(-delta.x(), delta.y());
        event->accept();
        return;
    }
    if (m_band && m_band->isVisible()) {
        m_band->setGeometry(QRect(m_pressAt, event->pos()).normalized());
        event->accept();
        return;
    }
    QChartView::mouseMoveEvent(event);
}

void ChartView::mouseReleaseEvent(QMouseEvent* event) {
    if (m_dragging) {
        m_dragging = false;
        setMode(m_mode);
        event->accept();
        return;
    }
    if (!m_band || !m_band->isVisible())
        return QChartView::mouseReleaseEvent(event);
    m_band->hide();
    const QRect dragged = QRect(m_pressAt, event->pos()).normalized();
    event->accept();
    if (dragged.width() < kMinDrag && dragged.height() < kMinDrag)
        return QChartView::mouseReleaseEvent(event); // a click: series get their clicked()
    const QRectF area = plotRectOf(dragged);
    if (m_mode == Mode::Zoom) {
        chart()->zoomIn(area);
        return;
    }
    const QPointF a = chart()->mapToValue(area.topLeft());
    const QPointF b = chart()->mapToValue(area.bottomRight());
    emit areaSelected(QRectF(a, b).normalized());
}

} // namespace segmenta
