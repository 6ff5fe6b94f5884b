#include "gui/ResultView.h"

#include "gui/AnalysisSession.h"

#include <QEvent>
#include <QLabel>
#include <QStackedLayout>

namespace segmenta {

ResultView::ResultView(AnalysisSession& session, const QString& emptyHint, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_stack(new QStackedLayout(this))
    , m_hint(new QLabel(this))
    , m_emptyHint(emptyHint) {
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setWordWrap(true);
    m_hint->setMargin(24);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(m_hint);
    connect(&m_session, &AnalysisSession::resultChanged, this, &ResultView::refresh);
    connect(&m_session, &AnalysisSession::namesChanged, this, [this] {
        if (m_session.result())
            renameSegments();
    });
}

void ResultView::setContent(QWidget* content) {
    m_stack->addWidget(content);
}

void ResultView::refresh() {
    if (!m_session.result()) {
        showHint(m_emptyHint);
        return;
    }
    m_stack->setCurrentIndex(1);
    rebuild();
}

void ResultView::showHint(const QString& hint) {
    m_hint->setText(hint);
    m_stack->setCurrentIndex(0);
}

void ResultView::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_session.result())
        refresh();
}

} // namespace segmenta
