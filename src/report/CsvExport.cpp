#include "report/CsvExport.h"

#include "core/Error.h"
#include "core/OutputFile.h"
#include "report/ExportTables.h"
#include "report/ReportInput.h"

#include <QDir>
#include <QLocale>

#include <vector>

namespace segmenta {

namespace {

constexpr qsizetype kFlushBytes = 1 << 20;

/// OWASP's CSV injection guidance: these leading characters make a spreadsheet evaluate the cell.
bool startsLikeFormula(const QString& text) {
    static const QString triggers = QStringLiteral("=+-@\t\r");
    return !text.isEmpty() && triggers.contains(text.front());
}

QString field(const ExportCell& cell, QChar delimiter) {
    if (cell.isEmpty())
        return {};
    if (cell.isNumber())
        return QString::number(cell.toNumber(), 'g', QLocale::FloatingPointShortest);
    QString text = cell.toText();
    const bool neutralise = startsLikeFormula(text);
    if (neutralise)
        text.prepend(u'\'');
    if (neutralise || text.contains(delimiter) || text.contains(u'"') || text.contains(u'\r') ||
        text.contains(u'\n'))
        return u'"' + text.replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"';
    return text;
}

void appendLine(QByteArray& out, const std::vector<QString>& fields, QChar delimiter) {
    QString line;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += delimiter;
        line += fields[i];
    }
    line += QStringLiteral("\r\n");
    out += line.toUtf8();
}

[[noreturn]] void fail(const QString& path, const QString& reason) {
    throw DataError(CsvExport::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), reason));
}

void flush(OutputFile& file, QByteArray& out) {
    file.write(out);
    out.clear();
}

void writeTable(OutputFile& file, const ExportTable& table, const CsvExportOptions& options) {
    QByteArray out;
    if (options.byteOrderMark)
        out += "\xEF\xBB\xBF";
    std::vector<QString> fields;
    for (const ExportColumn& column : table.columns)
        fields.push_back(field(ExportCell::text(column.key), options.delimiter));
    appendLine(out, fields, options.delimiter);
    for (Index row = 0; row < table.rows; ++row) {
        for (std::size_t c = 0; c < table.columns.size(); ++c)
            fields[c] = field(table.cell(row, int(c)), options.delimiter);
        appendLine(out, fields, options.delimiter);
        if (out.size() >= kFlushBytes)
            flush(file, out);
    }
    flush(file, out);
}

} // namespace

QStringList CsvExport::write(const ReportInput& input, const QString& directory,
                             const CsvExportOptions& options) {
    OutputSet outputs;
    write(input, directory, options, outputs);
    return outputs.commit();
}

QStringList CsvExport::write(const ReportInput& input, const QString& directory,
                             const CsvExportOptions& options, OutputSet& outputs) {
    const QChar d = options.delimiter;
    if (d == u'"' || d == u'\r' || d == u'\n' || d.isNull())
        throw DataError(tr("The character %1 cannot separate CSV fields; choose a comma, semicolon or tab.")
                            .arg(QString::number(d.unicode(), 16).prepend(QStringLiteral("U+"))));
    ExportTables::validate(input);
    if (!QDir().mkpath(directory))
        fail(directory, tr("the folder cannot be created"));
    const QDir dir(directory);
    const std::vector<std::pair<QString, ExportTable>> tables{
        {QStringLiteral("assignments.csv"), ExportTables::assignments(input, options.includeOriginalColumns)},
        {QStringLiteral("profiles.csv"), ExportTables::profiles(input)},
        {QStringLiteral("metrics.csv"), ExportTables::metrics(input)}};

    QStringList written;
    for (const auto& [name, table] : tables) {
        written << dir.filePath(name);
        writeTable(outputs.add(written.last()), table, options);
    }
    return written;
}

} // namespace segmenta
