#pragma once

#include <QJsonObject>
#include <QString>

class QTextStream;

namespace segmenta::cli {

/// The import report (io/ImportSource.h: importReport()) for a person at a terminal.
void printImportReport(QTextStream& out, const QString& datasetName, const QJsonObject& report);

} // namespace segmenta::cli
