#pragma once

#include "cli/OptionTable.h"
#include "io/TableReader.h"

#include <span>

class QCommandLineParser;

namespace segmenta::cli {

/// How a file is read, shared by `import` and `analyze`: --sheet, --encoding, --delimiter, --decimal,
/// --header-row, --skip-bad-lines and --date-format.
std::span<const OptionSpec> fileReadOptions();

/// The reading options set in `parser` (which has fileReadOptions()); unset ones are detected. Throws
/// DataError for a bad value, naming the option.
ImportOptions parseFileReadOptions(const QCommandLineParser& parser);

} // namespace segmenta::cli
