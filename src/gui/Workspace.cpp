#include "gui/Workspace.h"

#include "gui/AnalysisForm.h"
#include "gui/AnalysisSession.h"
#include "gui/ChartView.h"
#include "gui/DataView.h"
#include "gui/KSelectionView.h"
#include "gui/ProfilesView.h"
#include "gui/Project.h"
#include "gui/SegmentCardsView.h"
#include "gui/SegmentMapView.h"
#include "gui/SilhouetteView.h"

#include <QLocale>

namespace segmenta {

Workspace::Workspace(AnalysisSession& session, QWidget* parent)
    : QTabWidget(parent)
    , m_session(session)
    , m_data(new DataView)
    , m_form(new AnalysisForm(session))
    , m_kSelection(new KSelectionView(session))
    , m_map(new SegmentMapView(session))
    , m_profiles(new ProfilesView(session))
    , m_silhouette(new SilhouetteView(session))
    , m_cards(new SegmentCardsView(session)) {
    setDocumentMode(true);
    const QList<QWidget*> pages{m_data, m_form, m_kSelection, m_map, m_profiles, m_silhouette, m_cards};
    const QStringList tips{tr("The customers of the dataset, with each column's statistics"),
                           tr("Features, preparation and the range of K to try"),
                           tr("Scores of every K and the recommended number of segments"),
                           tr("Customers on the first principal components, coloured by segment"),
                           tr("What each segment looks like, feature by feature"),
                           tr("How well each customer fits its segment"),
                           tr("Name the segments and read what sets each apart")};
    for (int tab = 0; tab < TabCount; ++tab) {
        addTab(pages.at(tab), tabTitle(Tab(tab)));
        setTabToolTip(tab, tips.at(tab));
        pages.at(tab)->setAccessibleName(tabTitle(Tab(tab)).remove(QLatin1Char('&')));
    }

    connect(&m_session, &AnalysisSession::projectChanged, this, &Workspace::showDataset);
    connect(&m_session, &AnalysisSession::datasetChanged, this, &Workspace::showDataset);
    connect(m_map, &SegmentMapView::rowsSelected, this, [this](const QList<qint64>& rows) {
        m_data->showRows(rows);
        if (!rows.isEmpty())
            emit message(tr("Selected customers: %1; the Data tab lists them.")
                             .arg(QLocale().toString(qlonglong(rows.size()))));
    });
    connect(m_map, &SegmentMapView::showSelectedRequested, this, [this](const QList<qint64>& rows) {
        m_data->showRows(rows);
        setCurrentIndex(DataTab);
    });
    connect(m_form, &AnalysisForm::message, this, &Workspace::message);
    connect(&m_session, &AnalysisSession::warning, this, &Workspace::message);
    for (ResultView* view :
         std::initializer_list<ResultView*>{m_kSelection, m_map, m_profiles, m_silhouette, m_cards})
        connect(view, &ResultView::message, this, &Workspace::message);
    showDataset();
}

QString Workspace::tabTitle(Tab tab) {
    switch (tab) {
    case DataTab:
        return tr("&Data");
    case AnalysisTab:
        return tr("&Analysis");
    case KSelectionTab:
        return tr("Choosing &K");
    case SegmentMapTab:
        return tr("Segment &Map");
    case ProfilesTab:
        return tr("&Profiles");
    case SilhouetteTab:
        return tr("S&ilhouette");
    case SegmentsTab:
    case TabCount:
        break;
    }
    return tr("&Segments");
}

ChartView* Workspace::currentChartView() const {
    switch (currentIndex()) {
    case KSelectionTab:
        return m_kSelection->chartView();
    case SegmentMapTab:
        return m_map->chartView();
    case SilhouetteTab:
        return m_silhouette->chartView();
    case ProfilesTab: {
        const QList<ChartView*> views = m_profiles->chartViews();
        for (ChartView* view : views)
            if (view->isVisible())
                return view;
        return nullptr;
    }
    default:
        return nullptr;
    }
}

void Workspace::showDataset() {
    Project* project = m_session.project();
    m_data->setDataset(project && m_session.datasetId() != 0 ? &project->store() : nullptr,
                       m_session.datasetId());
}

} // namespace segmenta
