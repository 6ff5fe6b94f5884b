#pragma once

#include "cli/ReportOutputs.h"
#include "core/Analysis.h"
#include "core/FeatureSelection.h"
#include "io/TableReader.h"

#include <QString>
#include <QStringList>

namespace segmenta::cli {

/// A parsed `segmenta-cli analyze` command line.
struct AnalyzeRequest {
    QString input;          ///< file to analyse; empty with useSample
    bool useSample = false; ///< analyse the bundled Wholesale sample
    QString projectPath;    ///< analyse a stored dataset of this project and store the run
    QString datasetName;
    ImportOptions fileOptions; ///< how the input file is read (sheet, encoding, bad lines, ...)
    FeatureRequest columns;    ///< features, categorical columns and exclusions as named
    FeatureStep numericStep;   ///< missing rule, transform, outliers and scaling for every numeric feature
    int dropTukeyMinFeatures = 1;
    bool pcaGiven = false;
    AnalysisSettings settings; ///< recipe columns are filled in once the data is read
    bool grid = false;         ///< also score the preprocessing grid (log on/off × scalers)
    QString jsonPath;          ///< "-" = standard output
    QString labelsPath;
    ReportOutputs reports; ///< PDF, XLSX and CSV reports of the run
};

/// Parses the arguments that follow "analyze". Throws DataError with a usage message on bad input.
AnalyzeRequest parseAnalyzeArguments(const QStringList& arguments);

/// The help text of the analyze command.
QString analyzeHelp();

} // namespace segmenta::cli
