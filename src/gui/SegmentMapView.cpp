#include "gui/SegmentMapView.h"

#include "charts/SegmentMapChart.h"
#include "gui/AnalysisSession.h"
#include "gui/ChartView.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QCursor>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScatterSeries>
#include <QToolButton>
#include <QToolTip>

#include <algorithm>

namespace segmenta {

namespace {
constexpr int kTooltipColumns = 14;

QToolButton* modeButton(const QString& text, const QString& tip) {
    auto* button = new QToolButton;
    button->setText(text);
    button->setToolTip(tip);
    button->setCheckable(true);
    button->setAutoRaise(true);
    return button;
}
} // namespace

SegmentMapView::SegmentMapView(AnalysisSession& session, QWidget* parent)
    : ResultView(session, tr("Run an analysis (Analysis tab) to see the customers on the segment map."),
                 parent)
    , m_chart(new ChartView)
    , m_xCombo(new QComboBox)
    , m_yCombo(new QComboBox)
    , m_loadings(new QCheckBox(tr("&Loadings")))
    , m_zoomMode(modeButton(tr("&Zoom"), tr("Drag a rectangle to zoom in; the wheel zooms too")))
    , m_panMode(modeButton(tr("&Pan"), tr("Drag to move the view (the middle button always pans)")))
    , m_selectMode(modeButton(tr("S&elect"), tr("Drag a rectangle to select customers")))
    , m_selection(new QLabel)
    , m_showSelected(new QPushButton(tr("Show in &Data"))) {
    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    auto* bar = new QHBoxLayout;
    auto* xLabel = new QLabel(tr("&Horizontal:"));
    xLabel->setBuddy(m_xCombo);
    auto* yLabel = new QLabel(tr("&Vertical:"));
    yLabel->setBuddy(m_yCombo);
    for (QComboBox* combo : {m_xCombo, m_yCombo}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        combo->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed); // never cut below the share shown
        combo->setToolTip(tr("The principal components, each with the share of the variance it explains"));
    }
    m_xCombo->setAccessibleName(tr("Component on the horizontal axis"));
    m_yCombo->setAccessibleName(tr("Component on the vertical axis"));
    m_loadings->setToolTip(tr("Draw each feature's direction on the two components as an arrow"));
    bar->addWidget(xLabel);
    bar->addWidget(m_xCombo);
    bar->addWidget(yLabel);
    bar->addWidget(m_yCombo);
    bar->addWidget(m_loadings);
    bar->addSpacing(12);
    auto* modes = new QButtonGroup(this);
    for (QToolButton* button : {m_zoomMode, m_panMode, m_selectMode}) {
        modes->addButton(button);
        bar->addWidget(button);
    }
    m_zoomMode->setChecked(true);
    m_zoomMode->setObjectName(QStringLiteral("zoomModeButton"));
    m_panMode->setObjectName(QStringLiteral("panModeButton"));
    m_selectMode->setObjectName(QStringLiteral("selectModeButton"));
    m_showSelected->setObjectName(QStringLiteral("showSelectedButton"));
    auto* reset = new QToolButton;
    reset->setText(tr("&Reset View"));
    reset->setToolTip(tr("Show the whole map again (Home)"));
    reset->setAutoRaise(true);
    bar->addWidget(reset);
    bar->addStretch(1);
    bar->addWidget(m_selection);
    m_showSelected->setToolTip(tr("Show the selected customers in the Data tab"));
    bar->addWidget(m_showSelected);
    layout->addLayout(bar);
    m_chart->setInteractive(true);
    m_chart->setFileBaseName(QStringLiteral("segment-map"));
    m_chart->setAccessibleName(tr("Segment map"));
    layout->addWidget(m_chart, 1);
    setContent(content);

    connect(m_xCombo, &QComboBox::activated, this, &SegmentMapView::refresh);
    connect(m_yCombo, &QComboBox::activated, this, &SegmentMapView::refresh);
    connect(m_loadings, &QCheckBox::toggled, this, &SegmentMapView::refresh);
    connect(m_zoomMode, &QToolButton::clicked, this, [this] { m_chart->setMode(ChartView::Mode::Zoom); });
    connect(m_panMode, &QToolButton::clicked, this, [this] { m_chart->setMode(ChartView::Mode::Pan); });
    connect(m_selectMode, &QToolButton::clicked, this, [this] { m_chart->setMode(ChartView::Mode::Select); });
    connect(reset, &QToolButton::clicked, m_chart, &ChartView::resetView);
    connect(m_chart, &ChartView::areaSelected, this, &SegmentMapView::selectArea);
    connect(m_chart, &ChartView::message, this, &SegmentMapView::message);
    connect(m_showSelected, &QPushButton::clicked, this, [this] { emit showSelectedRequested(m_selected); });
    refresh();
}

