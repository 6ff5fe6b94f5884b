#include "charts/BoxPlotChart.h"
#include "charts/ChartStyle.h"
#include "charts/CrosstabChart.h"
#include "charts/FigureRenderer.h"
#include "charts/HeatmapItem.h"
#include "charts/KSelectionChart.h"
#include "charts/ProfileChart.h"
#include "charts/SegmentMapChart.h"
#include "charts/SegmentNames.h"
#include "charts/SilhouettePlot.h"
#include "charts/ZScoreHeatmap.h"
#include "core/Analysis.h"

#include <QAbstractAxis>
#include <QAreaSeries>
#include <QBarSeries>
#include <QBarSet>
#include <QBuffer>
#include <QCategoryAxis>
#include <QChart>
#include <QDir>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QPdfWriter>
#include <QScatterSeries>
#include <QSet>
#include <QStackedBarSeries>
#include <QTest>
#include <QXmlStreamReader>

#include <cmath>
#include <memory>
#include <random>

#include "TestSupport.h"

using namespace segmenta;
using namespace segmenta::test;

namespace {

using ChartPtr = std::unique_ptr<QChart>;

AnalysisResult analyseSample() {
    const DataMatrix table = wholesaleTable();
    FeatureStep log1p;
    log1p.transform = Transform::Log1p;
    AnalysisSettings settings;
    settings.recipe = Recipe::uniform(table.columnNames().mid(2), log1p);
    return runAnalysis(table, settings);
}

// 50,000 rows in three Gaussian blobs on two components: enough to trigger the segment map's sample.
AnalysisResult syntheticLarge() {
    constexpr Index n = 50000;
    AnalysisResult result;
    result.k = 3;
    result.pca.scores.resize(n, 2);
    result.pca.components = Matrix::Identity(2, 2);
    result.pca.explainedVarianceRatio = Vector(2);
    result.pca.explainedVarianceRatio << 0.6, 0.4;
    result.prepared.featureNames = {QStringLiteral("A"), QStringLiteral("B")};
    SweepModel model;
    model.k = 3;
    model.sizes = {0, 0, 0};
    std::mt19937_64 random(7);
    std::normal_distribution<double> noise;
    for (Index r = 0; r < n; ++r) {
        // Unequal sizes (50 %, 30 %, 20 %) so that the sample must keep the proportions.
        const int s = r % 10 < 5 ? 0 : (r % 10 < 8 ? 1 : 2);
        model.labels.push_back(s);
        ++model.sizes[std::size_t(s)];
        result.pca.scores(r, 0) = 4.0 * s + noise(random);
        result.pca.scores(r, 1) = noise(random);
    }
    result.sweep.models.push_back(model);
    for (int s = 0; s < 3; ++s) {
        SegmentProfile profile;
        profile.segment = s;
        profile.suggestedName = QStringLiteral("Blob %1").arg(s + 1);
        result.profiles.push_back(profile);
    }
    return result;
}

template <typename T> QList<T*> seriesOf(const QChart* chart) {
    QList<T*> found;
    for (QAbstractSeries* series : chart->series())
        if (auto* typed = qobject_cast<T*>(series))
            found << typed;
    return found;
}

// The legend entries a reader sees (markers are only visible once the chart has been laid out).
QStringList visibleLegendLabels(QChart* chart) {
    FigureRenderer::toImage(chart, QSize(400, 300));
    QStringList labels;
    for (QLegendMarker* marker : chart->legend()->markers())
        if (marker->isVisible())
            labels << marker->label();
    return labels;
}

QString axisTitle(const QChart* chart, Qt::Orientation orientation) {
    const QList<QAbstractAxis*> axes = chart->axes(orientation);
    return axes.isEmpty() ? QString() : axes.first()->titleText();
}

// Every text node of an SVG document, concatenated (so escaped characters such as "&" compare as text).
QString svgText(const QByteArray& svg) {
    QXmlStreamReader xml(svg);
    QString text;
    while (!xml.atEnd())
        if (xml.readNext() == QXmlStreamReader::Characters)
            text += xml.text() + QLatin1Char('\n');
    return xml.hasError() ? QString() : text;
}

int distinctColors(const QImage& image) {
    QSet<QRgb> colors;
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3)
            colors.insert(image.pixel(x, y));
    return int(colors.size());
}

} // namespace

