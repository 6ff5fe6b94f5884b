#include "io/TableBuilder.h"

#include <QDate>
#include <QTest>

#include <cmath>

#include "TestSupport.h"

using namespace segmenta;

namespace {

using Row = QList<RawCell>;

RawCell text(const char* value) {
    return RawCell::ofText(QString::fromUtf8(value));
}
RawCell number(double value) {
    return RawCell::ofNumber(value);
}

Row textRow(std::initializer_list<const char*> values) {
    Row row;
    for (const char* value : values)
        row << text(value);
    return row;
}

/// Feeds the rows as source rows 1, 2, ... and finishes.
ReadResult build(const QList<Row>& rows, TableOptions options = {}) {
    TableBuilder builder(options);
    for (qsizetype r = 0; r < rows.size(); ++r)
        builder.addRow(r + 1, rows.at(r));
    ReadResult result;
    builder.finish(result);
    return result;
}

QString kindOf(const ReadResult& result, const char* name) {
    const Index c = result.data.columnIndex(QString::fromUtf8(name));
    return c < 0 ? QStringLiteral("absent") : toString(result.data.column(c).kind);
}

QString guess(const ReadResult& result, const QString& what) {
    for (const auto& [key, value] : result.guesses)
        if (key == what)
            return value;
    return {};
}

/// A header and @p rows data rows whose column c holds values(r, c).
template <typename Fn> QList<Row> table(std::initializer_list<const char*> header, int rows, Fn value) {
    QList<Row> result{textRow(header)};
    for (int r = 0; r < rows; ++r) {
        Row row;
        for (int c = 0; c < int(header.size()); ++c)
            row << value(r, c);
        result << row;
    }
    return result;
}

} // namespace

class TestTableBuilder : public QObject {
    Q_OBJECT

private slots:
    void wholesaleChannelAndRegionAreCategorical();
    void identifiersAndMeasures();
    void dates();
    void textDateLayouts();
    void dateOrderOption();
    void dateFormatNames();
    void personalData();
    void headerBelowTitleAndNotes();
    void forcedAndAbsentHeader();
    void errorAndBooleanCells();
    void errors();
};

/// The bundled sample, read without the io layer, fed as numbers: the documented kinds of its columns.
void TestTableBuilder::wholesaleChannelAndRegionAreCategorical() {
    QStringList header;
    const Matrix values = test::loadNumericCsv(QStringLiteral("resources/wholesale_customers.csv"), &header);
    QList<Row> rows;
    Row names;
    for (const QString& name : header)
        names << RawCell::ofText(name);
    rows << names;
    for (Index r = 0; r < values.rows(); ++r) {
        Row row;
        for (Index c = 0; c < values.cols(); ++c)
            row << number(values(r, c));
        rows << row;
    }
    const ReadResult result = build(rows);
    QVERIFY(result.ok());
    QCOMPARE(guess(result, QStringLiteral("header row")), QStringLiteral("1"));
    QCOMPARE(result.data.rows(), 440);
    for (const ColumnInfo& column : result.data.columns()) {
        const bool code = column.name == QLatin1String("Channel") || column.name == QLatin1String("Region");
        QCOMPARE(toString(column.kind), toString(code ? ColumnKind::Categorical : ColumnKind::Numeric));
        QCOMPARE(toString(column.role), toString(ColumnRole::Feature));
        QVERIFY(!column.pii);
    }
    QVERIFY(test::maxAbsDiff(result.data.values(), values) == 0.0);
}

