#pragma once

#include <QTabWidget>

namespace segmenta {

class AnalysisForm;
class AnalysisSession;
class ChartView;
class DataView;
class KSelectionView;
class ProfilesView;
class SegmentCardsView;
class SegmentMapView;
class SilhouetteView;

/// The open project's views, one tab each: the data, the analysis form, choosing K, the segment map,
/// profiles, the silhouette plot and the segment cards. Points selected on the map filter the data view.
class Workspace : public QTabWidget {
    Q_OBJECT

public:
    enum Tab {
        DataTab,
        AnalysisTab,
        KSelectionTab,
        SegmentMapTab,
        ProfilesTab,
        SilhouetteTab,
        SegmentsTab,
        TabCount
    };

    explicit Workspace(AnalysisSession& session, QWidget* parent = nullptr);

    DataView* dataView() const { return m_data; }
    AnalysisForm* analysisForm() const { return m_form; }
    KSelectionView* kSelectionView() const { return m_kSelection; }
    SegmentMapView* segmentMapView() const { return m_map; }
    ProfilesView* profilesView() const { return m_profiles; }
    SilhouetteView* silhouetteView() const { return m_silhouette; }
    SegmentCardsView* segmentCardsView() const { return m_cards; }
    /// The figure on the current tab, if it shows one.
    ChartView* currentChartView() const;
    /// Every tab's title, for the View menu.
    static QString tabTitle(Tab tab);

signals:
    void message(const QString& text);

private:
    void showDataset();

    AnalysisSession& m_session;
    DataView* m_data;
    AnalysisForm* m_form;
    KSelectionView* m_kSelection;
    SegmentMapView* m_map;
    ProfilesView* m_profiles;
    SilhouetteView* m_silhouette;
    SegmentCardsView* m_cards;
};

} // namespace segmenta