class TestCharts : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void paletteIsStableAndDistinct();
    void boxStatsAsNumpy();
    void kSelectionScalesEveryScoreAndMarksK();
    void kSelectionMarksAChosenK();
    void segmentMapHasOneSeriesPerSegment();
    void segmentMapBiplotAddsUnlistedArrows();
    void segmentMapSamplesLargeData();
    void profileShowsMeansOrRatios();
    void heatmapHoldsTheZScores();
    void silhouettePlotSortsEverySegment();
    void crosstabShowsLevelShares();
    void renamingChangesTheLegend();
    void rendersOffscreen_data();
    void rendersOffscreen();
    void rendersOntoAPdfPage();

private:
    ChartPtr figure(const QString& name, const ChartStyle& style, const QStringList& names) const;

    AnalysisResult m_result;
    Vector m_silhouettes;
    QStringList m_names;
    QDir m_screenshots;
};

void TestCharts::initTestCase() {
    m_result = analyseSample();
    m_silhouettes = SilhouettePlot::samples(m_result);
    m_names = segmentDisplayNames(m_result);
    QVERIFY(m_result.k >= 2);
    QCOMPARE(m_names.size(), m_result.k);
    QDir(QDir::currentPath()).mkpath(QStringLiteral("chart-screenshots"));
    m_screenshots = QDir(QDir::currentPath() + QStringLiteral("/chart-screenshots"));
}

void TestCharts::paletteIsStableAndDistinct() {
    const SegmentPalette light(false);
    const SegmentPalette dark(true);
    QSet<QRgb> seen;
    for (int s = 0; s < SegmentPalette::kSegmentColors; ++s) {
        QCOMPARE(light.segment(s), dark.segment(s));
        seen.insert(light.segment(s).rgb());
    }
    QCOMPARE(int(seen.size()), SegmentPalette::kSegmentColors);
    QCOMPARE(light.diverging(5.0), light.diverging(SegmentPalette::zLimit));
    QCOMPARE(light.diverging(-9.0), light.diverging(-SegmentPalette::zLimit));
    QVERIFY(light.diverging(2.0).red() > light.diverging(2.0).blue());
    QVERIFY(light.diverging(-2.0).blue() > light.diverging(-2.0).red());
}

void TestCharts::kSelectionScalesEveryScoreAndMarksK() {
    const SweepResult& sweep = m_result.sweep;
    const ChartPtr chart(KSelectionChart::create(sweep, m_result.k, ChartStyle()));
    const QList<QLineSeries*> lines = seriesOf<QLineSeries>(chart.get());
    QVERIFY(lines.size() >= 4);
    std::vector<double> silhouettes;
    for (const KScore& score : sweep.scores)
        silhouettes.push_back(score.silhouette);
    const std::vector<double> scaled = KSelectionChart::normalised(silhouettes);
    QCOMPARE(lines[1]->count(), int(sweep.scores.size()));
    for (int i = 0; i < lines[1]->count(); ++i) {
        QCOMPARE(lines[1]->at(i).x(), double(sweep.scores[std::size_t(i)].k));
        QCOMPARE(lines[1]->at(i).y(), scaled[std::size_t(i)]);
    }
    QCOMPARE(*std::min_element(scaled.begin(), scaled.end()), 0.0);
    QCOMPARE(*std::max_element(scaled.begin(), scaled.end()), 1.0);

    QCOMPARE(visibleLegendLabels(chart.get()).size(), 4);
    const QList<QScatterSeries*> labels = seriesOf<QScatterSeries>(chart.get());
    QCOMPARE(labels.size(), 1); // the chosen K is the recommended one
    QCOMPARE(labels.first()->pointLabelsFormat(), QStringLiteral("recommended"));
    QCOMPARE(labels.first()->at(0).x(), double(sweep.recommendation.k));
    QCOMPARE(lines[4]->name(), QStringLiteral("recommended"));
    QCOMPARE(lines[4]->at(0).x(), double(sweep.recommendation.k));
    QCOMPARE(lines[4]->at(1).x(), double(sweep.recommendation.k));
}

