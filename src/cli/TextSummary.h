#pragma once

#include "core/Analysis.h"
#include "core/FeatureSelection.h"

#include <QString>

class QTextStream;

namespace segmenta::cli {

/// Prints the run for a person at a terminal: data used, the columns left out and why, PCA, the score of
/// every K with the recommended one marked, and each segment's size, name and distinguishing features.
void printSummary(QTextStream& out, const QString& inputName, const AnalysisResult& result,
                  const DataMatrix& data, const QList<ExcludedColumn>& excluded);

} // namespace segmenta::cli
