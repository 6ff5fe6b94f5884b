#include "gui/AnalysisForm.h"

#include "core/FeatureSelection.h"
#include "gui/AnalysisSession.h"
#include "gui/ColumnStats.h"
#include "gui/Settings.h"
#include "gui/TaskRunner.h"
#include "gui/WheelGuard.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLocale>

#include <cmath>

#include "ui_AnalysisForm.h"

namespace segmenta {

namespace {

enum Column { FeatureColumn, SkewnessColumn, MissingColumn, TransformColumn, OutliersColumn, ColumnCount };

template <class Enum> void setCurrent(QComboBox* combo, Enum value) {
    const int index = combo->findData(int(value));
    if (index >= 0)
        combo->setCurrentIndex(index);
}

template <class Enum> Enum currentOf(const QComboBox* combo) {
    return Enum(combo->currentData().toInt());
}

QComboBox* missingCombo(bool categorical) {
    auto* combo = new QComboBox;
    WheelGuard::guard(combo);
    if (!categorical) {
        combo->addItem(AnalysisForm::tr("Median"), int(MissingRule::Median));
        combo->addItem(AnalysisForm::tr("Mean"), int(MissingRule::Mean));
    }
    combo->addItem(AnalysisForm::tr("Most frequent"), int(MissingRule::MostFrequent));
    combo->addItem(AnalysisForm::tr("Leave out"), int(MissingRule::DropRow));
    combo->setToolTip(AnalysisForm::tr("A missing value is filled with the column's median, mean or most "
                                       "frequent value, or the customer is left out"));
    return combo;
}

QComboBox* transformCombo() {
    auto* combo = new QComboBox;
    WheelGuard::guard(combo);
    combo->addItem(AnalysisForm::tr("None"), int(Transform::None));
    combo->addItem(AnalysisForm::tr("log(1 + x)"), int(Transform::Log1p));
    combo->addItem(AnalysisForm::tr("log x"), int(Transform::Log));
    combo->addItem(AnalysisForm::tr("Square root"), int(Transform::Sqrt));
    combo->setToolTip(
        AnalysisForm::tr("A log transform keeps a few very large values from deciding the segments"));
    return combo;
}

QComboBox* outliersCombo() {
    auto* combo = new QComboBox;
    WheelGuard::guard(combo);
    combo->addItem(AnalysisForm::tr("Keep"), int(OutlierRule::None));
    combo->addItem(AnalysisForm::tr("Clip 1–99 %"), int(OutlierRule::ClipPercentile));
    combo->addItem(AnalysisForm::tr("Clip (Tukey)"), int(OutlierRule::ClipTukey));
    combo->addItem(AnalysisForm::tr("Leave out (Tukey)"), int(OutlierRule::DropTukey));
    combo->setToolTip(
        AnalysisForm::tr("Clip to the 1st and 99th percentiles or to the Tukey fences (1.5 × IQR beyond the "
                         "quartiles, after the transform), or leave such customers out"));
    return combo;
}

} // namespace

AnalysisForm::AnalysisForm(AnalysisSession& session, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::AnalysisForm>())
    , m_session(session) {
    m_ui->setupUi(this);
    QTableWidget* table = m_ui->featureTable;
    table->setColumnCount(ColumnCount);
    table->setHorizontalHeaderLabels(
        {tr("Feature"), tr("Skewness"), tr("If missing"), tr("Transform"), tr("Outliers")});
    table->horizontalHeaderItem(SkewnessColumn)
        ->setToolTip(tr("0 for a symmetric column; above 1 strongly skewed"));
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);

    m_ui->scalingCombo->addItem(tr("Standardise (z-score)"), int(Scaling::Standard));
    m_ui->scalingCombo->addItem(tr("Min–max to [0, 1]"), int(Scaling::MinMax));
    m_ui->scalingCombo->addItem(tr("Robust (median and IQR)"), int(Scaling::Robust));
    m_ui->scalingCombo->addItem(tr("None"), int(Scaling::None));
    m_ui->clusterOnCombo->addItem(tr("Prepared features"), int(ClusterSpace::Features));
    m_ui->clusterOnCombo->addItem(tr("Principal components"), int(ClusterSpace::Pca));
    m_ui->clusterOnCombo->setToolTip(
        tr("The components always draw the segment map; clustering on them drops "
           "the variance the components leave out"));
    m_ui->algorithmCombo->addItem(tr("K-Means"), int(Algorithm::KMeans));
    m_ui->algorithmCombo->addItem(tr("Fuzzy C-Means"), int(Algorithm::FuzzyCMeans));
    m_ui->algorithmCombo->addItem(tr("Mini-batch K-Means"), int(Algorithm::MiniBatch));
    m_ui->algorithmCombo->setItemData(2,
                                      tr("K-Means on batches of 1,024 customers: for millions of customers, "
                                         "much faster, with a slightly higher inertia"),
                                      Qt::ToolTipRole);
    const Settings preferences;
    m_ui->seedSpin->setValue(preferences.defaultSeed());
    m_ui->restartsSpin->setValue(preferences.defaultRestarts());

