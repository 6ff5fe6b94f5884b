#include "gui/SegmentCardsView.h"

#include "core/Error.h"
#include "gui/AnalysisSession.h"
#include "gui/ChartView.h"
#include "gui/Notice.h"
#include "gui/SegmentCard.h"

#include <QGridLayout>
#include <QScrollArea>
#include <QVBoxLayout>

namespace segmenta {

namespace {
constexpr int kColumns = 2;
}

SegmentCardsView::SegmentCardsView(AnalysisSession& session, QWidget* parent)
    : ResultView(session, tr("Run an analysis (Analysis tab) to name and describe the segments."), parent)
    , m_board(new QWidget)
    , m_grid(new QGridLayout) {
    auto* board = new QVBoxLayout(m_board);
    board->addLayout(m_grid);
    board->addStretch(1);
    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_board);
    scroll->setFrameShape(QFrame::NoFrame);
    setContent(scroll);
    refresh();
}

void SegmentCardsView::rebuild() {
    qDeleteAll(m_cards);
    m_cards.clear();
    const AnalysisResult& result = *m_session.result();
    const QStringList names = m_session.segmentNames();
    const ChartStyle style = ChartView::styleFor(this);
    for (const SegmentProfile& profile : result.profiles) {
        auto* card = new SegmentCard(profile, style.palette().segment(profile.segment),
                                     names.value(profile.segment), m_session.segmentNotes(profile.segment));
        connect(card, &SegmentCard::edited, this, &SegmentCardsView::save);
        m_grid->addWidget(card, profile.segment / kColumns, profile.segment % kColumns);
        m_cards << card;
    }
}

void SegmentCardsView::save(int segment, const QString& name, const QString& notes) {
    try {
        m_session.renameSegment(segment, name, notes);
        emit message(tr("Segment %1 saved.").arg(segment + 1));
    } catch (const DataError& error) {
        Notice::error(this, tr("Segment Not Saved"), error.message());
    }
}

} // namespace segmenta
