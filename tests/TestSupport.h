#pragma once

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

/// Largest absolute element-wise difference; infinity when the shapes differ.
double maxAbsDiff(const Matrix& a, const Matrix& b);
double maxAbsDiff(const Vector& a, const Vector& b);

} // namespace segmenta::test