void TestTableBuilder::identifiersAndMeasures() {
    const ReadResult result = build(table(
        {"CustomerID", "InvoiceNo", "Amount", "Quantity", "Segment code", "Visits"}, 30, [](int r, int c) {
            switch (c) {
            case 0:
                return number(1000 + r);
            case 1:
                return number(536365 + 7 * r);
            case 2:
                return number(r * 13 % 31); // all distinct, not named as an id
            case 3:
                return number(r % 3); // few values, but a measure
            case 4:
                return number(r % 4 + 1); // few values, a code
            default:
                return number(r % 20);
            }
        }));
    QVERIFY(result.ok());
    QCOMPARE(kindOf(result, "CustomerID"), toString(ColumnKind::Identifier));
    QCOMPARE(toString(result.data.column(0).role), toString(ColumnRole::Identifier));
    QCOMPARE(kindOf(result, "InvoiceNo"), toString(ColumnKind::Identifier));
    QCOMPARE(kindOf(result, "Amount"), toString(ColumnKind::Numeric));
    QCOMPARE(kindOf(result, "Quantity"), toString(ColumnKind::Numeric));
    QCOMPARE(kindOf(result, "Segment code"), toString(ColumnKind::Categorical));
    QCOMPARE(kindOf(result, "Visits"), toString(ColumnKind::Numeric)); // 20 distinct values
}

void TestTableBuilder::dates() {
    const QDate epoch(1970, 1, 1);
    const QList<Row> rows{
        textRow({"Joined", "Ordered", "Ambiguous", "European", "Stamped"}),
        {RawCell::ofDateTime(18000.5), text("2021-03-04"), text("01/02/2020"), text("13/02/2020"),
         text("2021-03-04 12:00")},
        {RawCell::ofDateTime(18001), text("2020-12-31"), text("03/04/2020"), text("01.02.2020"), text("")},
        {RawCell::empty(), text("NA"), text("05/06/2020"), text("02/12/2020"), text("2021-03-05 06:00:00")}};
    const ReadResult result = build(rows);
    QVERIFY(result.ok());
    const DataMatrix& data = result.data;
    QCOMPARE(kindOf(result, "Joined"), toString(ColumnKind::Date));
    QCOMPARE(toString(data.column(0).role), toString(ColumnRole::Ignored));
    QCOMPARE(data.values()(0, 0), 18000.5);
    QCOMPARE(kindOf(result, "Ordered"), toString(ColumnKind::Date));
    QVERIFY(data.column(1).levels.isEmpty());
    QCOMPARE(data.values()(0, 1), double(epoch.daysTo(QDate(2021, 3, 4))));
    QCOMPARE(data.values()(1, 1), double(epoch.daysTo(QDate(2020, 12, 31))));
    QVERIFY(data.isMissing(2, 1));
    // dd/MM or MM/dd, never told apart: read day first, with a warning that names the option.
    QCOMPARE(kindOf(result, "Ambiguous"), toString(ColumnKind::Date));
    QCOMPARE(data.values()(0, 2), double(epoch.daysTo(QDate(2020, 2, 1))));
    QCOMPARE(guess(result, QStringLiteral("date format: Ambiguous")), QStringLiteral("DD/MM/YYYY"));
    QCOMPARE(result.warnings.size(), 1);
    QVERIFY(result.warnings.first().message.contains(QStringLiteral("--date-format M/D/Y")));
    QCOMPARE(result.warnings.first().columnName, QStringLiteral("Ambiguous"));
    QCOMPARE(kindOf(result, "European"), toString(ColumnKind::Categorical)); // two separators: no one format
    QCOMPARE(kindOf(result, "Stamped"), toString(ColumnKind::Date));
    QCOMPARE(data.values()(0, 4), epoch.daysTo(QDate(2021, 3, 4)) + 0.5);
    QCOMPARE(data.values()(2, 4), epoch.daysTo(QDate(2021, 3, 5)) + 0.25);

    const ReadResult european =
        build({textRow({"Since", "Until"}), textRow({"13/02/2020", "x"}), textRow({"01/12/2021", "y"})});
    QCOMPARE(kindOf(european, "Since"), toString(ColumnKind::Date));
    QCOMPARE(european.data.values()(1, 0), double(epoch.daysTo(QDate(2021, 12, 1))));
}

