#pragma once

#include <QStringList>

class QTextStream;

namespace segmenta::cli {

/// `segmenta-cli report --project p.segmenta [--run ID] [--pdf r.pdf] [--xlsx r.xlsx] [--csv DIR]
/// [--include-pii]`: the reports of a stored run (default: the latest), with the segment names and notes
/// saved in the project. Every export is written to the project's audit log.
int runReport(const QStringList& arguments, QTextStream& out, QTextStream& err);
QString reportHelp();

} // namespace segmenta::cli