    connect(m_ui->allButton, &QPushButton::clicked, this, [this] { setAllChecked(true); });
    connect(m_ui->noneButton, &QPushButton::clicked, this, [this] { setAllChecked(false); });
    connect(m_ui->suggestButton, &QPushButton::clicked, this, &AnalysisForm::suggestTransforms);
    connect(m_ui->runButton, &QPushButton::clicked, this, &AnalysisForm::run);
    connect(m_ui->cancelButton, &QPushButton::clicked, &m_session.runner(), &TaskRunner::cancel);
    connect(table, &QTableWidget::itemChanged, this, &AnalysisForm::updateState);
    connect(m_ui->componentsRadio, &QRadioButton::toggled, this, &AnalysisForm::updateState);
    connect(m_ui->algorithmCombo, &QComboBox::currentIndexChanged, this, &AnalysisForm::updateState);
    connect(m_ui->kMinSpin, &QSpinBox::valueChanged, this, [this](int k) {
        m_ui->kMaxSpin->setMinimum(k);
        updateState();
    });
    connect(m_ui->kMaxSpin, &QSpinBox::valueChanged, this, &AnalysisForm::updateState);
    connect(&m_session, &AnalysisSession::datasetChanged, this, &AnalysisForm::fillFeatures);
    connect(&m_session, &AnalysisSession::resultChanged, this, &AnalysisForm::showRunSettings);
    connect(&m_session.runner(), &TaskRunner::started, this, &AnalysisForm::updateState);
    connect(&m_session.runner(), &TaskRunner::finished, this, &AnalysisForm::updateState);
    fillFeatures();
}

AnalysisForm::~AnalysisForm() = default;

void AnalysisForm::fillFeatures() {
    QTableWidget* table = m_ui->featureTable;
    const QSignalBlocker blocker(table);
    table->setRowCount(0);
    m_rows.clear();
    m_shownRun = 0;
    const auto data = m_session.data();
    m_ui->featuresGroup->setTitle(data ? tr("Features of %1").arg(m_session.datasetName()) : tr("Features"));
    if (data) {
        // The same choice of columns as segmenta-cli's defaults, with each left-out column's reason.
        const FeatureSelection defaults = selectFeatures(*data, {});
        for (Index c = 0; c < data->cols(); ++c) {
            const QString& name = data->column(c).name;
            const auto excluded = std::find_if(defaults.excluded.begin(), defaults.excluded.end(),
                                               [&](const ExcludedColumn& e) { return e.column == name; });
            addRow(*data, c,
                   excluded == defaults.excluded.end() ? QString()
                                                       : ExclusionText::explain(*data, *excluded, false));
        }
    }
    updateState();
}

void AnalysisForm::addUnusableRow(const ColumnInfo& info, const QString& reason) {
    Row row;
    row.column = info.name;
    row.usable = false;
    QTableWidget* table = m_ui->featureTable;
    const int r = table->rowCount();
    table->insertRow(r);
    auto* name = new QTableWidgetItem(info.name);
    name->setFlags(Qt::NoItemFlags);
    name->setToolTip(reason);
    table->setItem(r, FeatureColumn, name);
    auto* why = new QTableWidgetItem(reason);
    why->setFlags(Qt::NoItemFlags);
    why->setToolTip(reason);
    table->setItem(r, SkewnessColumn, why);
    table->setSpan(r, SkewnessColumn, 1, ColumnCount - SkewnessColumn);
    m_rows << row;
}

