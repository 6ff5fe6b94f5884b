#include "gui/ProjectNavigator.h"

#include "core/Error.h"
#include "gui/AnalysisSession.h"
#include "gui/Notice.h"
#include "gui/Project.h"
#include "gui/TaskRunner.h"
#include "store/DatasetRepository.h"
#include "store/RunRepository.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace segmenta {

namespace {
enum Kind { DatasetItem = QTreeWidgetItem::UserType, RunItem };
constexpr int kIdRole = Qt::UserRole;
constexpr int kCreatedRole = Qt::UserRole + 1;

QString runLabel(qint64 id, int k, const QDateTime& created) {
    // Today's runs by their time, older ones by their day: short enough for a narrow panel.
    const QDateTime local = created.toLocalTime();
    const QString when = local.date() == QDate::currentDate()
                             ? QLocale().toString(local.time(), QLocale::ShortFormat)
                             : QLocale().toString(local.date(), QLocale::ShortFormat);
    return ProjectNavigator::tr("Run %1 · K = %2 · %3").arg(id).arg(k).arg(when);
}
} // namespace

ProjectNavigator::ProjectNavigator(AnalysisSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_tree(new QTreeWidget)
    , m_compare(new QPushButton(tr("Co&mpare")))
    , m_delete(new QPushButton(tr("De&lete Run"))) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_tree->setHeaderHidden(true);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->setAccessibleName(tr("Datasets and runs"));
    m_tree->setToolTip(
        tr("Click a dataset to see it, a run to reopen it; Ctrl+click two runs to compare them"));
    layout->addWidget(m_tree, 1);
    m_compare->setObjectName(QStringLiteral("compareButton"));
    m_delete->setObjectName(QStringLiteral("deleteButton"));
    auto* buttons = new QHBoxLayout;
    m_compare->setToolTip(tr("Compare the settings and scores of the two selected runs"));
    m_delete->setToolTip(tr("Remove the selected run from the project"));
    buttons->addWidget(m_compare);
    buttons->addWidget(m_delete);
    layout->addLayout(buttons);

    connect(m_tree, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem* item) {
        if (m_tree->selectedItems().size() == 1)
            activate(item);
    });
    connect(m_tree, &QTreeWidget::itemActivated, this, &ProjectNavigator::activate);
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, &ProjectNavigator::updateButtons);
    connect(m_tree, &QTreeWidget::customContextMenuRequested, this, &ProjectNavigator::showMenu);
    connect(m_compare, &QPushButton::clicked, this, &ProjectNavigator::compareSelected);
    connect(m_delete, &QPushButton::clicked, this, &ProjectNavigator::deleteSelectedRun);
    connect(&m_session, &AnalysisSession::projectChanged, this, &ProjectNavigator::reload);
    connect(&m_session, &AnalysisSession::contentsChanged, this, &ProjectNavigator::reload);
    connect(&m_session, &AnalysisSession::datasetChanged, this, &ProjectNavigator::markCurrent);
    connect(&m_session, &AnalysisSession::resultChanged, this, &ProjectNavigator::markCurrent);
    reload();
}

void ProjectNavigator::reload() {
    const QSignalBlocker blocker(m_tree);
    m_tree->clear();
    Project* project = m_session.project();
    if (project) {
        const QLocale locale;
        const RunRepository runs(project->store());
        for (const DatasetInfo& dataset : DatasetRepository(project->store()).list()) {
            auto* item = new QTreeWidgetItem(m_tree, {dataset.name}, DatasetItem);
            item->setData(0, kIdRole, dataset.id);
            item->setToolTip(0,
                             tr("%1 rows, %2 columns, imported %3 from %4")
                                 .arg(locale.toString(dataset.rowCount))
                                 .arg(dataset.columnCount)
                                 .arg(locale.toString(dataset.importedAt.toLocalTime(), QLocale::ShortFormat),
                                      dataset.source));
            for (const RunInfo& run : runs.list(dataset.id)) {
                auto* child =
                    new QTreeWidgetItem(item, {runLabel(run.id, run.chosenK, run.createdAt)}, RunItem);
                child->setData(0, kIdRole, run.id);
                child->setData(0, kCreatedRole, run.createdAt);
                child->setToolTip(
                    0, tr("Recommended K = %1: %2").arg(run.recommendedK).arg(run.recommendationReason));
            }
            item->setExpanded(true);
        }
    }
    markCurrent();
    updateButtons();
}

