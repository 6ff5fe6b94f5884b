#pragma once

#include "core/DataMatrix.h"
#include "core/Types.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace segmenta::test {

/// Absolute path of a file in the source tree, e.g. sourcePath("resources/wholesale_customers.csv").
QString sourcePath(const QString& relative);
/// A committed reference file under tests/fixtures/reference/.
QJsonObject loadReference(const QString& fileName);

Matrix matrixFromJson(const QJsonValue& value); ///< array of row arrays
Vector vectorFromJson(const QJsonValue& value);
Labels labelsFromJson(const QJsonValue& value);

/// A comma-separated file of numbers with a header row, read without the io layer (tests of the engine
/// must not depend on the reader under test elsewhere). Empty cells become NaN.
Matrix loadNumericCsv(const QString& relativePath, QStringList* header = nullptr);
/// The bundled Wholesale sample's six spending columns (Fresh … Delicassen), 440 × 6.
Matrix wholesaleSpending();

/// A column's metadata in one expression.
ColumnInfo columnInfo(const QString& name, ColumnKind kind, ColumnRole role, const QStringList& levels = {},
                      bool pii = false);
/// The bundled Wholesale sample as typed on import: Channel and Region categorical labels, the six spending
/// columns numeric features.
DataMatrix wholesaleTable();

/// Empty when the "invoices" part of an import report has the line counts of pandas' reference report
/// (make_invoice.py), else what differs.
QString invoiceCountsMismatch(const QJsonObject& invoices, const QJsonObject& expected);

/// The data a reference fixture was computed on: stored inline ("data"), else the CSV the fixture names
/// ("csv"), else `defaultCsv`.
Matrix fixtureData(const QJsonObject& ref, const QString& defaultCsv = {});

/// Empty when both labelings split the rows the same way (a bijection maps one onto the other), else a
/// description of the first disagreement.
QString partitionMismatch(const Labels& a, const Labels& b);

/// |ours − reference| / max(1, |reference|): relative above magnitude 1, absolute below.
double relativeDiff(double ours, double reference);

/// Largest absolute element-wise difference; infinity when the shapes differ.
double maxAbsDiff(const Matrix& a, const Matrix& b);
double maxAbsDiff(const Vector& a, const Vector& b);

/// Copies the file `source` to `target` with the first `separator` of line `line` (1-based) replaced by
/// `replacement`, as a hand edit that loses a delimiter leaves it. Returns the original line (without its
/// line break); empty when a file cannot be read or written.
QByteArray copyWithBrokenLine(const QString& source, const QString& target, int line, char separator,
                              const QByteArray& replacement);

} // namespace segmenta::test
