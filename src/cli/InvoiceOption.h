#pragma once

#include "core/InvoiceFeatures.h"
#include "io/TextDates.h"

#include <QJsonObject>
#include <QString>

namespace segmenta::cli {

/// --invoices as given: the column mapping, and the order of day and month its date-format= names for
/// dates written as text (Detect when it names none).
struct InvoiceOption {
    InvoiceMapping mapping;
    DateOrder dateOrder = DateOrder::Detect;
};

/// Parses --invoices "customer=CustomerID,date=InvoiceDate,quantity=Quantity,price=UnitPrice[,amount=A]
/// [,invoice=InvoiceNo][,category=Category][,reference=2011-12-10][,cancel-prefix=C][,date-format=M/D/Y]".
/// Throws DataError.
InvoiceOption parseInvoiceOption(const QString& text);

/// The order a date format names (D/M/Y, M/D/Y, Y-M-D, see dateOrderFromText()); throws DataError naming
/// @p option ("--date-format", "--invoices date-format=") for anything else.
DateOrder parseDateFormat(const QString& option, const QString& value);

/// The invoice lines turned into one row per customer, and what was done with the lines, as the
/// "invoices" part of the import report.
struct CustomerTable {
    DataMatrix customers;
    QJsonObject report;
};
CustomerTable invoiceCustomers(const DataMatrix& lines, const InvoiceMapping& mapping);

} // namespace segmenta::cli
