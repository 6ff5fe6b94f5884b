#include "gui/AnalysisSession.h"

#include "charts/SegmentNames.h"
#include "core/AnalysisSettingsJson.h"
#include "gui/Log.h"
#include "gui/Project.h"
#include "gui/TaskRunner.h"
#include "store/DataTable.h"
#include "store/DatasetRepository.h"
#include "store/RunReplay.h"
#include "store/RunRepository.h"

namespace segmenta {

namespace {

/// The share of a task's progress bar taken by the analysis; the silhouettes take the rest.
constexpr double kAnalysisShare = 0.97;

} // namespace

AnalysisSession::AnalysisSession(TaskRunner& runner, QObject* parent)
    : QObject(parent)
    , m_runner(runner) {}

AnalysisSession::~AnalysisSession() = default;

void AnalysisSession::setProject(Project* project) {
    if (project != m_project) {
        ++m_generation;
        m_project = project;
        m_datasetId = 0;
        m_datasetName.clear();
        m_data.reset();
        m_rowNumbers.clear();
        clearRun();
        emit projectChanged();
        emit datasetChanged();
        emit resultChanged();
        return;
    }
    emit projectChanged();
}

void AnalysisSession::setDataset(qint64 id) {
    if (id == m_datasetId && (m_data || id == 0))
        return;
    std::shared_ptr<const DataMatrix> data;
    std::vector<qint64> rowNumbers;
    QString name;
    if (id != 0 && m_project) {
        const DatasetRepository datasets(m_project->store());
        name = datasets.info(id).name;
        data = std::make_shared<const DataMatrix>(datasets.load(id));
        rowNumbers = DataTable(m_project->store(), id).rowNumbers();
    }
    ++m_generation;
    m_datasetId = data ? id : 0;
    m_datasetName = name;
    m_data = std::move(data);
    m_rowNumbers = std::move(rowNumbers);
    clearRun();
    emit datasetChanged();
    emit resultChanged();
}

void AnalysisSession::addDataset(qint64 id) {
    markModified();
    emit contentsChanged();
    setDataset(id);
}

std::vector<qint64> AnalysisSession::clusteredRowNumbers() const {
    std::vector<qint64> numbers;
    if (!m_view.result)
        return numbers;
    numbers.reserve(m_view.result->prepared.rows.size());
    for (const Index row : m_view.result->prepared.rows)
        numbers.push_back(m_rowNumbers.at(std::size_t(row)));
    return numbers;
}

bool AnalysisSession::startRun(const AnalysisSettings& settings) {
    if (!m_project || !m_data || m_runner.isBusy())
        return false;
    const auto data = m_data;
    const quint64 generation = m_generation;
    const qint64 datasetId = m_datasetId;
    return m_runner.run<ResultAtK>(
        tr("Analysis of %1").arg(m_datasetName),
        [data, settings](const TaskControl& control) {
            return ResultAtK::of(runAnalysis(*data, settings, control.sub(0.0, kAnalysisShare)), control);
        },
        [this, generation, datasetId, settings](ResultAtK view) {
            if (generation != m_generation)
                return;
            RunRepository runs(m_project->store());
            const qint64 id = runs.add(datasetId, settings, *view.result);
            qCInfo(lcGui) << "run" << id << "saved, K =" << view.result->k;
            markModified();
            const QStringList warnings = view.result->prepared.warnings;
            show(runs.load(id), settings, std::move(view));
            emit contentsChanged();
            if (!warnings.isEmpty())
                emit warning(warnings.join(QLatin1Char(' ')));
        });
}

bool AnalysisSession::openRun(qint64 runId) {
    if (!m_project || m_runner.isBusy())
        return false;
    const StoredRun run = RunRepository(m_project->store()).load(runId);
    const AnalysisSettings settings = analysisSettingsFromJson(run.info.parameters);
    const int k = run.info.chosenK;
    setDataset(run.info.datasetId);
    const auto data = m_data;
    const quint64 generation = m_generation;
    return m_runner.run<ResultAtK>(
        tr("Reopening run %1").arg(runId),
        [data, run, k](const TaskControl& control) {
            return ResultAtK::of(replayRun(*data, run, k, control.sub(0.0, kAnalysisShare)), control);
        },
        [this, generation, run, settings](ResultAtK view) {
            if (generation == m_generation)
                show(run, settings, std::move(view));
        });
}

bool AnalysisSession::chooseK(int k) {
    if (!m_view.result || !m_data || m_runner.isBusy())
        return false;
    if (k == m_view.result->k)
        return true;
    const auto base = m_view.result;
    const auto data = m_data;
    const quint64 generation = m_generation;
    const qint64 runId = m_run.info.id;
    return m_runner.run<ResultAtK>(
        tr("Showing K = %1").arg(k),
        [base, data, k](const TaskControl& control) { return ResultAtK::choose(*base, *data, k, control); },
        [this, generation, runId, k](ResultAtK view) {
            if (generation != m_generation || runId != m_run.info.id)
                return;
            // The run's K from now on: the project reopens at it and reports, here or from the CLI, describe
            // it.
            QStringList suggested;
            for (const SegmentProfile& profile : view.result->profiles)
                suggested << profile.suggestedName;
            RunRepository runs(m_project->store());
            runs.setChosenK(runId, k, suggested);
            markModified();
            m_run = runs.load(runId);
            m_view = std::move(view);
            emit resultChanged();
            emit contentsChanged();
        });
}

void AnalysisSession::removeRun(qint64 runId) {
    if (!m_project)
        return;
    RunRepository(m_project->store()).remove(runId);
    markModified();
    if (runId == m_run.info.id) {
        ++m_generation;
        clearRun();
        emit resultChanged();
    }
    emit contentsChanged();
}

QStringList AnalysisSession::segmentNames() const {
    if (!m_view.result)
        return {};
    const int k = m_view.result->k;
    QStringList renamed(k);
    for (const StoredSegment& segment : m_run.segments)
        if (segment.k == k && segment.segment >= 0 && segment.segment < k)
            renamed[segment.segment] = segment.name;
    return segmentDisplayNames(*m_view.result, renamed);
}

QString AnalysisSession::segmentNotes(int segment) const {
    if (!m_view.result)
        return {};
    for (const StoredSegment& stored : m_run.segments)
        if (stored.k == m_view.result->k && stored.segment == segment)
            return stored.notes;
    return {};
}

void AnalysisSession::renameSegment(int segment, const QString& name, const QString& notes) {
    if (!m_project || !m_view.result)
        return;
    const int k = m_view.result->k;
    const QString trimmed = name.trimmed();
    RunRepository(m_project->store()).setSegmentName(m_run.info.id, k, segment, trimmed, notes);
    auto stored = std::find_if(m_run.segments.begin(), m_run.segments.end(),
                               [&](const StoredSegment& s) { return s.k == k && s.segment == segment; });
    if (stored == m_run.segments.end())
        m_run.segments << StoredSegment{k, segment, {}, trimmed, notes};
    else {
        stored->name = trimmed;
        stored->notes = notes;
    }
    markModified();
    emit namesChanged();
}

void AnalysisSession::show(const StoredRun& run, const AnalysisSettings& settings, ResultAtK view) {
    m_run = run;
    m_settings = settings;
    m_view = std::move(view);
    emit resultChanged();
}

void AnalysisSession::clearRun() {
    m_run = {};
    m_settings = {};
    m_view = {};
}

void AnalysisSession::markModified() {
    if (m_project)
        m_project->setModified(true);
}

} // namespace segmenta
