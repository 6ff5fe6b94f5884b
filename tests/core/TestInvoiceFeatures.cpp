#include "core/DataMatrix.h"
#include "core/Error.h"
#include "core/InvoiceFeatures.h"
#include "io/CsvReader.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <atomic>
#include <cmath>

#include "TestSupport.h"

using namespace segmenta;
using namespace segmenta::test;

namespace {

DataMatrix fromCsv(const QByteArray& text) {
    QBuffer buffer;
    buffer.setData(text);
    buffer.open(QIODevice::ReadOnly);
    const ReadResult result = CsvReader().read(buffer);
    if (!result.ok())
        qFatal("bad test CSV: %s", qPrintable(result.firstErrorText(QStringLiteral("<inline>"))));
    return result.data;
}

// Marks the days-since-1970 column as a Date, as an importer would.
void markDate(DataMatrix& lines, const QString& name) {
    const Index c = lines.columnIndex(name);
    lines.setColumnUsage(c, ColumnKind::Date, ColumnRole::Ignored, false);
}

// `lines` with a column Amount = Quantity * `price` appended.
DataMatrix withAmount(const DataMatrix& lines, const QString& price) {
    Matrix values(lines.rows(), lines.cols() + 1);
    values.leftCols(lines.cols()) = lines.values();
    values.col(lines.cols()) = lines.values().col(lines.columnIndex(QStringLiteral("Quantity"))).array() *
                               lines.values().col(lines.columnIndex(price)).array();
    ColumnInfo amount;
    amount.name = QStringLiteral("Amount");
    QList<ColumnInfo> columns = lines.columns();
    columns.append(amount);
    return DataMatrix(values, columns);
}

InvoiceMapping mappingFromJson(const QJsonObject& json) {
    InvoiceMapping m;
    m.customerId = json.value(QStringLiteral("customerId")).toString();
    m.date = json.value(QStringLiteral("date")).toString();
    m.quantity = json.value(QStringLiteral("quantity")).toString();
    m.unitPrice = json.value(QStringLiteral("unitPrice")).toString();
    m.amount = json.value(QStringLiteral("amount")).toString();
    m.invoiceId = json.value(QStringLiteral("invoiceId")).toString();
    m.category = json.value(QStringLiteral("category")).toString();
    if (json.contains(QStringLiteral("referenceDay")))
        m.referenceDay = json.value(QStringLiteral("referenceDay")).toDouble();
    m.maxCategories = json.value(QStringLiteral("maxCategories")).toInt(50);
    return m;
}

// The column named `name` of `data`, in row order.
Vector column(const DataMatrix& data, const QString& name) {
    const Index c = data.columnIndex(name);
    if (c < 0)
        qFatal("no column %s", qPrintable(name));
    return data.values().col(c);
}

// The four counts every synthetic test checks, as one comparable string.
QString counts(const InvoiceReport& r) {
    return QStringLiteral("read %1 used %2 noCustomer %3 bad %4 cancelledLines %5 cancelledInvoices %6 "
                          "returns %7 customers %8")
        .arg(r.linesRead)
        .arg(r.linesUsed)
        .arg(r.linesWithoutCustomer)
        .arg(r.linesBadValues)
        .arg(r.cancelledLines)
        .arg(r.cancelledInvoices)
        .arg(r.returnLines)
        .arg(r.customers);
}

QString errorOf(const DataMatrix& lines, const InvoiceMapping& mapping) {
    try {
        customerFeatures(lines, mapping, nullptr);
    } catch (const DataError& e) {
        return e.message();
    }
    return {};
}

// Customer 7: invoice 1 (two lines) on day 10, cancelled invoice C2 on day 12 (written with a positive
// quantity, which must still reduce spend), invoice 3 on day 15 that only returns goods.
// Customer 8: one invoice on day 11. Row 5 has no customer.
const QByteArray kBasic = "Invoice,Customer,Day,Quantity,Price,Region\n"
                          "1,7,10.25,2,5,North\n"
                          "1,7,10.5,1,3,South\n"
                          "4,8,11.9,4,2.5,North\n"
                          "C2,7,12.1,1,5,North\n"
                          "5,,12.5,9,9,North\n"
                          "3,7,15.75,-1,3,South\n";

InvoiceMapping basicMapping() {
    InvoiceMapping m;
    m.customerId = QStringLiteral("Customer");
    m.date = QStringLiteral("Day");
    m.quantity = QStringLiteral("Quantity");
    m.unitPrice = QStringLiteral("Price");
    m.invoiceId = QStringLiteral("Invoice");
    return m;
}

} // namespace