void SegmentMapView::fillComponentCombos() {
    const AnalysisResult& result = *m_session.result();
    const int count = int(result.pca.componentCount());
    // Every run has its own variance shares: the labels always follow the run shown, and the chosen axes
    // stay as they were while the run has as many components.
    const bool sameCount = m_xCombo->count() == count;
    for (QComboBox* combo : {m_xCombo, m_yCombo}) {
        if (!sameCount)
            combo->clear();
        for (int c = 0; c < count; ++c) {
            const QString label =
                tr("PC%1 (%2 %)")
                    .arg(c + 1)
                    .arg(QLocale().toString(result.pca.explainedVarianceRatio(c) * 100.0, 'f', 1));
            if (sameCount)
                combo->setItemText(c, label);
            else
                combo->addItem(label, c);
        }
    }
    if (!sameCount) {
        m_xCombo->setCurrentIndex(0);
        m_yCombo->setCurrentIndex(std::min(1, count - 1));
    }
}

void SegmentMapView::rebuild() {
    const AnalysisResult& result = *m_session.result();
    fillComponentCombos();
    SegmentMapOptions options;
    options.xComponent = std::max(0, m_xCombo->currentIndex());
    options.yComponent = std::max(0, m_yCombo->currentIndex());
    options.loadings = m_loadings->isChecked();
    const ChartStyle style = ChartView::styleFor(this);
    QChart* chart = SegmentMapChart::create(result, m_session.segmentNames(), style, options);
    m_chart->showChart(chart);

    const Labels& labels = result.model().labels;
    m_seriesRows.assign(std::size_t(result.k), {});
    for (const Index row : SegmentMapChart::stratifiedSample(labels, result.k, options.maxPoints))
        m_seriesRows[std::size_t(labels[std::size_t(row)])].push_back(row);
    const QList<QAbstractSeries*> series = chart->series();
    for (int s = 0; s < result.k && s < series.size(); ++s) {
        auto* scatter = qobject_cast<QScatterSeries*>(series.at(s));
        if (!scatter)
            continue;
        scatter->setSelectedColor(style.palette().foreground());
        connect(scatter, &QScatterSeries::hovered, this,
                [this, s](const QPointF& point, bool entered) { showTooltip(s, point, entered); });
    }
    if (!m_selected.isEmpty()) {
        m_selected.clear();
        emit rowsSelected(m_selected);
    }
    updateSelectionLabel();
}

void SegmentMapView::renameSegments() {
    const QStringList names = m_session.segmentNames();
    const QList<QAbstractSeries*> series = m_chart->chart()->series();
    for (int s = 0; s < names.size() && s < series.size(); ++s)
        series.at(s)->setName(names.at(s));
}

void SegmentMapView::showTooltip(int segment, const QPointF& point, bool entered) {
    if (!entered) {
        QToolTip::hideText();
        return;
    }
    auto* series = qobject_cast<QScatterSeries*>(m_chart->chart()->series().value(segment));
    const auto data = m_session.data();
    const auto result = m_session.result();
    if (!series || !data || !result)
        return;
    const QList<QPointF> points = series->points();
    const qsizetype index = points.indexOf(point);
    if (index < 0 || index >= qsizetype(m_seriesRows[std::size_t(segment)].size()))
        return;
    const Index clustered = m_seriesRows[std::size_t(segment)][std::size_t(index)];
    const Index row = result->prepared.rows[std::size_t(clustered)];
    QString text = tr("<b>Customer in row %1</b><br>Segment %2: %3")
                       .arg(m_session.clusteredRowNumbers()[std::size_t(clustered)])
                       .arg(segment + 1)
                       .arg(m_session.segmentNames().value(segment).toHtmlEscaped());
    text += QStringLiteral("<table>");
    for (Index c = 0; c < data->cols() && c < kTooltipColumns; ++c)
        text += QStringLiteral("<tr><td>%1</td><td align=right>&nbsp;%2</td></tr>")
                    .arg(data->column(c).name.toHtmlEscaped(), data->displayText(row, c).toHtmlEscaped());
    text += QStringLiteral("</table>");
    QToolTip::showText(QCursor::pos(), text, m_chart);
}

void SegmentMapView::selectArea(const QRectF& values) {
    const auto result = m_session.result();
    if (!result || !m_chart->chart())
        return;
    const std::vector<qint64> rowNumbers = m_session.clusteredRowNumbers();
    m_selected.clear();
    const QList<QAbstractSeries*> series = m_chart->chart()->series();
    for (int s = 0; s < result->k && s < series.size(); ++s) {
        auto* scatter = qobject_cast<QScatterSeries*>(series.at(s));
        if (!scatter)
            continue;
        scatter->deselectAllPoints();
        if (!scatter->isVisible())
            continue;
        QList<int> inside;
        const QList<QPointF> points = scatter->points();
        for (int i = 0; i < points.size(); ++i) {
            if (!values.contains(points.at(i)))
                continue;
            inside << i;
            m_selected << rowNumbers[std::size_t(m_seriesRows[std::size_t(s)][std::size_t(i)])];
        }
        scatter->selectPoints(inside);
    }
    std::sort(m_selected.begin(), m_selected.end());
    updateSelectionLabel();
    emit rowsSelected(m_selected);
}

void SegmentMapView::updateSelectionLabel() {
    m_selection->setText(
        m_selected.isEmpty()
            ? QString()
            : tr("Selected customers: %1").arg(QLocale().toString(qlonglong(m_selected.size()))));
    m_showSelected->setEnabled(!m_selected.isEmpty());
}

} // namespace segmenta
