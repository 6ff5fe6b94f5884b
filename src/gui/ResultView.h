#pragma once

#include <QWidget>

class QLabel;
class QStackedLayout;

namespace segmenta {

class AnalysisSession;

/// A view of the current result: shows a hint until there is a result, and is rebuilt (refresh()) whenever
/// another run or K is shown, a segment is renamed or the palette changes between light and dark.
class ResultView : public QWidget {
    Q_OBJECT

public:
    ResultView(AnalysisSession& session, const QString& emptyHint, QWidget* parent = nullptr);

    /// Rebuilds the view from the session.
    void refresh();

signals:
    /// A line for the status bar (a chart copied or saved, customers selected, ...).
    void message(const QString& text);

protected:
    /// The widget shown once there is a result.
    void setContent(QWidget* content);
    /// Fills the content from the session's result, which is not null.
    virtual void rebuild() = 0;
    /// A segment was renamed; rebuilds unless the view updates its names itself.
    virtual void renameSegments() { refresh(); }
    /// Shows `hint` instead of the content (e.g. when this result cannot be shown).
    void showHint(const QString& hint);
    void changeEvent(QEvent* event) override;

    AnalysisSession& m_session;

private:
    QStackedLayout* m_stack;
    QLabel* m_hint;
    QString m_emptyHint;
};

} // namespace segmenta
