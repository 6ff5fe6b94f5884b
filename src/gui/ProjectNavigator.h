#pragma once

#include <QWidget>

class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace segmenta {

class AnalysisSession;

/// The project's datasets and, under each, its runs (oldest first). Choosing a dataset shows it; choosing a
/// run reopens it; two selected runs can be compared; a run can be deleted.
class ProjectNavigator : public QWidget {
    Q_OBJECT

public:
    explicit ProjectNavigator(AnalysisSession& session, QWidget* parent = nullptr);

    QTreeWidget* tree() const { return m_tree; }
    /// Ids of the selected runs, in tree order.
    QList<qint64> selectedRuns() const;

public slots:
    /// Reads the datasets and runs again.
    void reload();
    void compareSelected();
    void deleteSelectedRun();

signals:
    void compareRequested(qint64 firstRun, qint64 secondRun);
    void message(const QString& text);
    void failed(const QString& title, const QString& text);

private:
    void activate(QTreeWidgetItem* item);
    /// Shows dataset or run `id` (`kind` says which).
    void open(int kind, qint64 id);
    void markCurrent();
    void updateButtons();
    void showMenu(const QPoint& at);

    AnalysisSession& m_session;
    QTreeWidget* m_tree;
    QPushButton* m_compare;
    QPushButton* m_delete;
};

} // namespace segmenta