/// Text dates in the layouts of common tools, day and month told apart by the whole column, against
/// QDate; text that is not a date of one layout stays text.
void TestTableBuilder::textDateLayouts() {
    const QDate epoch(1970, 1, 1);
    const auto days = [&](int y, int m, int d, int hour = 0, int minute = 0, int second = 0) {
        return double(epoch.daysTo(QDate(y, m, d))) + (hour * 3600 + minute * 60 + second) / 86400.0;
    };
    struct Case {
        const char* name;
        QList<const char*> texts;
        QList<double> expected; // empty: stays text
        const char* layout;
    };
    const QList<Case> cases{
        {"UCI",
         {"12/1/2010 8:26", "12/13/2010 17:05"},
         {days(2010, 12, 1, 8, 26), days(2010, 12, 13, 17, 5)},
         "MM/DD/YYYY hh:mm"},
        {"Marketing", {"04-09-2012", "13-03-2014"}, {days(2012, 9, 4), days(2014, 3, 13)}, "DD-MM-YYYY"},
        {"ISO",
         {"2010-12-01T08:26:00", "2011-01-05 10:00:30.5"},
         {days(2010, 12, 1, 8, 26), days(2011, 1, 5, 10, 0, 30) + 0.5 / 86400},
         "YYYY-MM-DD hh:mm:ss"},
        {"Dots", {"1.2.99", "31.12.05"}, {days(1999, 2, 1), days(2005, 12, 31)}, "DD.MM.YY"},
        {"AM/PM",
         {"1/13/2011 12:05 AM", "2/1/2011 1:30 PM"},
         {days(2011, 1, 13, 0, 5), days(2011, 2, 1, 13, 30)},
         "MM/DD/YYYY hh:mm"},
        {"Both orders", {"13/1/2011", "1/13/2011"}, {}, ""},
        {"Not a day", {"31/02/2020", "13/01/2020"}, {}, ""},
        {"Fractions", {"12/2", "3/4"}, {}, ""},
        {"Mixed separators", {"13/02/2020", "01.02.2020"}, {}, ""},
        {"Three-digit year", {"13/02/202", "01/02/2020"}, {}, ""},
        {"Bad time", {"2010-12-01 25:00", "2010-12-02"}, {}, ""},
    };
    for (const Case& c : cases) {
        QList<Row> rows{textRow({c.name, "Other"})};
        for (const char* t : c.texts)
            rows << Row{text(t), number(1)};
        const ReadResult result = build(rows);
        QVERIFY(result.ok());
        const bool date = !c.expected.isEmpty();
        QCOMPARE(kindOf(result, c.name), toString(date ? ColumnKind::Date : ColumnKind::Categorical));
        QCOMPARE(guess(result, QStringLiteral("date format: ") + QLatin1String(c.name)),
                 QLatin1String(c.layout));
        for (qsizetype r = 0; r < c.expected.size(); ++r)
            QVERIFY2(std::abs(result.data.values()(r, 0) - c.expected.at(r)) < 1e-9, c.name);
    }
}

/// Numbers stay numbers whatever they look like; a given order reads columns that could be either, and
/// makes a column that contradicts it text.
void TestTableBuilder::dateOrderOption() {
    const QDate epoch(1970, 1, 1);
    const QList<Row> rows{textRow({"Price", "Visit", "Joined"}),
                          {number(1.234), text("1/2/2012"), text("13/1/2012")},
                          {number(12.5), text("3/4/2012"), text("2/1/2012")}};
    const ReadResult detected = build(rows);
    QCOMPARE(kindOf(detected, "Price"), toString(ColumnKind::Numeric));
    QCOMPARE(detected.data.values()(0, 1), double(epoch.daysTo(QDate(2012, 2, 1))));
    QCOMPARE(kindOf(detected, "Joined"), toString(ColumnKind::Date));

    const ReadResult monthFirst = build(rows, {.dateOrder = DateOrder::MonthDayYear});
    QCOMPARE(kindOf(monthFirst, "Price"), toString(ColumnKind::Numeric));
    QCOMPARE(monthFirst.data.values()(0, 1), double(epoch.daysTo(QDate(2012, 1, 2))));
    QCOMPARE(guess(monthFirst, QStringLiteral("date format: Visit")), QStringLiteral("MM/DD/YYYY"));
    QVERIFY(monthFirst.warnings.isEmpty()); // the order was given, not assumed
    QCOMPARE(kindOf(monthFirst, "Joined"), toString(ColumnKind::Categorical)); // month 13
}