class TestInvoiceFeatures : public QObject {
    Q_OBJECT

private slots:
    void realSubsetMatchesPandas_data();
    void realSubsetMatchesPandas();
    void returnsAndCancellations();
    void badValuesAreCountedWithRows();
    void amountMatchesQuantityTimesPrice();
    void daysAreInvoicesWithoutInvoiceIds();
    void referenceDayOverride();
    void textIdsKeepFirstAppearanceOrder();
    void categoryCap();
    void spendIsNeverNegative();
    void mappingErrors();
    void cancellation();
};

void TestInvoiceFeatures::realSubsetMatchesPandas_data() {
    QTest::addColumn<int>("scenario");
    const QJsonArray scenarios = loadReference(QStringLiteral("invoice_online_retail_subset.json"))
                                     .value(QStringLiteral("scenarios"))
                                     .toArray();
    for (int i = 0; i < scenarios.size(); ++i)
        QTest::newRow(qPrintable(scenarios.at(i).toObject().value(QStringLiteral("name")).toString())) << i;
}

void TestInvoiceFeatures::realSubsetMatchesPandas() {
    QFETCH(int, scenario);
    const QJsonObject ref = loadReference(QStringLiteral("invoice_online_retail_subset.json"));
    const QJsonObject s = ref.value(QStringLiteral("scenarios")).toArray().at(scenario).toObject();
    const ReadResult read = CsvReader().read(sourcePath(ref.value(QStringLiteral("csv")).toString()));
    QVERIFY(read.ok());
    DataMatrix lines = read.data;
    markDate(lines, QStringLiteral("InvoiceDays"));
    const InvoiceMapping mapping = mappingFromJson(s.value(QStringLiteral("mapping")).toObject());
    if (!mapping.amount.isEmpty())
        lines = withAmount(lines, QStringLiteral("UnitPrice"));

    InvoiceReport report;
    const DataMatrix features = customerFeatures(lines, mapping, &report);

    const QJsonObject expected = s.value(QStringLiteral("report")).toObject();
    QCOMPARE(report.linesRead, expected.value(QStringLiteral("linesRead")).toInteger());
    QCOMPARE(report.linesUsed, expected.value(QStringLiteral("linesUsed")).toInteger());
    QCOMPARE(report.linesWithoutCustomer, expected.value(QStringLiteral("linesWithoutCustomer")).toInteger());
    QCOMPARE(report.linesBadValues, qint64{0});
    QCOMPARE(report.cancelledLines, expected.value(QStringLiteral("cancelledLines")).toInteger());
    QCOMPARE(report.cancelledInvoices, expected.value(QStringLiteral("cancelledInvoices")).toInteger());
    QCOMPARE(report.returnLines, expected.value(QStringLiteral("returnLines")).toInteger());
    QCOMPARE(report.customers, expected.value(QStringLiteral("customers")).toInteger());
    QCOMPARE(report.warnings.size(), expected.value(QStringLiteral("warnings")).toInteger());

    QStringList names;
    for (const QJsonValue& v : s.value(QStringLiteral("columns")).toArray())
        names << v.toString();
    QCOMPARE(features.columnNames(), names);
    QVERIFY(features.column(0).kind == ColumnKind::Identifier);
    QVERIFY(features.column(0).role == ColumnRole::Identifier);
    QVERIFY(!features.column(0).isTextCoded());

    const Vector ids = vectorFromJson(s.value(QStringLiteral("customers")));
    const Matrix values = matrixFromJson(s.value(QStringLiteral("values")));
    QCOMPARE(features.rows(), ids.size());
    QCOMPARE(maxAbsDiff(Vector(features.values().col(0)), ids), 0.0);
    for (Index r = 0; r < values.rows(); ++r) {
        for (Index c = 0; c < values.cols(); ++c) {
            const double ours = features.values()(r, c + 1);
            const double theirs = values(r, c);
            const QString where = QStringLiteral("customer %1, %2: %3 vs pandas %4")
                                      .arg(ids(r))
                                      .arg(names.at(c + 1))
                                      .arg(ours, 0, 'g', 17)
                                      .arg(theirs, 0, 'g', 17);
            if (std::isnan(theirs))
                QVERIFY2(std::isnan(ours), qPrintable(where));
            else
                QVERIFY2(relativeDiff(ours, theirs) <= 1e-9, qPrintable(where));
        }
    }
}

