#include "gui/ProfilesView.h"

#include "charts/BoxPlotChart.h"
#include "charts/CrosstabChart.h"
#include "charts/ProfileChart.h"
#include "charts/ZScoreHeatmap.h"
#include "gui/AnalysisSession.h"
#include "gui/ChartView.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QTabWidget>

namespace segmenta {

namespace {
constexpr int kFixedTabs = 4; // means, ratios, heatmap, distributions; crosstabs follow
}

ProfilesView::ProfilesView(AnalysisSession& session, QWidget* parent)
    : ResultView(session, tr("Run an analysis (Analysis tab) to see what each segment looks like."), parent)
    , m_tabs(new QTabWidget)
    , m_means(newChartView(tr("Segment means by feature"), QStringLiteral("profile-means")))
    , m_ratios(
          newChartView(tr("Segment means relative to the overall mean"), QStringLiteral("profile-ratios")))
    , m_heatmap(newChartView(tr("Z-score heatmap"), QStringLiteral("profile-heatmap")))
    , m_boxes(newChartView(tr("Distribution by segment"), QStringLiteral("profile-boxes")))
    , m_feature(new QComboBox)
    , m_logScale(new QCheckBox(tr("&Logarithmic scale"))) {
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_means, tr("&Means"));
    m_tabs->setTabToolTip(0, tr("Mean of each feature per segment, in the original units"));
    m_tabs->addTab(m_ratios, tr("Compared with &Average"));
    m_tabs->setTabToolTip(1, tr("Each segment's mean divided by the mean of all customers"));
    m_tabs->addTab(m_heatmap, tr("&Heatmap"));
    m_tabs->setTabToolTip(
        2, tr("How far each segment's mean lies from the overall mean, in standard deviations"));

    auto* distributions = new QWidget;
    auto* layout = new QVBoxLayout(distributions);
    auto* bar = new QHBoxLayout;
    auto* label = new QLabel(tr("&Feature:"));
    label->setBuddy(m_feature);
    m_feature->setAccessibleName(tr("Feature of the box plots"));
    m_logScale->setToolTip(
        tr("Spending data are skewed: a logarithmic axis shows small and large values alike"));
    bar->addWidget(label);
    bar->addWidget(m_feature);
    bar->addWidget(m_logScale);
    bar->addStretch(1);
    layout->addLayout(bar);
    layout->addWidget(m_boxes, 1);
    m_tabs->addTab(distributions, tr("&Distributions"));
    m_tabs->setTabToolTip(3, tr("Box plots of one feature per segment"));
    setContent(m_tabs);

    connect(m_feature, &QComboBox::activated, this, &ProfilesView::showBoxPlot);
    connect(m_logScale, &QCheckBox::toggled, this, &ProfilesView::showBoxPlot);
    refresh();
}

ChartView* ProfilesView::newChartView(const QString& accessibleName, const QString& fileName) {
    auto* view = new ChartView;
    view->setAccessibleName(accessibleName);
    view->setFileBaseName(fileName);
    connect(view, &ChartView::message, this, &ProfilesView::message);
    return view;
}

QList<ChartView*> ProfilesView::chartViews() const {
    return QList<ChartView*>{m_means, m_ratios, m_heatmap, m_boxes} + m_crosstabs;
}

void ProfilesView::rebuild() {
    const AnalysisResult& result = *m_session.result();
    const QStringList names = m_session.segmentNames();
    const ChartStyle style = ChartView::styleFor(this);
    m_means->showChart(ProfileChart::create(result, names, style, ProfileMeasure::Mean));
    m_ratios->showChart(ProfileChart::create(result, names, style, ProfileMeasure::RatioToMean));
    m_heatmap->showChart(ZScoreHeatmap::create(result, names, style));

    const QString feature = m_feature->currentText();
    QStringList features;
    for (int i = 0; i < m_feature->count(); ++i)
        features << m_feature->itemText(i);
    if (features != result.profiledColumns) {
        m_feature->clear();
        m_feature->addItems(result.profiledColumns);
        const int kept = m_feature->findText(feature);
        m_feature->setCurrentIndex(kept >= 0 ? kept : 0);
        const bool logged = !m_session.settings().recipe.numeric.isEmpty() &&
                            m_session.settings().recipe.numeric.first().transform != Transform::None;
        const QSignalBlocker blocker(m_logScale);
        m_logScale->setChecked(logged);
    }
    showBoxPlot();

    const int current = m_tabs->currentIndex();
    while (m_tabs->count() > kFixedTabs) {
        QWidget* tab = m_tabs->widget(kFixedTabs);
        m_tabs->removeTab(kFixedTabs);
        delete tab;
    }
    m_crosstabs.clear();
    for (const Crosstab& table : result.crosstabs) {
        ChartView* view = newChartView(tr("Segments by %1").arg(table.column),
                                       QStringLiteral("segments-by-%1").arg(table.column.toLower()));
        view->showChart(CrosstabChart::create(result, table, names, style));
        m_tabs->addTab(view, tr("By %1").arg(table.column));
        m_tabs->setTabToolTip(m_tabs->count() - 1, tr("The segment mix of each %1").arg(table.column));
        m_crosstabs << view;
    }
    m_tabs->setCurrentIndex(std::min(current, m_tabs->count() - 1));
}

void ProfilesView::showBoxPlot() {
    const auto result = m_session.result();
    const auto data = m_session.data();
    if (!result || !data || m_feature->currentIndex() < 0)
        return;
    m_boxes->showChart(BoxPlotChart::create(*result, *data, m_feature->currentText(),
                                            m_session.segmentNames(), ChartView::styleFor(this),
                                            m_logScale->isChecked()));
}

} // namespace segmenta
