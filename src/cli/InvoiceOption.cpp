#include "cli/InvoiceOption.h"

#include "cli/CliText.h"
#include "core/Error.h"
#include "io/ImportSource.h"

#include <QCoreApplication>
#include <QDate>

#include <map>

namespace segmenta::cli {

DateOrder parseDateFormat(const QString& option, const QString& value) {
    const std::optional<DateOrder> order = dateOrderFromText(value);
    if (!order)
        throw DataError(CliText::tr("%1 takes D/M/Y, M/D/Y or Y-M-D (separators / - or .), not '%2'.")
                            .arg(option, value));
    return *order;
}

InvoiceOption parseInvoiceOption(const QString& text) {
    InvoiceOption option;
    InvoiceMapping& mapping = option.mapping;
    const std::map<QString, QString*> columns{
        {QStringLiteral("customer"), &mapping.customerId},
        {QStringLiteral("date"), &mapping.date},
        {QStringLiteral("quantity"), &mapping.quantity},
        {QStringLiteral("price"), &mapping.unitPrice},
        {QStringLiteral("amount"), &mapping.amount},
        {QStringLiteral("invoice"), &mapping.invoiceId},
        {QStringLiteral("category"), &mapping.category},
        {QStringLiteral("cancel-prefix"), &mapping.cancellationPrefix},
    };
    for (const QString& item : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qsizetype eq = item.indexOf(QLatin1Char('='));
        const QString key = item.left(eq).trimmed();
        const QString value = eq < 0 ? QString() : item.mid(eq + 1).trimmed();
        if (eq < 0 || value.isEmpty())
            throw DataError(
                CliText::tr("--invoices takes key=column pairs, e.g. customer=CustomerID; '%1' is not one.")
                    .arg(item));
        if (key == QLatin1String("reference")) {
            const QDate day = QDate::fromString(value, Qt::ISODate);
            if (!day.isValid())
                throw DataError(
                    CliText::tr("--invoices reference= takes a date such as 2011-12-10, not '%1'.")
                        .arg(value));
            mapping.referenceDay = double(QDate(1970, 1, 1).daysTo(day));
            continue;
        }
        if (key == QLatin1String("date-format")) {
            option.dateOrder = parseDateFormat(QStringLiteral("--invoices date-format="), value);
            continue;
        }
        const auto column = columns.find(key);
        if (column == columns.end())
            throw DataError(
                CliText::tr(
                    "--invoices knows customer, date, quantity, price, amount, invoice, category, reference, "
                    "cancel-prefix and date-format, not '%1'.")
                    .arg(key));
        *column->second = value;
    }
    if (mapping.customerId.isEmpty() || mapping.date.isEmpty() ||
        (mapping.amount.isEmpty() && (mapping.quantity.isEmpty() || mapping.unitPrice.isEmpty())))
        throw DataError(CliText::tr(
            "--invoices needs customer= and date=, and either amount= or both quantity= and price=."));
    return option;
}

CustomerTable invoiceCustomers(const DataMatrix& lines, const InvoiceMapping& mapping) {
    InvoiceReport report;
    CustomerTable table;
    table.customers = customerFeatures(lines, mapping, &report);
    table.report = invoiceReportJson(report);
    return table;
}

} // namespace segmenta::cli
