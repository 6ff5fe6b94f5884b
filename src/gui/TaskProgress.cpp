#include "gui/TaskProgress.h"

#include "gui/TaskRunner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

namespace segmenta {

namespace {
constexpr int kSteps = 1000;
}

TaskProgress::TaskProgress(TaskRunner& runner, QWidget* parent)
    : QWidget(parent)
    , m_runner(runner)
    , m_stage(new QLabel)
    , m_bar(new QProgressBar)
    , m_cancel(new QToolButton) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_bar->setRange(0, kSteps);
    m_bar->setFixedWidth(220);
    m_bar->setAccessibleName(tr("Progress of the running task"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop the running task (Esc)"));
    layout->addWidget(m_stage);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    hide();

    connect(m_cancel, &QToolButton::clicked, &m_runner, &TaskRunner::cancel);
    connect(&m_runner, &TaskRunner::started, this, [this](const QString& title) {
        m_title = title;
        m_stage->setText(title);
        m_bar->setValue(0);
        m_cancel->setEnabled(true);
        show();
    });
    connect(&m_runner, &TaskRunner::progress, this, [this](double fraction, const QString& stage) {
        m_stage->setText(stage.isEmpty() ? m_title : tr("%1: %2").arg(m_title, stage));
        m_bar->setValue(int(fraction * kSteps));
    });
    connect(m_cancel, &QToolButton::clicked, this, [this] {
        m_cancel->setEnabled(false);
        m_stage->setText(tr("%1: cancelling…").arg(m_title));
    });
    connect(&m_runner, &TaskRunner::finished, this, [this] {
        if (!m_runner.isBusy())
            hide();
    });
}

} // namespace segmenta
