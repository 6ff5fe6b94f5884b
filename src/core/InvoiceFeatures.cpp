#include "core/InvoiceFeatures.h"

#include "core/Error.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <vector>

namespace segmenta {

namespace {

constexpr int kMaxExamples = 20;
constexpr Index kLinesPerProgressStep = 8192;

struct Text {
    Q_DECLARE_TR_FUNCTIONS(segmenta::InvoiceFeatures)
};

QString isoDay(double day) {
    return QDate(1970, 1, 1).addDays(static_cast<qint64>(day)).toString(Qt::ISODate);
}

Index requireColumn(const DataMatrix& lines, const QString& name, const QString& role) {
    if (name.isEmpty())
        throw DataError(Text::tr("Choose the column that holds the %1.").arg(role));
    const Index c = lines.columnIndex(name);
    if (c < 0)
        throw DataError(Text::tr("There is no column \"%1\" (mapped as the %2).").arg(name, role));
    return c;
}

Index optionalColumn(const DataMatrix& lines, const QString& name, const QString& role) {
    return name.isEmpty() ? -1 : requireColumn(lines, name, role);
}

// A mapped numeric column. Text-coded columns are accepted because one stray text cell makes the CSV
// reader code a whole column as text; each level is parsed once and lines with unparsable ones are bad.
struct NumberColumn {
    Index index = -1;
    QString role;
    std::vector<double> levelValues;

    NumberColumn(const DataMatrix& lines, const QString& name, const QString& roleName)
        : index(requireColumn(lines, name, roleName))
        , role(roleName) {
        const ColumnInfo& info = lines.column(index);
        if (info.kind == ColumnKind::Date)
            throw DataError(Text::tr("Column \"%1\" (the %2) holds dates, not numbers.").arg(name, role));
        for (const QString& level : info.levels) {
            bool ok = false;
            const double v = QLocale::c().toDouble(level.trimmed(), &ok);
            levelValues.push_back(ok ? v : std::nan(""));
        }
    }

