#pragma once

#include "core/InvoiceFeatures.h"

#include <QJsonObject>
#include <QString>

namespace segmenta::cli {

/// Parses --invoices "customer=CustomerID,date=InvoiceDate,quantity=Quantity,price=UnitPrice[,amount=A]
/// [,invoice=InvoiceNo][,category=Country][,reference=2011-12-10][,cancel-prefix=C]". Throws DataError.
InvoiceMapping parseInvoiceMapping(const QString& text);

/// The invoice lines turned into one row per customer, and what was done with the lines, as the
/// "invoices" part of the import report.
struct CustomerTable {
    DataMatrix customers;
    QJsonObject report;
};
CustomerTable invoiceCustomers(const DataMatrix& lines, const InvoiceMapping& mapping);

} // namespace segmenta::cli
