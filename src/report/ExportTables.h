#pragma once

#include "core/Types.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>
#include <variant>
#include <vector>

namespace segmenta {

struct ReportInput;

/// How a spreadsheet shows a column's cells; CSV always writes numbers in full precision.
enum class CellStyle {
    General,
    Integer,
    Fixed3,  ///< three decimals: scores, distances
    Amount,  ///< thousands separators and two decimals: values in the data's units
    Percent, ///< one decimal
    Value    ///< left-aligned numbers, for value columns that mix text and numbers
};

/// One cell: empty (missing), a number (always finite) or text.
class ExportCell {
public:
    ExportCell() = default;
    /// A non-finite number becomes an empty cell.
    static ExportCell number(double value);
    static ExportCell text(const QString& value);

    bool isEmpty() const { return std::holds_alternative<std::monostate>(m_value); }
    bool isNumber() const { return std::holds_alternative<double>(m_value); }
    double toNumber() const { return std::get<double>(m_value); }
    const QString& toText() const { return std::get<QString>(m_value); }

private:
    std::variant<std::monostate, double, QString> m_value;
};

struct ExportColumn {
    QString key;   ///< stable machine name: the CSV header
    QString title; ///< translated heading: the spreadsheet header
    CellStyle style = CellStyle::General;
};

/// A table whose cells are produced on demand, so that a large assignment table is never held twice.
struct ExportTable {
    std::vector<ExportColumn> columns;
    Index rows = 0;
    std::function<ExportCell(Index row, int column)> cell;
};

/// The tables that both the CSV and the XLSX export are made of.
class ExportTables {
    Q_DECLARE_TR_FUNCTIONS(segmenta::ExportTables)

public:
    /// Every row of the data in import order: identifier (or 1-based row number), segment (1-based) and
    /// name, Euclidean distance to the segment's centroid in the clustered space, silhouette, then the
    /// exportable original columns if asked. Rows the recipe dropped keep empty assignment cells.
    /// Computes the silhouettes: O(n²) time.
    static ExportTable assignments(const ReportInput& input, bool includeOriginalColumns);
    /// One row per segment: size, share, then per profiled feature mean, median, ratio to overall, z-score.
    static ExportTable profiles(const ReportInput& input);
    /// One row per K of the sweep, with the recommended and the chosen K marked.
    static ExportTable metrics(const ReportInput& input);
    /// Item/value pairs under the summary's title: author, dataset, date, customers, K, recommendation.
    static ExportTable summaryFacts(const ReportInput& input);
    /// One row per segment: number, name, size, share, distinguishing features, action.
    static ExportTable segmentOverview(const ReportInput& input);
    /// Parameter/value pairs: settings, recipe, provenance, timings, whether PII is included.
    static ExportTable run(const ReportInput& input);

    /// Throws DataError unless the input has data and a run that belongs to it.
    static void validate(const ReportInput& input);
};

} // namespace segmenta