void TestInvoiceFeatures::returnsAndCancellations() {
    InvoiceReport report;
    const DataMatrix f = customerFeatures(fromCsv(kBasic), basicMapping(), &report);
    QCOMPARE(counts(report), QStringLiteral("read 6 used 5 noCustomer 1 bad 0 cancelledLines 1 "
                                            "cancelledInvoices 1 returns 1 customers 2"));
    QVERIFY(report.examples.isEmpty());
    QCOMPARE(f.columnNames(), QStringList({QStringLiteral("CustomerID"), QStringLiteral("Recency"),
                                           QStringLiteral("Frequency"), QStringLiteral("Monetary"),
                                           QStringLiteral("AverageBasket"), QStringLiteral("Tenure")}));
    // Reference day: the day after the last invoice day (15) = 16.
    QCOMPARE(column(f, QStringLiteral("CustomerID")), Vector((Vector(2) << 7, 8).finished()));
    QCOMPARE(column(f, QStringLiteral("Recency")), Vector((Vector(2) << 1, 5).finished()));
    // Invoice 3 only returns goods and C2 is cancelled: one purchase for customer 7.
    QCOMPARE(column(f, QStringLiteral("Frequency")), Vector((Vector(2) << 1, 1).finished()));
    QCOMPARE(column(f, QStringLiteral("Monetary")), Vector((Vector(2) << 13 - 5 - 3, 10).finished()));
    QCOMPARE(column(f, QStringLiteral("AverageBasket")), Vector((Vector(2) << 5, 10).finished()));
    QCOMPARE(column(f, QStringLiteral("Tenure")), Vector((Vector(2) << 5, 0).finished()));

    QCOMPARE(report.customersRaisedToZero, qint64{0});
    QCOMPARE(report.warnings, QStringList{QStringLiteral(
                                  "Returns (1 lines) and cancellations (1 lines) reduce each customer's "
                                  "Monetary and Spend values, but never below 0; 0 customers returned more "
                                  "than they bought in these lines and have a Monetary of 0.")});

    // Customer 9 only cancels: no purchase, so no average basket, and a net spend of -8 counts as 0.
    const DataMatrix onlyCancelled =
        customerFeatures(fromCsv(kBasic + "C6,9,13,-2,4,North\n"), basicMapping(), &report);
    QCOMPARE(onlyCancelled.rows(), Index{3});
    QCOMPARE(onlyCancelled.values()(2, 2), 0.0);
    QCOMPARE(onlyCancelled.values()(2, 3), 0.0);
    QVERIFY(std::isnan(onlyCancelled.values()(2, 4)));
    QCOMPARE(report.customersRaisedToZero, qint64{1});

    // Without a prefix nothing is a cancellation: C2 becomes a purchase worth +5.
    InvoiceMapping noPrefix = basicMapping();
    noPrefix.cancellationPrefix.clear();
    const DataMatrix g = customerFeatures(fromCsv(kBasic), noPrefix, &report);
    QCOMPARE(report.cancelledLines, qint64{0});
    QCOMPARE(column(g, QStringLiteral("Frequency"))(0), 2.0);
    QCOMPARE(column(g, QStringLiteral("Monetary"))(0), 13.0 + 5 - 3);
}

