#include "cli/ImportReport.h"

#include "cli/CliText.h"
#include "io/GuessText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTextStream>

namespace segmenta::cli {

void printImportReport(QTextStream& out, const QString& datasetName, const QJsonObject& report) {
    out << CliText::tr("Imported '%1': %2 of %3 rows read, %4 skipped.")
               .arg(datasetName)
               .arg(report.value(QStringLiteral("rows_imported")).toInteger())
               .arg(report.value(QStringLiteral("rows_read")).toInteger())
               .arg(report.value(QStringLiteral("rows_skipped")).toArray().size())
        << QLatin1Char('\n');
    const QJsonObject guesses = report.value(QStringLiteral("guesses")).toObject();
    for (auto it = guesses.begin(); it != guesses.end(); ++it)
        out << CliText::tr("  %1 (guessed): %2")
                   .arg(GuessText::label(it.key()), GuessText::value(it.value().toString()))
            << QLatin1Char('\n');
    for (const QJsonValue& row : report.value(QStringLiteral("rows_skipped")).toArray())
        out << CliText::tr("  skipped row %1: %2")
                   .arg(row[QLatin1String("row")].toInteger())
                   .arg(row[QLatin1String("reason")].toString())
            << QLatin1Char('\n');
    for (const QJsonValue& cell : report.value(QStringLiteral("cells")).toArray())
        out << CliText::tr("  row %1, column '%2': %3")
                   .arg(cell[QLatin1String("row")].toInteger())
                   .arg(cell[QLatin1String("column")].toString(), cell[QLatin1String("message")].toString())
            << QLatin1Char('\n');
    out << CliText::tr("Columns:") << QLatin1Char('\n');
    for (const QJsonValue& column : report.value(QStringLiteral("columns")).toArray())
        out << QStringLiteral("  %1  %2, %3%4\n")
                   .arg(column[QLatin1String("name")].toString(), -28)
                   .arg(column[QLatin1String("kind")].toString(), column[QLatin1String("role")].toString(),
                        column[QLatin1String("pii")].toBool() ? CliText::tr(", personal data") : QString());
    out.flush();
}

} // namespace segmenta::cli
