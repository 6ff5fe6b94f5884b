#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace segmenta {

class TaskRunner;

/// The running task in the status bar: what it is doing (e.g. "K = 4, restart 3 of 10"), how far it is, and
/// Cancel. Hidden while nothing runs.
class TaskProgress : public QWidget {
    Q_OBJECT

public:
    explicit TaskProgress(TaskRunner& runner, QWidget* parent = nullptr);

    QLabel* stage() const { return m_stage; }
    QToolButton* cancelButton() const { return m_cancel; }

private:
    TaskRunner& m_runner;
    QLabel* m_stage;
    QProgressBar* m_bar;
    QToolButton* m_cancel;
    QString m_title;
};

} // namespace segmenta