void TestInvoiceFeatures::badValuesAreCountedWithRows() {
    // Row 2: text quantity, row 3: missing price, row 4: missing date, row 5: missing invoice,
    // row 6: no customer and a bad quantity (counted once, as without customer).
    const QByteArray csv = "Invoice,Customer,Day,Quantity,Price\n"
                           "1,7,10,2,5\n"
                           "1,7,10,two,5\n"
                           "2,7,11,1,\n"
                           "2,7,,1,1\n"
                           ",7,11,1,1\n"
                           "3,,11,x,1\n"
                           "4,8,12, 3 ,1\n";
    InvoiceReport report;
    const DataMatrix f = customerFeatures(fromCsv(csv), basicMapping(), &report);
    QCOMPARE(counts(report), QStringLiteral("read 7 used 2 noCustomer 1 bad 4 cancelledLines 0 "
                                            "cancelledInvoices 0 returns 0 customers 2"));
    QCOMPARE(report.examples.size(), qsizetype{4});
    const QList<std::pair<qint64, QString>> where = {{2, QStringLiteral("Quantity")},
                                                     {3, QStringLiteral("Price")},
                                                     {4, QStringLiteral("Day")},
                                                     {5, QStringLiteral("Invoice")}};
    for (int i = 0; i < where.size(); ++i) {
        QCOMPARE(report.examples.at(i).row, where.at(i).first);
        QCOMPARE(report.examples.at(i).columnName, where.at(i).second);
        QVERIFY(!report.examples.at(i).message.isEmpty());
    }
    QCOMPARE(report.examples.at(0).message, QStringLiteral("The quantity is missing or not a number."));
    // The text-coded quantity column still yields " 3 " as 3 for customer 8.
    QCOMPARE(column(f, QStringLiteral("Monetary")), Vector((Vector(2) << 10, 3).finished()));
}

void TestInvoiceFeatures::amountMatchesQuantityTimesPrice() {
    const DataMatrix withAmountColumn = withAmount(fromCsv(kBasic), QStringLiteral("Price"));

    InvoiceMapping byAmount = basicMapping();
    byAmount.quantity.clear();
    byAmount.unitPrice.clear();
    byAmount.amount = QStringLiteral("Amount");
    InvoiceReport a;
    InvoiceReport b;
    const DataMatrix viaAmount = customerFeatures(withAmountColumn, byAmount, &a);
    const DataMatrix viaPrice = customerFeatures(withAmountColumn, basicMapping(), &b);
    QCOMPARE(counts(a), counts(b));
    QCOMPARE(viaAmount.columns(), viaPrice.columns());
    QCOMPARE(maxAbsDiff(viaAmount.values(), viaPrice.values()), 0.0);
}

void TestInvoiceFeatures::daysAreInvoicesWithoutInvoiceIds() {
    const QByteArray csv = "Customer,Day,Amount\n"
                           "7,10.1,5\n"
                           "7,10.9,5\n"
                           "7,11.2,-4\n"
                           "7,12.0,6\n";
    InvoiceMapping m;
    m.customerId = QStringLiteral("Customer");
    m.date = QStringLiteral("Day");
    m.amount = QStringLiteral("Amount");
    InvoiceReport report;
    const DataMatrix f = customerFeatures(fromCsv(csv), m, &report);
    // Days 10 and 12 have purchases; day 11 only a return.
    QCOMPARE(column(f, QStringLiteral("Frequency"))(0), 2.0);
    QCOMPARE(column(f, QStringLiteral("Monetary"))(0), 12.0);
    QCOMPARE(column(f, QStringLiteral("AverageBasket"))(0), 6.0);
    QCOMPARE(column(f, QStringLiteral("Tenure"))(0), 2.0);
    QCOMPARE(column(f, QStringLiteral("Recency"))(0), 1.0);
    QCOMPARE(report.returnLines, qint64{1});
}

