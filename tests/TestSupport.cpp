#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <stdexcept>
#include <utility>

namespace segmenta::test {

QString sourcePath(const QString& relative) {
    return QStringLiteral(SEGMENTA_SOURCE_DIR "/") + relative;
}

QJsonObject loadReference(const QString& fileName) {
    QFile file(sourcePath(QStringLiteral("tests/fixtures/reference/") + fileName));
    if (!file.open(QIODevice::ReadOnly))
        throw std::runtime_error("cannot open reference " + fileName.toStdString());
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError)
        throw std::runtime_error("bad JSON in " + fileName.toStdString());
    return doc.object();
}

Matrix matrixFromJson(const QJsonValue& value) {
    const QJsonArray rows = value.toArray();
    if (rows.isEmpty())
        return {};
    Matrix m(rows.size(), rows.first().toArray().size());
    for (Index r = 0; r < m.rows(); ++r) {
        const QJsonArray row = rows.at(r).toArray();
        for (Index c = 0; c < m.cols(); ++c)
            m(r, c) = row.at(c).toDouble(std::numeric_limits<double>::quiet_NaN());
    }
    return m;
}

Vector vectorFromJson(const QJsonValue& value) {
    const QJsonArray array = value.toArray();
    Vector v(array.size());
    for (Index i = 0; i < v.size(); ++i)
        v(i) = array.at(i).toDouble(std::numeric_limits<double>::quiet_NaN());
    return v;
}

Labels labelsFromJson(const QJsonValue& value) {
    Labels labels;
    for (const QJsonValue& v : value.toArray())
        labels.push_back(v.toInt());
    return labels;
}

Matrix loadNumericCsv(const QString& relativePath, QStringList* header) {
    QFile file(sourcePath(relativePath));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        throw std::runtime_error("cannot open " + relativePath.toStdString());
    QTextStream in(&file);
    const QStringList names = in.readLine().split(QLatin1Char(','));
    if (header)
        *header = names;
    std::vector<std::vector<double>> rows;
    while (!in.atEnd()) {
        const QString line = in.readLine();
        if (line.trimmed().isEmpty())
            continue;
        const QStringList cells = line.split(QLatin1Char(','));
        std::vector<double> row;
        for (const QString& cell : cells)
            row.push_back(cell.isEmpty() ? std::numeric_limits<double>::quiet_NaN() : cell.toDouble());
        rows.push_back(std::move(row));
    }
    Matrix m(static_cast<Index>(rows.size()), names.size());
    for (Index r = 0; r < m.rows(); ++r)
        for (Index c = 0; c < m.cols(); ++c)
            m(r, c) = rows[r][c];
    return m;
}

Matrix wholesaleSpending() {
    const Matrix all = loadNumericCsv(QStringLiteral("resources/wholesale_customers.csv"));
    return all.rightCols(6);
}

Matrix fixtureData(const QJsonObject& ref, const QString& defaultCsv) {
    if (ref.contains(QLatin1String("data")))
        return matrixFromJson(ref.value(QLatin1String("data")));
    return loadNumericCsv(ref.value(QLatin1String("csv")).toString(defaultCsv));
}

QString partitionMismatch(const Labels& a, const Labels& b) {
    if (a.size() != b.size())
        return QStringLiteral("sizes differ: %1 vs %2").arg(a.size()).arg(b.size());
    std::map<int, int> forward;
    std::map<int, int> backward;
    for (std::size_t i = 0; i < a.size(); ++i) {
        const auto [f, fNew] = forward.emplace(a[i], b[i]);
        const auto [g, gNew] = backward.emplace(b[i], a[i]);
        if (f->second != b[i] || g->second != a[i])
            return QStringLiteral("row %1: label %2 vs %3 breaks the one-to-one label mapping")
                .arg(i + 1)
                .arg(a[i])
                .arg(b[i]);
    }
    return {};
}

double relativeDiff(double ours, double reference) {
    return std::abs(ours - reference) / std::max(1.0, std::abs(reference));
}

double maxAbsDiff(const Matrix& a, const Matrix& b) {
    if (a.rows() != b.rows() || a.cols() != b.cols())
        return std::numeric_limits<double>::infinity();
    return a.size() == 0 ? 0.0 : (a - b).cwiseAbs().maxCoeff();
}

double maxAbsDiff(const Vector& a, const Vector& b) {
    if (a.size() != b.size())
        return std::numeric_limits<double>::infinity();
    return a.size() == 0 ? 0.0 : (a - b).cwiseAbs().maxCoeff();
}

ColumnInfo columnInfo(const QString& name, ColumnKind kind, ColumnRole role, const QStringList& levels,
                      bool pii) {
    ColumnInfo info;
    info.name = name;
    info.kind = kind;
    info.role = role;
    info.levels = levels;
    info.pii = pii;
    return info;
}

DataMatrix wholesaleTable() {
    QStringList header;
    const Matrix values = loadNumericCsv(QStringLiteral("resources/wholesale_customers.csv"), &header);
    QList<ColumnInfo> columns;
    for (const QString& name : header) {
        const bool code = name == QLatin1String("Channel") || name == QLatin1String("Region");
        columns << columnInfo(name, code ? ColumnKind::Categorical : ColumnKind::Numeric,
                              code ? ColumnRole::Label : ColumnRole::Feature);
    }
    return DataMatrix(values, columns);
}

QString invoiceCountsMismatch(const QJsonObject& invoices, const QJsonObject& expected) {
    const std::pair<const char*, const char*> counts[] = {{"lines_read", "linesRead"},
                                                          {"lines_without_customer", "linesWithoutCustomer"},
                                                          {"cancelled_invoices", "cancelledInvoices"}};
    for (const auto& [ours, theirs] : counts) {
        const qint64 got = invoices.value(QLatin1String(ours)).toInteger(-1);
        const qint64 want = expected.value(QLatin1String(theirs)).toInteger(-2);
        if (got != want)
            return QStringLiteral("%1: %2, pandas %3").arg(QLatin1String(ours)).arg(got).arg(want);
    }
    return {};
}

QByteArray copyWithBrokenLine(const QString& source, const QString& target, int line, char separator,
                              const QByteArray& replacement) {
    QFile original(source);
    if (!original.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> lines = original.readAll().split('\n');
    if (line < 1 || line > lines.size() || !lines[line - 1].contains(separator))
        return {};
    const QByteArray before = lines[line - 1];
    lines[line - 1].replace(lines[line - 1].indexOf(separator), 1, replacement);
    QFile broken(target);
    if (!broken.open(QIODevice::WriteOnly) || broken.write(lines.join('\n')) < 0)
        return {};
    return before;
}

} // namespace segmenta::test
