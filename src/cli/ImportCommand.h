#pragma once

#include <QStringList>

class QTextStream;

namespace segmenta::cli {

/// `segmenta-cli import <file> --project p.segmenta [...]`: reads a CSV/TSV/XLSX/ODS file and stores it as a
/// dataset of the project, all or nothing, and prints the import report. A file already imported (same
/// SHA-256) is refused unless --again is given.
int runImport(const QStringList& arguments, QTextStream& out, QTextStream& err);
QString importHelp();

/// `segmenta-cli datasets --project p.segmenta [--json]`: name, rows, columns and kinds of every dataset.
int runDatasets(const QStringList& arguments, QTextStream& out, QTextStream& err);
QString datasetsHelp();

} // namespace segmenta::cli