void AnalysisForm::addRow(const DataMatrix& data, Index column, const QString& excludedReason) {
    const ColumnInfo& info = data.column(column);
    const bool categorical = info.kind == ColumnKind::Categorical;
    if (info.kind != ColumnKind::Numeric && !categorical)
        return addUnusableRow(info, excludedReason); // identifiers, dates and free text cannot be features
    Row row;
    row.column = info.name;
    row.categorical = categorical;
    std::vector<double> values;
    bool anyMissing = false;
    for (Index r = 0; r < data.rows(); ++r) {
        const double value = data.values()(r, column);
        if (std::isnan(value))
            anyMissing = true;
        else
            values.push_back(value);
    }
    row.skewness = categorical ? 0.0 : sampleSkewness(values);
    row.minimum = values.empty() ? 0.0 : *std::min_element(values.begin(), values.end());

    QTableWidget* table = m_ui->featureTable;
    const int r = table->rowCount();
    table->insertRow(r);
    auto* name = new QTableWidgetItem(info.name);
    name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
    // Categories (Channel, Region) are usually what segments are compared against, not what they are made
    // of; constant, mostly empty and counting columns cannot tell customers apart.
    name->setCheckState(excludedReason.isEmpty() ? Qt::Checked : Qt::Unchecked);
    const QString kind = categorical ? tr("Categorical: one 0/1 feature per level") : tr("Numbers");
    name->setToolTip(excludedReason.isEmpty() ? kind : kind + QLatin1Char('\n') + excludedReason);
    table->setItem(r, FeatureColumn, name);

    const QLocale locale;
    auto* skew =
        new QTableWidgetItem(categorical || std::isnan(row.skewness) ? QStringLiteral("—")
                                                                     : locale.toString(row.skewness, 'f', 2));
    skew->setFlags(Qt::ItemIsEnabled);
    skew->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    if (!categorical && row.skewness > kSkewed) {
        QFont font = skew->font();
        font.setBold(true);
        skew->setFont(font);
        skew->setToolTip(tr("Strongly skewed: a log transform is suggested"));
    }
    table->setItem(r, SkewnessColumn, skew);

    row.missing = missingCombo(categorical);
    row.missing->setAccessibleName(tr("Missing values of %1").arg(info.name));
    table->setCellWidget(r, MissingColumn, row.missing);
    if (categorical) {
        auto* encoding = new QTableWidgetItem(tr("one-hot"));
        encoding->setFlags(Qt::ItemIsEnabled);
        table->setItem(r, TransformColumn, encoding);
    } else {
        row.transform = transformCombo();
        row.transform->setAccessibleName(tr("Transform of %1").arg(info.name));
        table->setCellWidget(r, TransformColumn, row.transform);
        row.outliers = outliersCombo();
        row.outliers->setAccessibleName(tr("Outliers of %1").arg(info.name));
        table->setCellWidget(r, OutliersColumn, row.outliers);
    }
    if (!anyMissing)
        row.missing->setToolTip(tr("%1 has no missing values").arg(info.name));
    m_rows << row;
    if (!categorical && row.skewness > kSkewed && row.minimum >= 0.0)
        setCurrent(row.transform, Transform::Log1p);
}

void AnalysisForm::suggestTransforms() {
    for (const Row& row : std::as_const(m_rows))
        if (row.transform)
            setCurrent(row.transform,
                       row.skewness > kSkewed && row.minimum >= 0.0 ? Transform::Log1p : Transform::None);
    emit message(tr("Log transform suggested for the strongly skewed columns."));
}

bool AnalysisForm::isChecked(int row) const {
    return m_rows.at(row).usable && m_ui->featureTable->item(row, FeatureColumn)->checkState() == Qt::Checked;
}