void TestCharts::kSelectionMarksAChosenK() {
    const int recommended = m_result.sweep.recommendation.k;
    const int chosen = recommended == 2 ? 3 : 2;
    const ChartPtr chart(KSelectionChart::create(m_result.sweep, chosen, ChartStyle()));
    const QList<QScatterSeries*> labels = seriesOf<QScatterSeries>(chart.get());
    QCOMPARE(labels.size(), 2);
    QCOMPARE(labels[0]->at(0).x(), double(recommended));
    QCOMPARE(labels[1]->pointLabelsFormat(), QStringLiteral("chosen"));
    QCOMPARE(labels[1]->at(0).x(), double(chosen));
}

void TestCharts::segmentMapHasOneSeriesPerSegment() {
    const ChartPtr chart(SegmentMapChart::create(m_result, m_names, ChartStyle()));
    const QList<QScatterSeries*> scatter = seriesOf<QScatterSeries>(chart.get());
    QCOMPARE(scatter.size(), m_result.k);
    const Labels& labels = m_result.model().labels;
    for (int s = 0; s < m_result.k; ++s) {
        QCOMPARE(scatter[s]->name(), m_names[s]);
        QCOMPARE(Index(scatter[s]->count()), m_result.model().sizes[std::size_t(s)]);
        QCOMPARE(scatter[s]->color().rgb(), SegmentPalette().segment(s).rgb());
        // The first point of a segment is its first row's scores.
        const auto first = Index(std::find(labels.begin(), labels.end(), s) - labels.begin());
        QCOMPARE(scatter[s]->at(0), QPointF(m_result.pca.scores(first, 0), m_result.pca.scores(first, 1)));
    }
    QCOMPARE(visibleLegendLabels(chart.get()), m_names);
    const auto percent = [&](int c) {
        return QString::number(m_result.pca.explainedVarianceRatio(c) * 100.0, 'f', 1);
    };
    QCOMPARE(axisTitle(chart.get(), Qt::Horizontal), QStringLiteral("PC1 (%1 %)").arg(percent(0)));
    QCOMPARE(axisTitle(chart.get(), Qt::Vertical), QStringLiteral("PC2 (%1 %)").arg(percent(1)));
    QVERIFY(!chart->title().contains(QStringLiteral("showing")));

    SegmentMapOptions swapped;
    swapped.xComponent = 1;
    swapped.yComponent = 0;
    const ChartPtr other(SegmentMapChart::create(m_result, m_names, ChartStyle(), swapped));
    QVERIFY(axisTitle(other.get(), Qt::Horizontal).startsWith(QStringLiteral("PC2 (")));
    QCOMPARE(seriesOf<QScatterSeries>(other.get())[0]->at(0).x(), scatter[0]->at(0).y());
}

void TestCharts::segmentMapBiplotAddsUnlistedArrows() {
    SegmentMapOptions options;
    options.loadings = true;
    const ChartPtr chart(SegmentMapChart::create(m_result, m_names, ChartStyle(), options));
    const auto features = int(m_result.prepared.featureNames.size());
    QCOMPARE(seriesOf<QLineSeries>(chart.get()).size(), features);
    QCOMPARE(seriesOf<QScatterSeries>(chart.get()).size(), m_result.k + features);
    QCOMPARE(visibleLegendLabels(chart.get()), m_names);
    const QLineSeries* arrow = seriesOf<QLineSeries>(chart.get()).first();
    QCOMPARE(arrow->name(), m_result.prepared.featureNames.first());
    // The arrow points along the feature's loadings.
    const double angle = std::atan2(arrow->at(1).y(), arrow->at(1).x());
    QVERIFY(std::abs(angle - std::atan2(m_result.pca.components(1, 0), m_result.pca.components(0, 0))) <
            1e-9);
}

