#include "report/ChartExport.h"

#include "charts/CrosstabChart.h"
#include "charts/FigureRenderer.h"
#include "charts/KSelectionChart.h"
#include "charts/ProfileChart.h"
#include "charts/SegmentMapChart.h"
#include "charts/SilhouettePlot.h"
#include "charts/ZScoreHeatmap.h"
#include "core/Error.h"
#include "core/OutputFile.h"
#include "report/PdfContext.h"

#include <QBuffer>
#include <QChart>
#include <QDir>
#include <QImage>
#include <QRegularExpression>

#include <functional>
#include <memory>

namespace segmenta {

namespace {

QByteArray pngOf(QChart* chart, const ChartExportOptions& options) {
    const double scale = options.dpi / 96.0;
    const QImage image = FigureRenderer::toImage(
        chart, QSize(qRound(options.size.width() * scale), qRound(options.size.height() * scale)),
        options.dpi);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

/// A file name from a column name: letters, digits, '-' and '_' kept, anything else '_'.
QString fileStem(const QString& column) {
    static const QRegularExpression unsafe(QStringLiteral("[^\\w-]+"));
    return QStringLiteral("crosstab_") + QString(column).replace(unsafe, QStringLiteral("_"));
}

} // namespace

QStringList ChartExport::write(const ReportInput& input, const QString& directory,
                               const ChartExportOptions& options) {
    OutputSet outputs;
    write(input, directory, options, outputs);
    return outputs.commit();
}

QStringList ChartExport::write(const ReportInput& input, const QString& directory,
                               const ChartExportOptions& options, OutputSet& outputs) {
    if (!QDir().mkpath(directory))
        throw DataError(tr("Cannot create the folder '%1'.").arg(directory));
    const PdfContext context(input);
    const AnalysisResult& result = context.result;
    using Make = std::function<QChart*()>;
    QList<std::pair<QString, Make>> figures{
        {QStringLiteral("k_selection"),
         [&] { return KSelectionChart::create(result.sweep, result.k, context.style); }},
        {QStringLiteral("segment_map"),
         [&] { return SegmentMapChart::create(result, context.names, context.style); }},
        {QStringLiteral("profiles"),
         [&] { return ProfileChart::create(result, context.names, context.style); }},
        {QStringLiteral("zscores"),
         [&] { return ZScoreHeatmap::create(result, context.names, context.style); }},
        {QStringLiteral("silhouette"),
         [&] {
             return SilhouettePlot::create(result, SilhouettePlot::samples(result), context.names,
                                           context.style);
         }},
    };
    for (const Crosstab* crosstab : context.crosstabs)
        figures.append({fileStem(crosstab->column), [&, crosstab] {
                            return CrosstabChart::create(result, *crosstab, context.names, context.style);
                        }});

    QStringList written;
    const QDir folder(directory);
    for (const auto& [stem, make] : figures) {
        const std::unique_ptr<QChart> chart(make());
        if (options.png) {
            written << folder.filePath(stem + QStringLiteral(".png"));
            outputs.add(written.last()).write(pngOf(chart.get(), options));
        }
        if (options.svg) {
            written << folder.filePath(stem + QStringLiteral(".svg"));
            outputs.add(written.last()).write(FigureRenderer::toSvg(chart.get(), options.size));
        }
    }
    return written;
}

} // namespace segmenta
