#include "report/CsvExport.h"

#include "core/Error.h"
#include "report/ExportTables.h"
#include "report/ReportInput.h"

#include <QDir>
#include <QLocale>
#include <QSaveFile>

#include <memory>
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

void flush(QSaveFile& file, QByteArray& out) {
    if (file.write(out) != out.size())
        fail(file.fileName(), file.errorString());
    out.clear();
}

void writeTable(QSaveFile& file, const ExportTable& table, const CsvExportOptions& options) {
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

    // Every file is written in full before any replaces its target, so a failure leaves the folder as it was.
    std::vector<std::unique_ptr<QSaveFile>> files;
    for (const auto& [name, table] : tables) {
        auto file = std::make_unique<QSaveFile>(dir.filePath(name));
        if (!file->open(QIODevice::WriteOnly))
            fail(file->fileName(), file->errorString());
        writeTable(*file, table, options);
        files.push_back(std::move(file));
    }
    QStringList written;
    for (const auto& file : files) {
        if (!file->commit())
            fail(file->fileName(), file->errorString());
        written << file->fileName();
    }
    return written;
}

} // namespace segmenta