void TestCharts::segmentMapSamplesLargeData() {
    const AnalysisResult large = syntheticLarge();
    const ChartPtr chart(SegmentMapChart::create(large, {}, ChartStyle()));
    QVERIFY2(chart->title().contains(QStringLiteral("showing")), qPrintable(chart->title()));
    QVERIFY(chart->title().contains(QLocale().toString(50000)));
    const QList<QScatterSeries*> scatter = seriesOf<QScatterSeries>(chart.get());
    QCOMPARE(scatter.size(), 3);
    QCOMPARE(scatter[0]->count(), 10000);
    QCOMPARE(scatter[1]->count(), 6000);
    QCOMPARE(scatter[2]->count(), 4000);
    QCOMPARE(scatter[0]->name(), QStringLiteral("Blob 1"));
    // The same data give the same sample.
    QCOMPARE(SegmentMapChart::stratifiedSample(large.model().labels, 3, 20000),
             SegmentMapChart::stratifiedSample(large.model().labels, 3, 20000));
    QVERIFY(FigureRenderer::savePng(
        chart.get(), m_screenshots.filePath(QStringLiteral("segment-map-50k.png")), QSize(900, 650)));
}

void TestCharts::profileShowsMeansOrRatios() {
    for (const ProfileMeasure measure : {ProfileMeasure::Mean, ProfileMeasure::RatioToMean}) {
        const ChartPtr chart(ProfileChart::create(m_result, m_names, ChartStyle(), measure));
        const QList<QBarSeries*> bars = seriesOf<QBarSeries>(chart.get());
        QCOMPARE(bars.size(), 1);
        QCOMPARE(bars[0]->count(), m_result.k);
        for (int s = 0; s < m_result.k; ++s) {
            QBarSet* set = bars[0]->barSets()[s];
            QCOMPARE(set->label(), m_names[s]);
            QCOMPARE(set->color(), SegmentPalette().segment(s));
            const std::vector<FeatureProfile>& features = m_result.profiles[std::size_t(s)].features;
            QCOMPARE(set->count(), int(features.size()));
            for (int f = 0; f < set->count(); ++f)
                QCOMPARE(set->at(f), measure == ProfileMeasure::Mean ? features[std::size_t(f)].mean
                                                                     : features[std::size_t(f)].ratio);
        }
        QCOMPARE(seriesOf<QLineSeries>(chart.get()).size(), measure == ProfileMeasure::Mean ? 0 : 1);
    }
}

void TestCharts::heatmapHoldsTheZScores() {
    const ChartPtr chart(ZScoreHeatmap::create(m_result, m_names, ChartStyle()));
    const HeatmapItem* heatmap = nullptr;
    for (QGraphicsItem* child : chart->childItems())
        if (auto* item = dynamic_cast<HeatmapItem*>(child))
            heatmap = item;
    QVERIFY(heatmap);
    QCOMPARE(heatmap->values().rows(), Index(m_result.k));
    QCOMPARE(heatmap->values().cols(), Index(m_result.profiledColumns.size()));
    for (int s = 0; s < m_result.k; ++s)
        for (int f = 0; f < m_result.profiledColumns.size(); ++f)
            QCOMPARE(heatmap->values()(s, f),
                     m_result.profiles[std::size_t(s)].features[std::size_t(f)].zScore);
    auto* segments = qobject_cast<QCategoryAxis*>(chart->axes(Qt::Vertical).first());
    QVERIFY(segments);
    QStringList bottomUp = m_names;
    std::reverse(bottomUp.begin(), bottomUp.end());
    QCOMPARE(segments->categoriesLabels(), bottomUp);
    auto* features = qobject_cast<QCategoryAxis*>(chart->axes(Qt::Horizontal).first());
    QCOMPARE(features->categoriesLabels(), m_result.profiledColumns);
}

void TestCharts::silhouettePlotSortsEverySegment() {
    const ChartPtr chart(SilhouettePlot::create(m_result, m_silhouettes, m_names, ChartStyle()));
    const QList<QAreaSeries*> areas = seriesOf<QAreaSeries>(chart.get());
    QCOMPARE(areas.size(), m_result.k);
    for (int s = 0; s < m_result.k; ++s) {
        QCOMPARE(areas[s]->name(), m_names[s]);
        const QLineSeries* upper = areas[s]->upperSeries();
        QCOMPARE(Index(upper->count()), m_result.model().sizes[std::size_t(s)]);
        for (int j = 1; j < upper->count(); ++j) {
            QVERIFY(upper->at(j).x() <= upper->at(j - 1).x());
            QVERIFY(upper->at(j).y() < upper->at(j - 1).y());
        }
    }
    // Segment 1 lies above segment 2.
    QVERIFY(areas[1]->upperSeries()->at(0).y() < areas[0]->upperSeries()->points().last().y());
    const QList<QLineSeries*> mean = seriesOf<QLineSeries>(chart.get());
    QCOMPARE(mean.size(), 1);
    const double sweepSilhouette =
        std::find_if(m_result.sweep.scores.begin(), m_result.sweep.scores.end(), [&](const KScore& score) {
            return score.k == m_result.k;
        })->silhouette;
    QVERIFY(std::abs(mean[0]->at(0).x() - sweepSilhouette) < 1e-9);
    QVERIFY(visibleLegendLabels(chart.get()).last().contains(QLocale().toString(sweepSilhouette, 'f', 3)));
}

