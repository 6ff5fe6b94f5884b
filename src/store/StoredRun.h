#pragma once

#include "core/KSelection.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <vector>

namespace segmenta {

/// What the runs table says about one segmentation run.
struct RunInfo {
    qint64 id = 0;
    qint64 datasetId = 0;
    QDateTime createdAt;
    QJsonObject parameters; ///< the run's AnalysisSettings as core's toJson() writes them
    quint64 seed = 0;
    QString appVersion;
    QByteArray dataSha256; ///< raw digest of the clustered feature matrix
    double seconds = 0.0;
    int chosenK = 0;
    int recommendedK = 0;
    QString recommendationReason;
};

/// The model of one K, as it can be reopened.
struct StoredModel {
    int k = 0;
    Matrix centroids;
    std::vector<Index> sizes;
    Labels labels;                  ///< 0-based segment of every kept row
    std::vector<qint64> rowNumbers; ///< dataset row number of every kept row, parallel to labels
};

/// A segment's names and notes. `segment` is 0-based like the engine's labels.
struct StoredSegment {
    int k = 0;
    int segment = 0;
    QString suggestedName;
    QString name; ///< given by the user; empty when not renamed
    QString notes;

    const QString& displayName() const { return name.isEmpty() ? suggestedName : name; }
    friend bool operator==(const StoredSegment&, const StoredSegment&) = default;
};

/// A run read back from a project: everything needed to show any of its K again.
struct StoredRun {
    RunInfo info;
    std::vector<KScore> scores;      ///< ascending K
    std::vector<StoredModel> models; ///< ascending K
    QList<StoredSegment> segments;   ///< by K, then segment

    /// Throws StoreError when the run has no model for `k`.
    const StoredModel& model(int k) const;
};

} // namespace segmenta
