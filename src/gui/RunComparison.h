#pragma once

#include "store/StoredRun.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace segmenta {

/// Two runs side by side: one line per setting and score, in words.
struct RunComparison {
    Q_DECLARE_TR_FUNCTIONS(segmenta::RunComparison)

public:
    struct Line {
        QString label;
        QString first;
        QString second;
        bool differs() const { return first != second; }
    };
    qint64 firstRun = 0;
    qint64 secondRun = 0;
    QList<Line> lines;
    /// How far the two runs' segments agree, in words.
    QString agreement;

    /// Each run at the K it is shown at (`firstK`, `secondK`); `firstDataset`/`secondDataset`: the names of
    /// the datasets the runs were made on.
    static RunComparison of(const StoredRun& first, int firstK, const QString& firstDataset,
                            const StoredRun& second, int secondK, const QString& secondDataset);
    /// Adjusted Rand index of two labelings of the same rows (1: the same segments, about 0: unrelated),
    /// over the rows both list; NaN when they share fewer than two rows.
    static double adjustedRand(const StoredModel& first, const StoredModel& second);
};

} // namespace segmenta