void TestCharts::crosstabShowsLevelShares() {
    QCOMPARE(int(m_result.crosstabs.size()), 2);
    for (const Crosstab& crosstab : m_result.crosstabs) {
        const ChartPtr chart(CrosstabChart::create(m_result, crosstab, m_names, ChartStyle()));
        QVERIFY(chart->title().contains(crosstab.column));
        const QList<QStackedBarSeries*> bars = seriesOf<QStackedBarSeries>(chart.get());
        QCOMPARE(bars.size(), 1);
        QCOMPARE(bars[0]->count(), m_result.k);
        for (int l = 0; l < crosstab.levels.size(); ++l) {
            double total = 0.0;
            for (int s = 0; s < m_result.k; ++s) {
                const QBarSet* set = bars[0]->barSets()[s];
                QCOMPARE(set->label(), m_names[s]);
                QCOMPARE(set->at(l), 100.0 * crosstab.counts(s, l) / crosstab.counts.col(l).sum());
                total += set->at(l);
            }
            QVERIFY(std::abs(total - 100.0) < 1e-9);
        }
        QCOMPARE(axisTitle(chart.get(), Qt::Horizontal), crosstab.column);
    }
}

void TestCharts::renamingChangesTheLegend() {
    QStringList renamed(m_result.k);
    renamed[0] = QStringLiteral("Cafés & hotels");
    const QStringList names = segmentDisplayNames(m_result, renamed);
    QCOMPARE(names[0], renamed[0]);
    QCOMPARE(names.mid(1), m_names.mid(1));
    for (const QString& name : {QStringLiteral("segment-map"), QStringLiteral("profile"),
                                QStringLiteral("silhouette"), QStringLiteral("crosstab")}) {
        const ChartPtr before = figure(name, ChartStyle(), m_names);
        QVERIFY(visibleLegendLabels(before.get()).contains(m_names[0]));
        const ChartPtr after = figure(name, ChartStyle(), names);
        QCOMPARE(visibleLegendLabels(after.get()).mid(0, m_result.k), names);
    }
    // A view renames in place: the legend follows the series.
    const ChartPtr chart(SegmentMapChart::create(m_result, m_names, ChartStyle()));
    chart->series().first()->setName(renamed[0]);
    QCOMPARE(visibleLegendLabels(chart.get()).first(), renamed[0]);
}

ChartPtr TestCharts::figure(const QString& name, const ChartStyle& style, const QStringList& names) const {
    SegmentMapOptions biplot;
    biplot.loadings = true;
    if (name == QStringLiteral("k-selection"))
        return ChartPtr(KSelectionChart::create(m_result.sweep, m_result.k, style));
    if (name == QStringLiteral("segment-map"))
        return ChartPtr(SegmentMapChart::create(m_result, names, style, biplot));
    if (name == QStringLiteral("profile"))
        return ChartPtr(ProfileChart::create(m_result, names, style));
    if (name == QStringLiteral("profile-ratio"))
        return ChartPtr(ProfileChart::create(m_result, names, style, ProfileMeasure::RatioToMean));
    if (name == QStringLiteral("heatmap"))
        return ChartPtr(ZScoreHeatmap::create(m_result, names, style));
    if (name == QStringLiteral("silhouette"))
        return ChartPtr(SilhouettePlot::create(m_result, m_silhouettes, names, style));
    if (name == QStringLiteral("crosstab"))
        return ChartPtr(CrosstabChart::create(m_result, m_result.crosstabs.front(), names, style));
    return ChartPtr(CrosstabChart::create(m_result, m_result.crosstabs.back(), names, style));
}