/// The values --date-format takes.
void TestTableBuilder::dateFormatNames() {
    QCOMPARE(dateOrderFromText(QStringLiteral("D/M/Y")), DateOrder::DayMonthYear);
    QCOMPARE(dateOrderFromText(QStringLiteral("dd.mm.yyyy")), DateOrder::DayMonthYear);
    QCOMPARE(dateOrderFromText(QStringLiteral("M/D/Y")), DateOrder::MonthDayYear);
    QCOMPARE(dateOrderFromText(QStringLiteral("MM-DD-YY")), DateOrder::MonthDayYear);
    QCOMPARE(dateOrderFromText(QStringLiteral("YYYY-MM-DD")), DateOrder::YearMonthDay);
    QVERIFY(!dateOrderFromText(QStringLiteral("D/Y/M")));
    QVERIFY(!dateOrderFromText(QStringLiteral("%d/%m/%Y")));
    QVERIFY(!dateOrderFromText(QString()));
}

void TestTableBuilder::personalData() {
    const ReadResult result =
        build({textRow({"Customer Name", "E-mail", "Phone", "Contact", "Region", "Year_Birth", "lastName"}),
               textRow({"Ana Silva", "ana@example.pt", "+351 912 345 678", "ana@example.pt", "North", "1980",
                        "Silva"}),
               textRow({"Rui Costa", "rui@example.pt", "+351 913 000 111", "+351 21 555 0101", "South",
                        "1975", "Costa"}),
               textRow({"Eva Lopes", "eva@example.pt", "+351 914 222 333", "eva@mail.example", "North",
                        "1990", "Lopes"})});
    QVERIFY(result.ok());
    const bool expected[] = {true, true, true, true, false, false, true};
    for (Index c = 0; c < result.data.cols(); ++c)
        QVERIFY2(result.data.column(c).pii == expected[c], qPrintable(result.data.column(c).name));
}

void TestTableBuilder::headerBelowTitleAndNotes() {
    const QList<Row> rows{textRow({"Sales report 2023"}),
                          {},
                          textRow({"Exported by ERP on 2024-01-05", "page 1"}),
                          textRow({"# one row per customer", "x", "y"}),
                          textRow({"Channel", "Region", "Fresh", "Milk"}),
                          {number(1), number(3), number(12669), number(9656)},
                          {number(2), number(3), number(7057), number(9810)},
                          {number(2), RawCell::empty(), number(6353), number(8808)},
                          {number(1), number(1), number(13265), number(1196)}};
    const ReadResult result = build(rows);
    QVERIFY(result.ok());
    QCOMPARE(guess(result, QStringLiteral("header row")), QStringLiteral("5"));
    QCOMPARE(result.data.rows(), 4);
    QCOMPARE(result.sourceLines, (QList<qint64>{6, 7, 8, 9}));
    QCOMPARE(result.warnings.size(), 3);
    QCOMPARE(result.warnings[0].line, 1);
    QCOMPARE(result.warnings[1].line, 3);
    QCOMPARE(result.warnings[2].line, 4);
    QCOMPARE(result.warnings[0].message,
             QStringLiteral("Row 1 is above the header (row 5) and was skipped."));
}

void TestTableBuilder::forcedAndAbsentHeader() {
    const QList<Row> rows{textRow({"a", "b"}), {number(1), number(2)}, {number(3), number(4), number(5)}};
    TableOptions none;
    none.headerRow = -1;
    const ReadResult headerless = build(rows, none);
    QVERIFY(headerless.ok());
    QCOMPARE(
        headerless.data.columnNames(),
        (QStringList{QStringLiteral("Column 1"), QStringLiteral("Column 2"), QStringLiteral("Column 3")}));
    QCOMPARE(headerless.data.rows(), 3);
    QVERIFY(headerless.data.isMissing(0, 2));
    QVERIFY(headerless.guesses.isEmpty());

    TableOptions second;
    second.headerRow = 2; // forced, even though it holds numbers
    const ReadResult forced =
        build({textRow({"title"}), {number(7), number(8)}, {number(1), number(2)}}, second);
    QVERIFY(forced.ok());
    QCOMPARE(forced.data.columnNames(), (QStringList{QStringLiteral("7"), QStringLiteral("8")}));
    QCOMPARE(forced.warnings.size(), 1);
    QCOMPARE(forced.warnings[0].line, 1);
}

