#pragma once

#include <QTextStream>

#include <functional>

namespace segmenta::cli {

/// Exit codes of segmenta-cli.
enum ExitCode { ExitOk = 0, ExitInternalError = 1, ExitBadInput = 2 };

/// Runs a command body and turns what it throws into the contract's exit codes: a DataError (bad input,
/// options, files) is one "segmenta-cli: error:" line on @p err and exit 2; anything else exit 1.
int guarded(QTextStream& err, const std::function<int()>& body);

} // namespace segmenta::cli