void TestCharts::rendersOffscreen_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("dark");
    QTest::addColumn<bool>("namesSegments"); // the figure writes segment names (legend or axis)
    for (const bool dark : {false, true}) {
        const char* suffix = dark ? "-dark" : "";
        for (const char* name : {"k-selection", "segment-map", "profile", "profile-ratio", "heatmap",
                                 "silhouette", "crosstab", "crosstab-region"}) {
            const QString tag = QLatin1String(name) + QLatin1String(suffix);
            QTest::newRow(qPrintable(tag))
                << QString::fromLatin1(name) << dark << (QLatin1String(name) != QLatin1String("k-selection"));
        }
    }
}

void TestCharts::rendersOffscreen() {
    QFETCH(QString, name);
    QFETCH(bool, dark);
    QFETCH(bool, namesSegments);
    const ChartPtr chart = figure(name, ChartStyle(dark), m_names);
    const QString file = name + (dark ? QStringLiteral("-dark") : QString());

    const QImage image = FigureRenderer::toImage(chart.get(), QSize(1000, 640));
    QCOMPARE(image.size(), QSize(1000, 640));
    QVERIFY2(distinctColors(image) > 30, qPrintable(QString::number(distinctColors(image))));
    QVERIFY(!chart->scene()); // left as it was found
    QVERIFY(image.save(m_screenshots.filePath(file + QStringLiteral(".png"))));
    // Twice the DPI: twice the pixels, the same layout.
    const QImage sharp = FigureRenderer::toImage(chart.get(), QSize(2000, 1280), 192.0);
    QVERIFY(distinctColors(sharp) > 30);
    QCOMPARE(chart->size(), QSizeF(1000, 640));

    const QByteArray svg = FigureRenderer::toSvg(chart.get(), QSizeF(1000, 640));
    const QString text = svgText(svg);
    QVERIFY2(!text.isEmpty(), "SVG is not well-formed XML");
    QVERIFY(text.contains(chart->title().left(10)));
    if (namesSegments)
        for (const QString& segment : m_names)
            QVERIFY2(text.contains(segment), qPrintable(segment));
    QVERIFY(FigureRenderer::saveSvg(chart.get(), m_screenshots.filePath(file + QStringLiteral(".svg")),
                                    QSizeF(1000, 640)));
}

void TestCharts::rendersOntoAPdfPage() {
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(300);
    QPainter painter(&writer);
    const ChartPtr chart = figure(QStringLiteral("profile"), ChartStyle(), m_names);
    const QRectF target(0, 0, writer.width(), writer.height() / 2.0);
    FigureRenderer::render(chart.get(), &painter, target);
    painter.end();
    QVERIFY(pdf.startsWith("%PDF"));
    QVERIFY(pdf.size() > 5000);
    // Laid out at the target's physical size in 96-per-inch logical pixels.
    QVERIFY(std::abs(chart->size().width() - target.width() * 96.0 / 300.0) < 1.0);
}

void TestCharts::boxStatsAsNumpy() {
    // Quartiles as numpy.percentile (linear) gives them; whiskers at the furthest values within 1.5 × IQR.
    const std::vector<double> ten{1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    BoxStats box = BoxStats::ofSorted(ten);
    QCOMPARE(box.lowerQuartile, 3.25);
    QCOMPARE(box.median, 5.5);
    QCOMPARE(box.upperQuartile, 7.75);
    QCOMPARE(box.lowerWhisker, 1.0);
    QCOMPARE(box.upperWhisker, 10.0);
    const std::vector<double> outlier{1, 2, 3, 4, 100};
    box = BoxStats::ofSorted(outlier);
    QCOMPARE(box.lowerQuartile, 2.0);
    QCOMPARE(box.median, 3.0);
    QCOMPARE(box.upperQuartile, 4.0);
    QCOMPARE(box.upperWhisker, 4.0); // 100 lies beyond Q3 + 1.5 × IQR = 7
    const std::vector<double> single{5};
    box = BoxStats::ofSorted(single);
    QCOMPARE(box.lowerWhisker, 5.0);
    QCOMPARE(box.upperWhisker, 5.0);
}

QTEST_MAIN(TestCharts)
#include "TestCharts.moc"