void TestTableBuilder::errorAndBooleanCells() {
    const ReadResult result = build({textRow({"Ratio", "Active"}),
                                     {RawCell::ofError(QStringLiteral("#DIV/0!")), RawCell::ofBoolean(true)},
                                     {number(0.5), RawCell::ofBoolean(false)},
                                     {RawCell::ofError(QStringLiteral("#N/A")), RawCell::ofBoolean(true)}});
    QVERIFY(result.ok());
    QVERIFY(result.data.isMissing(0, 0));
    QVERIFY(result.data.isMissing(2, 0));
    QCOMPARE(result.data.values()(1, 0), 0.5);
    QCOMPARE(result.data.values()(0, 1), 1.0);
    QCOMPARE(result.data.values()(1, 1), 0.0);
    QCOMPARE(result.warnings.size(), 1); // once per column, with the count
    QCOMPARE(result.warnings[0].line, 2);
    QCOMPARE(result.warnings[0].column, 1);
    QCOMPARE(result.warnings[0].columnName, QStringLiteral("Ratio"));
    QVERIFY(result.warnings[0].message.contains(QStringLiteral("2 error cells")));
    QVERIFY(result.warnings[0].message.contains(QStringLiteral("#DIV/0!")));
}

void TestTableBuilder::errors() {
    const ReadResult noHeader = build({{number(1), number(2)}, {number(3), number(4)}});
    QCOMPARE(noHeader.errors.size(), 1);
    QVERIFY(noHeader.errors[0].message.startsWith(QStringLiteral("No header row was found")));
    QCOMPARE(noHeader.data.rows(), 0);

    const ReadResult noData = build({{}, textRow({"a", "b"}), {}});
    QCOMPARE(noData.errors.size(), 1);
    QCOMPARE(noData.errors[0].line, 2);

    const ReadResult nothing = build({{}, {RawCell::ofText(QStringLiteral("  "))}});
    QCOMPARE(nothing.errors.size(), 1);
    QCOMPARE(nothing.errors[0].line, 0);

    const ReadResult wide = build(
        {textRow({"a", "b"}), {number(1), number(2)}, {number(1), number(2), RawCell::empty(), number(9)}});
    QCOMPARE(wide.errors.size(), 1);
    QCOMPARE(wide.errors[0].line, 3);
    QCOMPARE(wide.errors[0].column, 4);
    QCOMPARE(wide.data.rows(), 0);
    QVERIFY(wide.sourceLines.isEmpty());

    TableOptions lines;
    lines.textLines = true;
    const ReadResult ragged = build({textRow({"a", "b"}), {number(1)}, {number(1), number(2)}}, lines);
    QCOMPARE(ragged.errors.size(), 1);
    QCOMPARE(
        ragged.errors[0].message,
        QStringLiteral("Line 2 has 1 fields but the header has 2. Correct the line, or skip such lines with "
                       "--skip-bad-lines (in the import wizard: \"Skip lines with the wrong number of "
                       "fields\")."));

    lines.skipBadLines = true;
    const ReadResult skipped = build({textRow({"a", "b"}), {number(1)}, {number(1), number(2)}}, lines);
    QVERIFY(skipped.ok());
    QCOMPARE(skipped.data.rows(), 1);
    QCOMPARE(skipped.sourceLines, QList<qint64>{3});
    QCOMPARE(skipped.warnings.size(), 1);
    QCOMPARE(skipped.warnings[0].message,
             QStringLiteral("Line 2 has 1 fields, the header has 2; it was skipped."));
}

QTEST_GUILESS_MAIN(TestTableBuilder)
#include "TestTableBuilder.moc"