void TestInvoiceFeatures::referenceDayOverride() {
    DataMatrix lines = fromCsv(kBasic);
    markDate(lines, QStringLiteral("Day"));
    InvoiceMapping m = basicMapping();
    m.referenceDay = 20.7; // the time of day is ignored
    const DataMatrix f = customerFeatures(lines, m, nullptr);
    QCOMPARE(column(f, QStringLiteral("Recency")), Vector((Vector(2) << 5, 9).finished()));

    m.referenceDay = 15.0; // the last invoice day itself
    QCOMPARE(column(customerFeatures(lines, m, nullptr), QStringLiteral("Recency"))(0), 0.0);

    m.referenceDay = 14.0;
    QCOMPARE(errorOf(lines, m),
             QStringLiteral("The reference day 1970-01-15 is before the last invoice "
                            "day 1970-01-16. Give a later day in reference= of --invoices, "
                            "or leave it out."));
}

void TestInvoiceFeatures::textIdsKeepFirstAppearanceOrder() {
    const QByteArray csv = "Invoice,Customer,Day,Quantity,Price\n"
                           "1,zoe,3,1,1\n"
                           "2,adam,4,1,2\n"
                           "3,zoe,5,1,4\n"
                           "4,mia,6,1,8\n";
    const DataMatrix f = customerFeatures(fromCsv(csv), basicMapping(), nullptr);
    QCOMPARE(f.column(0).levels,
             QStringList({QStringLiteral("zoe"), QStringLiteral("adam"), QStringLiteral("mia")}));
    QVERIFY(f.column(0).kind == ColumnKind::Identifier);
    QCOMPARE(f.displayText(1, 0), QStringLiteral("adam"));
    QCOMPARE(column(f, QStringLiteral("Monetary")), Vector((Vector(3) << 5, 2, 8).finished()));
}

void TestInvoiceFeatures::categoryCap() {
    // Totals: a 1, b 10, other 100, c 5, (missing) 3, d 7 (after a return of 1).
    const QByteArray csv = "Invoice,Customer,Day,Quantity,Price,Category\n"
                           "1,7,1,1,1,a\n"
                           "1,7,1,1,10,b\n"
                           "2,8,2,1,100,other\n"
                           "2,8,2,1,5,c\n"
                           "3,8,3,1,3,\n"
                           "3,9,3,8,1,d\n"
                           "4,9,4,-1,1,d\n";
    InvoiceMapping m = basicMapping();
    m.category = QStringLiteral("Category");

    InvoiceReport report;
    const DataMatrix all = customerFeatures(fromCsv(csv), m, &report);
    QCOMPARE(report.warnings.size(), qsizetype{1}); // the rule for returns
    QVERIFY(report.warnings.first().startsWith(QStringLiteral("Returns (1 lines)")));
    QCOMPARE(all.columnNames().mid(6),
             QStringList({QStringLiteral("Spend: a"), QStringLiteral("Spend: b"),
                          QStringLiteral("Spend: other"), QStringLiteral("Spend: c"),
                          QStringLiteral("Spend: (missing)"), QStringLiteral("Spend: d")}));
    QCOMPARE(column(all, QStringLiteral("Spend: d")), Vector((Vector(3) << 0, 0, 7).finished()));

    // "other" is not ranked; b (10) and d (7) keep columns, in order of first appearance.
    m.maxCategories = 2;
    const DataMatrix capped = customerFeatures(fromCsv(csv), m, &report);
    QCOMPARE(capped.columnNames().mid(6), QStringList({QStringLiteral("Spend: b"), QStringLiteral("Spend: d"),
                                                       QStringLiteral("Spend: other")}));
    QCOMPARE(column(capped, QStringLiteral("Spend: other")), Vector((Vector(3) << 1, 108, 0).finished()));
    QCOMPARE(report.warnings.size(), qsizetype{2});
    QVERIFY(report.warnings.first().contains(QStringLiteral("\"Category\"")));
    for (Index r = 0; r < capped.rows(); ++r)
        QCOMPARE(capped.values().row(r).tail(3).sum(), column(capped, QStringLiteral("Monetary"))(r));
}

