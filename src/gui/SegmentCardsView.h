#pragma once

#include "gui/ResultView.h"

#include <QList>

class QGridLayout;

namespace segmenta {

class SegmentCard;

/// A card per segment of the K shown: name and notes (saved in the project as they are edited), size and
/// what sets the segment apart.
class SegmentCardsView : public ResultView {
    Q_OBJECT

public:
    explicit SegmentCardsView(AnalysisSession& session, QWidget* parent = nullptr);

    const QList<SegmentCard*>& cards() const { return m_cards; }

protected:
    void rebuild() override;
    /// The cards are where names are edited: they already show the new name.
    void renameSegments() override {}

private:
    void save(int segment, const QString& name, const QString& notes);

    QWidget* m_board;
    QGridLayout* m_grid;
    QList<SegmentCard*> m_cards;
};

} // namespace segmenta
