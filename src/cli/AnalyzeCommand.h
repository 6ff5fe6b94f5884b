#pragma once

#include <QStringList>

class QTextStream;

namespace segmenta::cli {

/// Runs `segmenta-cli analyze` with the arguments after "analyze". Problems with the input or the
/// options are reported on `err` in one message naming the file, line and column (exit 2); output files
/// are written only when the whole analysis succeeded, each atomically.
int runAnalyze(const QStringList& arguments, QTextStream& out, QTextStream& err);

} // namespace segmenta::cli
