#pragma once

#include "core/DataMatrix.h"
#include "core/TaskControl.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace segmenta {

/// Which columns of an invoice-line table hold what, for customerFeatures().
///
/// Map either quantity and unitPrice (the line's value is their product) or amount (the line's value),
/// never both. Columns are named exactly as in DataMatrix::columnNames().
struct InvoiceMapping {
    QString customerId; ///< any kind; a missing cell means the line has no customer
    QString date;       ///< days since 1970-01-01 (may be fractional): a Date column or any column of numbers
    QString quantity;   ///< numeric; negative quantities are returns
    QString unitPrice;  ///< numeric
    QString amount;     ///< numeric; the line's value; negative amounts are returns
    QString invoiceId;  ///< optional; without it an invoice is a customer's calendar day
    QString category;   ///< optional; adds one net-spend column per category
    /// The day Recency is measured to, in days since 1970-01-01 (the time of day is ignored).
    /// Default: the day after the last invoice day of all used lines.
    std::optional<double> referenceDay;
    /// Invoice IDs that start with this text (case-sensitive) are cancellations; empty = none are.
    QString cancellationPrefix = QStringLiteral("C");
    /// With more categories than this, only the ones with the largest total net spend keep a column.
    int maxCategories = 50;
};

/// One invoice line that was left out, for the import report.
struct InvoiceIssue {
    qint64 row = 0;     ///< 1-based data row of the input table (the header is not counted)
    QString columnName; ///< the offending column
    QString message;
};

/// What customerFeatures() did with the lines. Every line counts in exactly one of linesUsed,
/// linesWithoutCustomer and linesBadValues (a line without customer is counted there even when its
/// values are bad too); cancelledLines and returnLines are disjoint parts of linesUsed.
struct InvoiceReport {
    qint64 linesRead = 0;
    qint64 linesUsed = 0;
    qint64 linesWithoutCustomer = 0;
    qint64 linesBadValues = 0;    ///< missing or non-numeric quantity, price, amount, date or invoice ID
    qint64 cancelledLines = 0;    ///< used lines of cancelled invoices
    qint64 cancelledInvoices = 0; ///< distinct cancelled invoice IDs among the used lines
    qint64 returnLines = 0;       ///< used lines with a negative quantity (or amount) outside cancellations
    qint64 customers = 0;         ///< rows of the result
    qint64 customersRaisedToZero = 0; ///< customers whose net spend was below 0, so Monetary is 0
    /// The first 20 lines left for bad values, in row order; linesBadValues has the full count.
    QList<InvoiceIssue> examples;
    /// Notes for the user, e.g. that categories were combined into "Spend: other".
    QStringList warnings;
};

/// Aggregates invoice lines into one row per customer, the way the Wholesale customers data is built.
///
/// **Lines.** A line without a customer ID is counted and left out. A line with a missing or non-numeric
/// quantity, unit price, amount or date, or (when invoiceId is mapped) a missing invoice ID, is counted
/// with its row in the report and left out. Text-coded value columns are accepted: each level is parsed
/// as a C-locale number. A line is *cancelled* when its invoice ID starts with cancellationPrefix; its
/// value always reduces spend (it counts as −|value|, whatever sign the file uses). A *purchase* is an
/// invoice (without invoice IDs: a calendar day) of the customer with at least one line that is neither
/// cancelled nor a return (negative quantity, or negative amount).
///
/// **Columns**, one row per customer in order of first appearance among the used lines:
/// - `CustomerID`: kind and role Identifier; text-coded with the IDs' texts when the input column is
///   text-coded, else the numbers themselves (the PII flag is copied).
/// - `Recency`: whole days from the customer's last invoice day (any used line, cancellations
///   included) to the reference day.
/// - `Frequency`: the number of distinct purchases (see above).
/// - `Monetary`: net spend, the sum of the values of all used lines; returns and cancellations reduce it,
///   but never below 0 (a customer who returned more than they bought in the period, e.g. goods bought
///   before it, has 0: returns are not negative purchases). The import report's warnings state the rule and
///   how many customers it raised to 0 (InvoiceReport::customersRaisedToZero).
/// - `AverageBasket`: Monetary / Frequency; missing (NaN) when Frequency is 0.
/// - `Tenure`: whole days from the customer's first to last invoice day.
/// - With a category column, `Spend: <category>` per category in order of first appearance: the net
///   spend in that category, 0 when none; a missing category is the category "(missing)". Beyond
///   maxCategories, the maxCategories categories with the largest total net spend (ties: first
///   appearance) keep their column and the rest are summed into `Spend: other` (a category literally
///   named "other" then joins it), with a warning. Each Spend value is floored at 0 on its own, as
///   Monetary is, so the Spend columns of a row add up to Monetary unless a customer's returns in one
///   category exceed their purchases there.
///
/// Days are calendar days: dates are floored to whole days since 1970-01-01 before any difference.
///
/// @param report may be null. @throws DataError for a mapping that names no column or a column of the
/// wrong kind, a reference day before the last invoice day, or when no line is usable.
/// @throws Cancelled when @p control is cancelled.
DataMatrix customerFeatures(const DataMatrix& lines, const InvoiceMapping& mapping, InvoiceReport* report,
                            const TaskControl& control = {});

} // namespace segmenta
