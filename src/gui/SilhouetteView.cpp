#include "gui/SilhouetteView.h"

#include "charts/SilhouettePlot.h"
#include "gui/AnalysisSession.h"
#include "gui/ChartView.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace segmenta {

SilhouetteView::SilhouetteView(AnalysisSession& session, QWidget* parent)
    : ResultView(session,
                 tr("Run an analysis (Analysis tab) to see how well each customer fits its segment."), parent)
    , m_summary(new QLabel)
    , m_chart(new ChartView) {
    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_chart->setFileBaseName(QStringLiteral("silhouette"));
    m_chart->setAccessibleName(tr("Silhouette plot"));
    layout->addWidget(m_chart, 1);
    setContent(content);
    connect(m_chart, &ChartView::message, this, &SilhouetteView::message);
    refresh();
}

void SilhouetteView::rebuild() {
    const AnalysisResult& result = *m_session.result();
    const Vector& silhouettes = m_session.silhouettes();
    if (silhouettes.size() == 0) {
        showHint(
            tr("The silhouette plot needs every customer's distance to every other one, which takes too "
               "long for more than %1 customers. The mean silhouette of each K is on the Choosing K tab.")
                .arg(QLocale().toString(qlonglong(ResultAtK::kSilhouetteRows))));
        return;
    }
    const Index negative = (silhouettes.array() < 0.0).count();
    m_summary->setText(
        tr("Mean silhouette %1 (from −1 to 1; higher means customers sit clearly in their segment). "
           "%2 % of the customers fit another segment slightly better (negative values).")
            .arg(QLocale().toString(silhouettes.mean(), 'f', 3))
            .arg(QLocale().toString(100.0 * double(negative) / double(silhouettes.size()), 'f', 1)));
    m_chart->showChart(
        SilhouettePlot::create(result, silhouettes, m_session.segmentNames(), ChartView::styleFor(this)));
}

} // namespace segmenta
