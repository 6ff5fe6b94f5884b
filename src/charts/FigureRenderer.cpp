#include "charts/FigureRenderer.h"

#include "charts/Log.h"
#include "core/Error.h"
#include "core/OutputFile.h"

#include <QBuffer>
#include <QChart>
#include <QFile>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QPainter>
#include <QSvgGenerator>

#include <memory>

namespace segmenta {

namespace {

constexpr double kLogicalDpi = 96.0;
constexpr double kInchesPerMeter = 1.0 / 0.0254;

bool writeAtomically(const QString& path, const QByteArray& data) {
    try {
        OutputFile::writeAll(path, data);
        return true;
    } catch (const DataError& error) {
        qCWarning(lcCharts) << error.message();
        return false;
    }
}

} // namespace

void FigureRenderer::render(QChart* chart, QPainter* painter, const QRectF& target, QSizeF layoutSize) {
    std::unique_ptr<QGraphicsScene> ownScene;
    QGraphicsScene* scene = chart->scene();
    if (!scene) {
        ownScene = std::make_unique<QGraphicsScene>();
        scene = ownScene.get();
        scene->addItem(chart);
        if (layoutSize.isEmpty()) {
            const QPaintDevice* device = painter->device();
            layoutSize = QSizeF(target.width() * kLogicalDpi / device->logicalDpiX(),
                                target.height() * kLogicalDpi / device->logicalDpiY());
        }
        chart->resize(layoutSize);
        // Qt Charts lays out on a posted event; the figure is wanted now, without an event loop.
        chart->layout()->activate();
    }
    scene->render(painter, target, chart->sceneBoundingRect(),
                  ownScene ? Qt::IgnoreAspectRatio : Qt::KeepAspectRatio);
    if (ownScene)
        ownScene->removeItem(chart);
}

QImage FigureRenderer::toImage(QChart* chart, const QSize& pixels, double dpi) {
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    image.setDotsPerMeterX(int(dpi * kInchesPerMeter + 0.5));
    image.setDotsPerMeterY(int(dpi * kInchesPerMeter + 0.5));
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    render(chart, &painter, QRectF(QPointF(), QSizeF(pixels)), QSizeF(pixels) * (kLogicalDpi / dpi));
    return image;
}

bool FigureRenderer::savePng(QChart* chart, const QString& path, const QSize& pixels, double dpi) {
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    if (!toImage(chart, pixels, dpi).save(&buffer, "PNG")) {
        qCWarning(lcCharts) << "cannot encode PNG for" << path;
        return false;
    }
    return writeAtomically(path, png);
}

QByteArray FigureRenderer::toSvg(QChart* chart, const QSizeF& size) {
    QByteArray svg;
    QBuffer buffer(&svg);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(size.toSize());
    generator.setViewBox(QRectF(QPointF(), size));
    generator.setResolution(int(kLogicalDpi));
    generator.setTitle(chart->title());
    QPainter painter(&generator);
    render(chart, &painter, QRectF(QPointF(), size), size);
    painter.end();
    return svg;
}

bool FigureRenderer::saveSvg(QChart* chart, const QString& path, const QSizeF& size) {
    return writeAtomically(path, toSvg(chart, size));
}

} // namespace segmenta
