#pragma once

#include <QCoreApplication>

namespace segmenta::cli {

// The command-line tool's messages share one translation context; CliText::tr is how lupdate sees them too.
struct CliText {
    Q_DECLARE_TR_FUNCTIONS(segmenta::cli)
};

} // namespace segmenta::cli