/// Returns reduce a category's spend only down to 0, each Spend value on its own, as Monetary: a customer
/// who bought 10 of a and returned 4 of b bought before the period has Spend a 10, b 0 and Monetary 6.
void TestInvoiceFeatures::spendIsNeverNegative() {
    const QByteArray csv = "Invoice,Customer,Day,Quantity,Price,Category\n"
                           "1,7,1,10,1,a\n"
                           "2,7,2,-4,1,b\n"
                           "3,8,2,-3,2,a\n";
    InvoiceMapping m = basicMapping();
    m.category = QStringLiteral("Category");
    InvoiceReport report;
    const DataMatrix f = customerFeatures(fromCsv(csv), m, &report);
    QCOMPARE(column(f, QStringLiteral("Monetary")), Vector((Vector(2) << 6, 0).finished()));
    QCOMPARE(column(f, QStringLiteral("Spend: a")), Vector((Vector(2) << 10, 0).finished()));
    QCOMPARE(column(f, QStringLiteral("Spend: b")), Vector((Vector(2) << 0, 0).finished()));
    QCOMPARE(report.customersRaisedToZero, qint64{1});
    for (const ColumnInfo& info : f.columns().mid(1))
        QCOMPARE(toString(info.kind), toString(ColumnKind::Numeric)); // so the skewness rule applies
}

void TestInvoiceFeatures::mappingErrors() {
    DataMatrix lines = fromCsv("Invoice,Customer,Day,Quantity,Price,When\n1,7,3,1,1,yesterday\n");
    InvoiceMapping m = basicMapping();
    m.customerId = QStringLiteral("Client");
    QCOMPARE(errorOf(lines, m), QStringLiteral("There is no column \"Client\" (mapped as the customer ID)."));

    m = basicMapping();
    m.date = QStringLiteral("When");
    QVERIFY(errorOf(lines, m).startsWith(
        QStringLiteral("Column \"When\" (the invoice date) holds text, not dates.")));

    m = basicMapping();
    m.date.clear();
    QCOMPARE(errorOf(lines, m), QStringLiteral("Choose the column that holds the invoice date."));

    m = basicMapping();
    m.amount = QStringLiteral("Price");
    QCOMPARE(
        errorOf(lines, m),
        QStringLiteral("Map either the quantity and unit price columns, or the amount column (quantity= and "
                       "price=, or amount= in --invoices)."));
    m.amount.clear();
    m.quantity.clear();
    m.unitPrice.clear();
    QCOMPARE(
        errorOf(lines, m),
        QStringLiteral("Map either the quantity and unit price columns, or the amount column (quantity= and "
                       "price=, or amount= in --invoices)."));

    m = basicMapping();
    m.unitPrice.clear();
    QCOMPARE(errorOf(lines, m), QStringLiteral("Choose the column that holds the unit price."));

    markDate(lines, QStringLiteral("Day"));
    m = basicMapping();
    m.quantity = QStringLiteral("Day");
    QCOMPARE(errorOf(lines, m), QStringLiteral("Column \"Day\" (the quantity) holds dates, not numbers."));

    m = basicMapping();
    m.category = QStringLiteral("Region");
    QCOMPARE(errorOf(lines, m), QStringLiteral("There is no column \"Region\" (mapped as the category)."));

    m = basicMapping();
    m.maxCategories = 0;
    QVERIFY(!errorOf(lines, m).isEmpty());

    const DataMatrix noCustomers = fromCsv("Invoice,Customer,Day,Quantity,Price\n1,,3,1,1\n2,,3,1,1\n");
    QCOMPARE(errorOf(noCustomers, basicMapping()),
             QStringLiteral("No invoice line has both a customer ID and usable values (2 of 2 lines have no "
                            "customer ID, 0 have missing or invalid values)."));
}

void TestInvoiceFeatures::cancellation() {
    std::atomic_bool cancel{true};
    const TaskControl control({}, &cancel);
    QVERIFY_THROWS_EXCEPTION(Cancelled, customerFeatures(fromCsv(kBasic), basicMapping(), nullptr, control));
}

QTEST_GUILESS_MAIN(TestInvoiceFeatures)
#include "TestInvoiceFeatures.moc"