    // NaN when missing or not a number.
    double at(const Matrix& values, Index row) const {
        const double raw = values(row, index);
        if (std::isnan(raw) || levelValues.empty())
            return std::isfinite(raw) ? raw : std::nan("");
        const double v = levelValues[static_cast<size_t>(raw)];
        return std::isfinite(v) ? v : std::nan("");
    }
};

Index dateColumn(const DataMatrix& lines, const QString& name) {
    const Index c = requireColumn(lines, name, Text::tr("invoice date"));
    // Kind inference may call a column of day numbers categorical; only text cannot be days.
    if (lines.column(c).isTextCoded())
        throw DataError(
            Text::tr("Column \"%1\" (the invoice date) holds text, not dates. Dates are recognised as "
                     "Y-M-D, D/M/Y or M/D/Y, optionally with a time; choose the order with --date-format (or "
                     "date-format= in --invoices; Dates in the import wizard), or map another column.")
                .arg(name));
    return c;
}

ColumnInfo featureColumn(const QString& name) {
    ColumnInfo info;
    info.name = name;
    return info;
}

struct Customer {
    double id = 0;
    double firstDay = 0;
    double lastDay = 0;
    double monetary = 0;
    QSet<double> purchases;
    QHash<int, double> spend; // by category index
};

// Which categories keep a column: every one, or beyond the cap the largest by total net spend.
struct CategoryColumns {
    std::vector<int> kept;     // category indices in order of first appearance
    std::vector<int> columnOf; // per category: output column offset, or -1 for "other"
    bool hasOther = false;
};

CategoryColumns chooseCategories(const QStringList& names, const std::vector<double>& totals, int cap,
                                 const QString& columnName, QStringList& warnings) {
    const int n = static_cast<int>(names.size());
    CategoryColumns result;
    std::vector<bool> keep(n, true);
    if (n > cap) {
        const QString other = QStringLiteral("other");
        std::vector<int> ranked;
        for (int i = 0; i < n; ++i)
            if (names.at(i) != other)
                ranked.push_back(i);
        std::stable_sort(ranked.begin(), ranked.end(), [&](int a, int b) { return totals[a] > totals[b]; });
        std::fill(keep.begin(), keep.end(), false);
        for (size_t i = 0; i < ranked.size() && i < static_cast<size_t>(cap); ++i)
            keep[ranked[i]] = true;
        result.hasOther = true;
        warnings << Text::tr(
                        "Column \"%1\" has %2 categories: the %3 with the largest net spend have their own "
                        "column, the other %4 are summed into \"Spend: other\".")
                        .arg(columnName)
                        .arg(n)
                        .arg(cap)
                        .arg(n - cap);
    }
    result.columnOf.assign(n, -1);
    for (int i = 0; i < n; ++i) {
        if (keep[i]) {
            result.columnOf[i] = static_cast<int>(result.kept.size());
            result.kept.push_back(i);
        }
    }
    return result;
}

} // namespace

DataMatrix customerFeatures(const DataMatrix& lines, const InvoiceMapping& mapping, InvoiceReport* report,
                            const TaskControl& control) {
    const bool byAmount = !mapping.amount.isEmpty();
    if (byAmount == (!mapping.quantity.isEmpty() || !mapping.unitPrice.isEmpty()))
        throw DataError(Text::tr("Map either the quantity and unit price columns, or the amount column "
                                 "(quantity= and price=, or amount= in --invoices)."));
    if (mapping.maxCategories < 1)
        throw DataError(Text::tr("At least one category column must be allowed."));
    const Index customerCol = requireColumn(lines, mapping.customerId, Text::tr("customer ID"));
    const Index dateCol = dateColumn(lines, mapping.date);
    // Built one column at a time: a braced list inside ?: left a destroyed temporary behind when the
    // second column threw (stack-use-after-scope under AddressSanitizer).
    std::vector<NumberColumn> valueCols;
    if (byAmount) {
        valueCols.emplace_back(lines, mapping.amount, Text::tr("amount"));
    } else {
        valueCols.emplace_back(lines, mapping.quantity, Text::tr("quantity"));
        valueCols.emplace_back(lines, mapping.unitPrice, Text::tr("unit price"));
    }
    const Index invoiceCol = optionalColumn(lines, mapping.invoiceId, Text::tr("invoice ID"));
    const Index categoryCol = optionalColumn(lines, mapping.category, Text::tr("category"));

    InvoiceReport rep;
    rep.linesRead = lines.rows();
    const Matrix& values = lines.values();
    const auto badLine = [&](Index row, Index col, const QString& message) {
        ++rep.linesBadValues;
        if (rep.examples.size() < kMaxExamples)
            rep.examples.append({row + 1, lines.column(col).name, message});
    };

    std::vector<bool> cancelledLevel;
    if (invoiceCol >= 0 && !mapping.cancellationPrefix.isEmpty()) {
        for (const QString& level : lines.column(invoiceCol).levels)
            cancelledLevel.push_back(level.startsWith(mapping.cancellationPrefix));
    }
    const auto isCancelled = [&](Index row) {
        if (invoiceCol < 0 || mapping.cancellationPrefix.isEmpty())
            return false;
        if (!cancelledLevel.empty())
            return static_cast<bool>(cancelledLevel[static_cast<size_t>(values(row, invoiceCol))]);
        return lines.displayText(row, invoiceCol).startsWith(mapping.cancellationPrefix);
    };

    std::vector<Customer> customers;
    QHash<double, int> customerIndex;
    QSet<double> cancelledInvoices;
    QStringList categoryNames;
    QHash<QString, int> categoryIndex;
    std::vector<double> categoryTotals;
    const QString missingCategory = Text::tr("(missing)");

    for (Index r = 0; r < lines.rows(); ++r) {
        if (r % kLinesPerProgressStep == 0) {
            control.checkCancelled();
            control.report(static_cast<double>(r) / static_cast<double>(lines.rows()),
                           Text::tr("Aggregating invoice lines"));
        }
        const double id = values(r, customerCol);
        if (std::isnan(id)) {
            ++rep.linesWithoutCustomer;
            continue;
        }
        const double date = values(r, dateCol);
        if (!std::isfinite(date)) {
            badLine(r, dateCol, Text::tr("The invoice date is missing."));
            continue;
        }
        double value = 1.0;
        bool valuesOk = true;
        for (const NumberColumn& column : valueCols) {
            const double v = column.at(values, r);
            if (std::isnan(v)) {
                badLine(r, column.index, Text::tr("The %1 is missing or not a number.").arg(column.role));
                valuesOk = false;
                break;
            }
            value *= v;
        }
        if (!valuesOk)
            continue;
        if (invoiceCol >= 0 && std::isnan(values(r, invoiceCol))) {
            badLine(r, invoiceCol, Text::tr("The invoice ID is missing."));
            continue;
        }

        ++rep.linesUsed;
        const double day = std::floor(date);
        const bool cancelled = isCancelled(r);
        const bool isReturn = !cancelled && valueCols.front().at(values, r) < 0;
        if (cancelled) {
            ++rep.cancelledLines;
            cancelledInvoices.insert(values(r, invoiceCol));
            value = -std::abs(value);
        } else if (isReturn) {
            ++rep.returnLines;
        }

        auto it = customerIndex.constFind(id);
        if (it == customerIndex.cend()) {
            it = customerIndex.insert(id, static_cast<int>(customers.size()));
            customers.push_back(Customer{id, day, day, 0.0, {}, {}});
        }
        Customer& customer = customers[static_cast<size_t>(*it)];
        customer.firstDay = std::min(customer.firstDay, day);
        customer.lastDay = std::max(customer.lastDay, day);
        customer.monetary += value;
        if (!cancelled && !isReturn)
            customer.purchases.insert(invoiceCol >= 0 ? values(r, invoiceCol) : day);

        if (categoryCol >= 0) {
            const QString name =
                lines.isMissing(r, categoryCol) ? missingCategory : lines.displayText(r, categoryCol);
            auto cat = categoryIndex.constFind(name);
            if (cat == categoryIndex.cend()) {
                cat = categoryIndex.insert(name, static_cast<int>(categoryNames.size()));
                categoryNames << name;
                categoryTotals.push_back(0.0);
            }
            categoryTotals[static_cast<size_t>(*cat)] += value;
            customer.spend[*cat] += value;
        }
    }
    rep.cancelledInvoices = cancelledInvoices.size();
    rep.customers = static_cast<qint64>(customers.size());

    if (customers.empty())
        throw DataError(
            Text::tr("No invoice line has both a customer ID and usable values (%1 of %2 lines have "
                     "no customer ID, %3 have missing or invalid values).")
                .arg(rep.linesWithoutCustomer)
                .arg(rep.linesRead)
                .arg(rep.linesBadValues));

    const double lastDay =
        std::max_element(customers.begin(), customers.end(), [](const Customer& a, const Customer& b) {
            return a.lastDay < b.lastDay;
        })->lastDay;
    const double referenceDay = mapping.referenceDay ? std::floor(*mapping.referenceDay) : lastDay + 1;
    if (!std::isfinite(referenceDay) || referenceDay < lastDay)
        throw DataError(
            Text::tr("The reference day %1 is before the last invoice day %2. Give a later day in "
                     "reference= of --invoices, or leave it out.")
                .arg(std::isfinite(referenceDay) ? isoDay(referenceDay) : Text::tr("(invalid)"),
                     isoDay(lastDay)));

    const CategoryColumns categories =
        categoryCol >= 0 ? chooseCategories(categoryNames, categoryTotals, mapping.maxCategories,
                                            mapping.category, rep.warnings)
                         : CategoryColumns{};

    const ColumnInfo& idInfo = lines.column(customerCol);
    QList<ColumnInfo> columns;
    columns.append(ColumnInfo{
        QStringLiteral("CustomerID"), ColumnKind::Identifier, ColumnRole::Identifier, {}, idInfo.pii});
    for (const QString& name :
         {QStringLiteral("Recency"), QStringLiteral("Frequency"), QStringLiteral("Monetary"),
          QStringLiteral("AverageBasket"), QStringLiteral("Tenure")})
        columns.append(featureColumn(name));
    for (int c : categories.kept)
        columns.append(featureColumn(QStringLiteral("Spend: ") + categoryNames.at(c)));
    if (categories.hasOther)
        columns.append(featureColumn(QStringLiteral("Spend: other")));

    constexpr Index firstSpendColumn = 6;
    Matrix out = Matrix::Zero(static_cast<Index>(customers.size()), columns.size());
    for (Index i = 0; i < out.rows(); ++i) {
        const Customer& customer = customers[static_cast<size_t>(i)];
        const auto frequency = static_cast<double>(customer.purchases.size());
        if (idInfo.isTextCoded()) {
            columns[0].levels << idInfo.levels.at(static_cast<qsizetype>(customer.id));
            out(i, 0) = static_cast<double>(i);
        } else {
            out(i, 0) = customer.id;
        }
        out(i, 1) = referenceDay - customer.lastDay;
        out(i, 2) = frequency;
        const double monetary = std::max(0.0, customer.monetary);
        rep.customersRaisedToZero += customer.monetary < 0.0;
        out(i, 3) = monetary;
        out(i, 4) = frequency > 0 ? monetary / frequency : std::nan("");
        out(i, 5) = customer.lastDay - customer.firstDay;
        // Summed in category order so the result does not depend on the hash's iteration order.
        std::vector<std::pair<int, double>> spend(customer.spend.keyValueBegin(),
                                                  customer.spend.keyValueEnd());
        std::sort(spend.begin(), spend.end());
        const Index otherColumn = firstSpendColumn + static_cast<Index>(categories.kept.size());
        for (const auto& [category, amount] : spend) {
            const int offset = categories.columnOf[static_cast<size_t>(category)];
            out(i, offset >= 0 ? firstSpendColumn + offset : otherColumn) += amount;
        }
        for (Index c = firstSpendColumn; c < out.cols(); ++c)
            out(i, c) = std::max(0.0, out(i, c));
    }
    if (rep.returnLines + rep.cancelledLines > 0)
        rep.warnings
            << Text::tr("Returns (%1 lines) and cancellations (%2 lines) reduce each customer's Monetary "
                        "and Spend values, but never below 0; %3 customers returned more than they bought "
                        "in these lines and have a Monetary of 0.")
                   .arg(rep.returnLines)
                   .arg(rep.cancelledLines)
                   .arg(rep.customersRaisedToZero);
    control.report(1.0, Text::tr("Aggregating invoice lines"));
    if (report)
        *report = rep;
    return DataMatrix(std::move(out), std::move(columns));
}

} // namespace segmenta
