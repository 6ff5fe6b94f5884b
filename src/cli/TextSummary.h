#pragma once

#include "core/Analysis.h"

#include <QString>

class QTextStream;

namespace segmenta::cli {

/// Prints the run for a person at a terminal: data used, PCA, the score of every K with the recommended
/// one marked, and each segment's size, name and distinguishing features.
void printSummary(QTextStream& out, const QString& inputName, const AnalysisResult& result);

} // namespace segmenta::cli