void ProjectNavigator::markCurrent() {
    for (int d = 0; d < m_tree->topLevelItemCount(); ++d) {
        QTreeWidgetItem* dataset = m_tree->topLevelItem(d);
        const bool currentDataset = dataset->data(0, kIdRole).toLongLong() == m_session.datasetId();
        QFont font = dataset->font(0);
        font.setBold(currentDataset);
        dataset->setFont(0, font);
        for (int r = 0; r < dataset->childCount(); ++r) {
            QTreeWidgetItem* run = dataset->child(r);
            const qint64 id = run->data(0, kIdRole).toLongLong();
            const bool current = id == m_session.runId() && m_session.result();
            font.setBold(current);
            run->setFont(0, font);
            if (current) // the K shown may have changed
                run->setText(0, runLabel(id, m_session.result()->k, run->data(0, kCreatedRole).toDateTime()));
        }
    }
}

QList<qint64> ProjectNavigator::selectedRuns() const {
    QList<qint64> runs;
    for (QTreeWidgetItem* item : m_tree->selectedItems())
        if (item->type() == RunItem)
            runs << item->data(0, kIdRole).toLongLong();
    std::sort(runs.begin(), runs.end());
    return runs;
}

void ProjectNavigator::updateButtons() {
    const QList<qint64> runs = selectedRuns();
    m_compare->setEnabled(runs.size() == 2);
    m_delete->setEnabled(runs.size() == 1);
}

void ProjectNavigator::activate(QTreeWidgetItem* item) {
    if (item)
        open(item->type(), item->data(0, kIdRole).toLongLong());
}

void ProjectNavigator::open(int kind, qint64 id) {
    if (m_session.runner().isBusy()) {
        emit message(tr("Wait for the running task to finish, or cancel it."));
        return;
    }
    try {
        if (kind == DatasetItem)
            m_session.setDataset(id);
        else if (id != m_session.runId())
            m_session.openRun(id);
    } catch (const DataError& error) {
        emit failed(tr("Cannot Open"), error.message());
    }
}

void ProjectNavigator::compareSelected() {
    const QList<qint64> runs = selectedRuns();
    if (runs.size() == 2)
        emit compareRequested(runs.at(0), runs.at(1));
    else
        emit message(tr("Select two runs (Ctrl+click) to compare them."));
}

void ProjectNavigator::deleteSelectedRun() {
    const QList<qint64> runs = selectedRuns();
    if (runs.size() != 1)
        return;
    const qint64 id = runs.first();
    Notice::ask(this, tr("Delete Run"),
                tr("Delete run %1 with its segments, names and notes? This cannot be undone.").arg(id),
                QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel,
                [this, id](QMessageBox::StandardButton answer) {
                    if (answer != QMessageBox::Yes)
                        return;
                    try {
                        m_session.removeRun(id);
                        emit message(tr("Run %1 deleted.").arg(id));
                    } catch (const DataError& error) {
                        emit failed(tr("Run Not Deleted"), error.message());
                    }
                });
}

void ProjectNavigator::showMenu(const QPoint& at) {
    QTreeWidgetItem* item = m_tree->itemAt(at);
    if (!item || item->type() != RunItem)
        return;
    auto* menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 id = item->data(0, kIdRole).toLongLong();
    menu->addAction(tr("&Open"), this, [this, id] { open(RunItem, id); });
    menu->addAction(tr("Co&mpare Selected"), this, &ProjectNavigator::compareSelected)
        ->setEnabled(selectedRuns().size() == 2);
    menu->addAction(tr("&Delete…"), this, &ProjectNavigator::deleteSelectedRun)
        ->setEnabled(selectedRuns().size() == 1);
    menu->popup(m_tree->viewport()->mapToGlobal(at));
}

} // namespace segmenta
