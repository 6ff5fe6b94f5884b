#pragma once

#include "core/Analysis.h"

#include <QList>
#include <QWidget>

#include <memory>

class QComboBox;

namespace Ui {
class AnalysisForm;
}

namespace segmenta {

class AnalysisSession;

/// The analysis settings of the current dataset: features with their missing-value rule, transform and
/// outlier rule, scaling, PCA, the range of K, the algorithm and its fitting. "Run Analysis" runs it on the
/// task runner. A strongly skewed column of non-negative numbers gets a log transform suggested.
class AnalysisForm : public QWidget {
    Q_OBJECT

public:
    explicit AnalysisForm(AnalysisSession& session, QWidget* parent = nullptr);
    ~AnalysisForm() override;

    /// The settings as the form shows them.
    AnalysisSettings settings() const;
    /// Shows `settings` (e.g. of a reopened run); features the dataset lacks are left out.
    void showSettings(const AnalysisSettings& settings);
    /// Why the analysis cannot run as set, in words; empty when it can.
    QString problem() const;

    /// Skewness above which a log transform is suggested.
    static constexpr double kSkewed = 1.0;

public slots:
    /// Starts the analysis; false (with a message) when it cannot start.
    bool run();

signals:
    void message(const QString& text);
    /// The analysis started on the task runner.
    void started();

private:
    /// One feature row of the table.
    struct Row {
        QString column;
        bool categorical = false;
        bool usable = true; ///< false for identifiers, dates and text, which cannot be features
        double skewness = 0.0;
        double minimum = 0.0;
        QComboBox* missing = nullptr;
        QComboBox* transform = nullptr;
        QComboBox* outliers = nullptr;
    };

    void fillFeatures();
    /// A column that can be a feature, ticked unless `excludedReason` says why it is left out by default.
    void addRow(const DataMatrix& data, Index column, const QString& excludedReason);
    /// A column that cannot be a feature, greyed, with the reason.
    void addUnusableRow(const ColumnInfo& info, const QString& reason);
    void suggestTransforms();
    void setAllChecked(bool checked);
    bool isChecked(int row) const;
    void setChecked(int row, bool checked);
    void updateState();
    void showRunSettings();

    std::unique_ptr<Ui::AnalysisForm> m_ui;
    AnalysisSession& m_session;
    QList<Row> m_rows;
    qint64 m_shownRun = 0;
};

} // namespace segmenta