void AnalysisForm::setChecked(int row, bool checked) {
    if (m_rows.at(row).usable)
        m_ui->featureTable->item(row, FeatureColumn)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

void AnalysisForm::setAllChecked(bool checked) {
    for (int r = 0; r < m_rows.size(); ++r)
        setChecked(r, checked && !m_rows.at(r).categorical);
}

AnalysisSettings AnalysisForm::settings() const {
    AnalysisSettings settings;
    const auto scaling = currentOf<Scaling>(m_ui->scalingCombo);
    for (int r = 0; r < m_rows.size(); ++r) {
        if (!isChecked(r))
            continue;
        const Row& row = m_rows.at(r);
        if (row.categorical) {
            settings.recipe.categorical
                << CategoricalStep{row.column, currentOf<MissingRule>(row.missing), false};
            continue;
        }
        FeatureStep step;
        step.column = row.column;
        step.missing = currentOf<MissingRule>(row.missing);
        step.transform = currentOf<Transform>(row.transform);
        step.outliers = currentOf<OutlierRule>(row.outliers);
        step.scaling = scaling;
        settings.recipe.numeric << step;
    }
    if (m_ui->componentsRadio->isChecked()) {
        settings.pca.components = m_ui->componentsSpin->value();
    } else {
        settings.pca.components = 0;
        settings.pca.varianceFraction = m_ui->varianceSpin->value() / 100.0;
    }
    settings.clusterOn = currentOf<ClusterSpace>(m_ui->clusterOnCombo);
    settings.sweep.kMin = m_ui->kMinSpin->value();
    settings.sweep.kMax = m_ui->kMaxSpin->value();
    settings.sweep.algorithm = currentOf<Algorithm>(m_ui->algorithmCombo);
    settings.sweep.fuzzifier = m_ui->fuzzifierSpin->value();
    settings.sweep.kmeans.nInit = m_ui->restartsSpin->value();
    settings.sweep.kmeans.maxIter = m_ui->iterationsSpin->value();
    settings.sweep.kmeans.seed = std::uint64_t(m_ui->seedSpin->value());
    settings.sweep.silhouette.seed = settings.sweep.kmeans.seed;
    return settings;
}

void AnalysisForm::showSettings(const AnalysisSettings& settings) {
    const QSignalBlocker blocker(m_ui->featureTable);
    for (int r = 0; r < m_rows.size(); ++r) {
        const Row& row = m_rows.at(r);
        if (!row.usable)
            continue;
        bool used = false;
        for (const FeatureStep& step : settings.recipe.numeric) {
            if (step.column != row.column || row.categorical)
                continue;
            used = true;
            setCurrent(row.missing, step.missing);
            setCurrent(row.transform, step.transform);
            setCurrent(row.outliers, step.outliers);
            setCurrent(m_ui->scalingCombo, step.scaling);
        }
        for (const CategoricalStep& step : settings.recipe.categorical) {
            if (step.column != row.column || !row.categorical)
                continue;
            used = true;
            setCurrent(row.missing, step.missing);
        }
        setChecked(r, used);
    }
    const bool byCount = settings.pca.components > 0;
    (byCount ? m_ui->componentsRadio : m_ui->varianceRadio)->setChecked(true);
    if (byCount)
        m_ui->componentsSpin->setValue(settings.pca.components);
    else
        m_ui->varianceSpin->setValue(int(std::lround(settings.pca.varianceFraction * 100.0)));
    setCurrent(m_ui->clusterOnCombo, settings.clusterOn);
    m_ui->kMinSpin->setValue(settings.sweep.kMin);
    m_ui->kMaxSpin->setValue(settings.sweep.kMax);
    setCurrent(m_ui->algorithmCombo, settings.sweep.algorithm);
    m_ui->fuzzifierSpin->setValue(settings.sweep.fuzzifier);
    m_ui->restartsSpin->setValue(settings.sweep.kmeans.nInit);
    m_ui->iterationsSpin->setValue(settings.sweep.kmeans.maxIter);
    m_ui->seedSpin->setValue(
        int(std::min<std::uint64_t>(settings.sweep.kmeans.seed, std::uint64_t(m_ui->seedSpin->maximum()))));
    updateState();
}

void AnalysisForm::showRunSettings() {
    if (m_session.runId() == 0 || m_session.runId() == m_shownRun)
        return;
    m_shownRun = m_session.runId();
    showSettings(m_session.settings());
}

QString AnalysisForm::problem() const {
    const auto data = m_session.data();
    if (!data)
        return tr("Import data or open the sample first (File menu).");
    bool any = false;
    for (int r = 0; r < m_rows.size(); ++r)
        any = any || isChecked(r);
    if (!any)
        return tr("Tick at least one feature to segment on.");
    if (m_ui->kMaxSpin->value() >= data->rows())
        return tr("%1 segments need more than %1 customers, but the dataset has %2; lower the number of "
                  "segments.")
            .arg(m_ui->kMaxSpin->value())
            .arg(data->rows());
    return {};
}

void AnalysisForm::updateState() {
    const bool busy = m_session.runner().isBusy();
    const QString why = problem();
    m_ui->problemLabel->setText(why);
    m_ui->problemLabel->setVisible(!why.isEmpty());
    m_ui->runButton->setEnabled(!busy && why.isEmpty());
    m_ui->cancelButton->setEnabled(busy);
    m_ui->fuzzifierSpin->setEnabled(currentOf<Algorithm>(m_ui->algorithmCombo) == Algorithm::FuzzyCMeans);
    m_ui->componentsSpin->setEnabled(m_ui->componentsRadio->isChecked());
    m_ui->varianceSpin->setEnabled(!m_ui->componentsRadio->isChecked());
}

bool AnalysisForm::run() {
    const QString why = problem();
    if (!why.isEmpty()) {
        emit message(why);
        return false;
    }
    if (!m_session.startRun(settings())) {
        emit message(tr("Another task is running; wait for it to finish or cancel it."));
        return false;
    }
    emit started();
    return true;
}

} // namespace segmenta
