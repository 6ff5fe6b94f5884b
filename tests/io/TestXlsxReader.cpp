#include "core/Error.h"
#include "io/XlsxReader.h"

#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <cmath>

#include "TestSupport.h"

using namespace segmenta;

namespace {

QString fixture(const QString& name) {
    return test::sourcePath(QStringLiteral("tests/fixtures/xlsx/") + name);
}

QString realFile(const QString& name) {
    return QStringLiteral(SEGMENTA_SOURCE_DIR "/../shared/data/real/") + name;
}

#define SKIP_WITHOUT_REAL_FILES()                                                                            \
    if (!QFileInfo::exists(realFile(QString())))                                                             \
    QSKIP("shared/data/real is not beside the repository; clone it there to test the real workbooks")

QString typeName(RawCell::Type type) {
    switch (type) {
    case RawCell::Type::Number:
        return QStringLiteral("number");
    case RawCell::Type::Text:
        return QStringLiteral("text");
    case RawCell::Type::Boolean:
        return QStringLiteral("boolean");
    case RawCell::Type::DateTime:
        return QStringLiteral("date");
    case RawCell::Type::Error:
        return QStringLiteral("error");
    case RawCell::Type::Empty:
        break;
    }
    return QStringLiteral("empty");
}

/// The non-empty cells of every row as the references list them: [row, [[column, type, value], ...]].
QJsonArray rowsAsJson(const QString& path, const QString& sheet, ReadResult& result) {
    QJsonArray rows;
    XlsxReader().readRows(
        path, sheet,
        [&](qint64 row, QList<RawCell> cells) {
            QJsonArray values;
            for (int c = 0; c < cells.size(); ++c) {
                const RawCell& cell = cells.at(c);
                if (cell.type == RawCell::Type::Empty)
                    continue;
                const bool textual = cell.type == RawCell::Type::Text || cell.type == RawCell::Type::Error;
                values.append(QJsonArray{c + 1, typeName(cell.type),
                                         textual ? QJsonValue(cell.text) : QJsonValue(cell.number)});
            }
            rows.append(QJsonArray{row, values});
        },
        result);
    return rows;
}

bool sameCell(const QJsonArray& got, const QJsonArray& want) {
    if (got.at(0).toInt() != want.at(0).toInt() || got.at(1) != want.at(1))
        return false;
    if (want.at(2).isString())
        return got.at(2).toString() == want.at(2).toString();
    const double a = got.at(2).toDouble(), b = want.at(2).toDouble();
    // Dates are compared to the second; openpyxl rounds times to microseconds.
    return std::abs(a - b) <= 1e-6 * std::max(1.0, std::abs(b));
}

QStringList messages(const QList<ReadIssue>& issues) {
    QStringList texts;
    for (const ReadIssue& issue : issues)
        texts << issue.message;
    return texts;
}

qint64 peakRssKb() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const QRegularExpression peak(QStringLiteral("VmHWM:\\s+(\\d+)"));
    return peak.match(QString::fromLatin1(status.readAll())).captured(1).toLongLong();
}

qint64 missingCount(const DataMatrix& data, Index c) {
    return data.values().col(c).array().isNaN().count();
}

double presentSum(const DataMatrix& data, Index c) {
    return data.values().col(c).array().isNaN().select(0.0, data.values().col(c).array()).sum();
}

} // namespace

class TestXlsxReader : public QObject {
    Q_OBJECT

private slots:
    void dateFormatCodes_data();
    void dateFormatCodes();
    void serials_data();
    void serials();
    void cellReferences();
    void rawRows_data();
    void rawRows();
    void firstVisibleSheetByDefault();
    void sheetNamesAreCaseInsensitive();
    void fileErrors_data();
    void fileErrors();
    void tableStartingAtC3();
    void formattedEmptyRowsAreNoData();
    void valueLeftOfTableIsAnError();
    void progressAndCancel();
    void realWorkbooks_data();
    void realWorkbooks();
    void largeSheetStreams();
};

void TestXlsxReader::dateFormatCodes_data() {
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("isDate");
    QTest::newRow("iso date") << QStringLiteral("yyyy-mm-dd") << true;
    QTest::newRow("time am/pm") << QStringLiteral("h:mm AM/PM") << true;
    QTest::newRow("locale prefix") << QStringLiteral("[$-409]d-mmm-yy;@") << true;
    QTest::newRow("colour then date") << QStringLiteral("[Red]dd/mm/yyyy") << true;
    QTest::newRow("colour only") << QStringLiteral("[Red]0.00") << false;
    QTest::newRow("quoted words") << QStringLiteral("\"days \"0") << false;
    QTest::newRow("quoted m") << QStringLiteral("0.0 \"min\"") << false;
    QTest::newRow("escaped letters") << QStringLiteral("0\\m\\s") << false;
    QTest::newRow("padding and fill") << QStringLiteral("_(* #,##0_);_(* (#,##0);_(* \"-\"_)") << false;
    QTest::newRow("elapsed hours") << QStringLiteral("[h]:mm:ss") << false;
    QTest::newRow("general") << QStringLiteral("General") << false;
    QTest::newRow("scientific") << QStringLiteral("0.00E+00") << false;
    QTest::newRow("text") << QStringLiteral("@") << false;
}

void TestXlsxReader::dateFormatCodes() {
    QFETCH(QString, code);
    QFETCH(bool, isDate);
    QCOMPARE(XlsxReader::isDateFormatCode(code), isDate);
}

void TestXlsxReader::serials_data() {
    QTest::addColumn<double>("serial");
    QTest::addColumn<bool>("date1904");
    QTest::addColumn<QDate>("date");
    // Dates Excel shows for these serials (Microsoft: "Differences between the 1900 and the 1904 date
    // system").
    QTest::newRow("1900-01-01") << 1.0 << false << QDate(1900, 1, 1);
    QTest::newRow("1900-02-28") << 59.0 << false << QDate(1900, 2, 28);
    QTest::newRow("1900-03-01") << 61.0 << false << QDate(1900, 3, 1);
    QTest::newRow("1970-01-01") << 25569.0 << false << QDate(1970, 1, 1);
    QTest::newRow("2011-12-09") << 40886.0 << false << QDate(2011, 12, 9);
    QTest::newRow("1904-01-01") << 0.0 << true << QDate(1904, 1, 1);
    QTest::newRow("1904: 2011-12-09") << 39424.0 << true << QDate(2011, 12, 9);
}

void TestXlsxReader::serials() {
    QFETCH(double, serial);
    QFETCH(bool, date1904);
    QFETCH(QDate, date);
    QCOMPARE(XlsxReader::serialToDays(serial, date1904), double(QDate(1970, 1, 1).daysTo(date)));
    QCOMPARE(XlsxReader::serialToDays(serial + 0.75, date1904),
             double(QDate(1970, 1, 1).daysTo(date)) + 0.75);
}

void TestXlsxReader::cellReferences() {
    QCOMPARE(XlsxReader::columnOfReference(u"C7"), 3);
    QCOMPARE(XlsxReader::columnOfReference(u"AB12"), 28);
    QCOMPARE(XlsxReader::columnOfReference(u"XFD1048576"), 16384);
    QCOMPARE(XlsxReader::columnOfReference(u"12"), 0);
    for (int column : {1, 26, 27, 52, 702, 703, 16384})
        QCOMPARE(XlsxReader::columnOfReference(XlsxReader::columnLetters(column)), column);
    QCOMPARE(XlsxReader::columnLetters(28), QStringLiteral("AB"));
}

void TestXlsxReader::rawRows_data() {
    QTest::addColumn<QString>("reference");
    // Written by openpyxl; expected cells are openpyxl's reading of the same files (make_xlsx.py).
    QTest::newRow("types: numbers, shared strings, booleans, errors, dates, absent cells")
        << QStringLiteral("xlsx_types.json");
    QTest::newRow("1904 date system") << QStringLiteral("xlsx_date1904.json");
    QTest::newRow("used range from C3 with title rows") << QStringLiteral("xlsx_offset_c3.json");
    QTest::newRow("inline rich text, no r attributes, lying dimension")
        << QStringLiteral("xlsx_handwritten.json");
    // Written by LibreOffice from formulas; expected are the cached results as openpyxl reads them.
    QTest::newRow("LibreOffice formulas with cached values") << QStringLiteral("xlsx_formulas_lo.json");
}

void TestXlsxReader::rawRows() {
    QFETCH(QString, reference);
    const QJsonObject expected = test::loadReference(reference);
    const QString path = fixture(expected[QStringLiteral("file")].toString());

    QString error;
    const QList<SheetInfo> sheets = XlsxReader::sheets(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QJsonArray expectedSheets = expected[QStringLiteral("sheets")].toArray();
    QCOMPARE(sheets.size(), expectedSheets.size());
    for (int i = 0; i < sheets.size(); ++i) {
        QCOMPARE(sheets.at(i).name, expectedSheets.at(i)[0].toString());
        QCOMPARE(sheets.at(i).hidden, expectedSheets.at(i)[1].toBool());
    }

    ReadResult result;
    const QJsonArray rows = rowsAsJson(path, expected[QStringLiteral("sheet")].toString(), result);
    QVERIFY2(result.ok(), qPrintable(result.firstErrorText(path)));
    const QJsonArray wanted = expected[QStringLiteral("rows")].toArray();
    QCOMPARE(rows.size(), wanted.size());
    for (int r = 0; r < rows.size(); ++r) {
        const QJsonArray got = rows.at(r).toArray(), want = wanted.at(r).toArray();
        QCOMPARE(got.at(0).toInteger(), want.at(0).toInteger());
        const QJsonArray gotCells = got.at(1).toArray(), wantCells = want.at(1).toArray();
        QCOMPARE(gotCells.size(), wantCells.size());
        for (int c = 0; c < gotCells.size(); ++c) {
            const QByteArray where = QJsonDocument(QJsonArray{gotCells.at(c), wantCells.at(c)}).toJson();
            QVERIFY2(sameCell(gotCells.at(c).toArray(), wantCells.at(c).toArray()), where.constData());
        }
    }
}

void TestXlsxReader::firstVisibleSheetByDefault() {
    ReadResult result;
    const QJsonArray rows = rowsAsJson(fixture(QStringLiteral("types.xlsx")), {}, result);
    QVERIFY(result.ok());
    QCOMPARE(rows.first()[1][0][2].toString(), QStringLiteral("Customer")); // "Data", not hidden "Notes"
}

void TestXlsxReader::sheetNamesAreCaseInsensitive() {
    ReadResult result;
    const QJsonArray rows =
        rowsAsJson(fixture(QStringLiteral("types.xlsx")), QStringLiteral("SECOND"), result);
    QVERIFY(result.ok());
    QCOMPARE(rows.size(), 2);
}

void TestXlsxReader::fileErrors_data() {
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("sheet");
    QTest::addColumn<QStringList>("phrases");
    QTest::newRow("missing file") << fixture(QStringLiteral("no_such_file.xlsx")) << QString()
                                  << QStringList{QStringLiteral("does not exist")};
    QTest::newRow("legacy xls (LibreOffice)")
        << fixture(QStringLiteral("legacy.xls")) << QString()
        << QStringList{QStringLiteral("legacy Excel 97-2003 .xls"), QStringLiteral("save as .xlsx")};
    QTest::newRow("ods (LibreOffice)")
        << fixture(QStringLiteral("spreadsheet.ods")) << QString()
        << QStringList{QStringLiteral("not an Excel workbook"), QStringLiteral("OpenDocument")};
    QTest::newRow("unknown sheet") << fixture(QStringLiteral("types.xlsx")) << QStringLiteral("Year 2012")
                                   << QStringList{QStringLiteral("no sheet named 'Year 2012'"),
                                                  QStringLiteral("'Notes', 'Data', 'Second'")};
    QTest::newRow("Git LFS pointer (real)")
        << realFile(QStringLiteral("not_a_workbook_lfs_pointer.xlsx")) << QString()
        << QStringList{QStringLiteral("not an Excel workbook"), QStringLiteral("Git LFS pointer")};
}

void TestXlsxReader::fileErrors() {
    QFETCH(QString, path);
    QFETCH(QString, sheet);
    QFETCH(QStringList, phrases);
    if (path.contains(QLatin1String("shared/data/real")))
        SKIP_WITHOUT_REAL_FILES();
    const ReadResult result = XlsxReader().read(path, sheet);
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.data.rows(), 0);
    for (const QString& phrase : phrases)
        QVERIFY2(result.errors.first().message.contains(phrase), qPrintable(result.errors.first().message));
    if (sheet.isEmpty()) {
        QString error;
        QVERIFY(XlsxReader::sheets(path, &error).isEmpty());
        QCOMPARE(error, result.errors.first().message);
    }
}

void TestXlsxReader::tableStartingAtC3() {
    const ReadResult result = XlsxReader().read(fixture(QStringLiteral("offset_c3.xlsx")));
    QVERIFY2(result.ok(), qPrintable(result.firstErrorText(QStringLiteral("offset_c3.xlsx"))));
    QCOMPARE(result.data.columnNames(),
             (QStringList{QStringLiteral("Region"), QStringLiteral("Fresh"), QStringLiteral("Milk")}));
    QCOMPARE(result.sourceLines, (QList<qint64>{4, 5, 6, 7}));
    QCOMPARE(presentSum(result.data, 1), 12669.0 + 7057 + 6353 + 13265);
    QVERIFY(result.guesses.contains(std::pair(QStringLiteral("first column"), QStringLiteral("C"))));
}

void TestXlsxReader::formattedEmptyRowsAreNoData() {
    // <dimension ref="A1:D5000"> and formatted rows 6, 4999 and 5000 without values.
    const ReadResult result = XlsxReader().read(fixture(QStringLiteral("handwritten.xlsx")));
    QVERIFY2(result.ok(), qPrintable(result.firstErrorText(QStringLiteral("handwritten.xlsx"))));
    QCOMPARE(result.sourceLines, (QList<qint64>{2, 4, 5}));
    QCOMPARE(result.data.cols(), 4);
    QCOMPARE(missingCount(result.data, 2), 1); // Qty absent in row 5
}

void TestXlsxReader::valueLeftOfTableIsAnError() {
    // A table from C3 as openpyxl writes it, with a stray value in A60 below the first rows.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("stray.xlsx"));
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral("-c"),
                  QStringLiteral("import openpyxl,sys\nwb=openpyxl.Workbook();ws=wb.active\n"
                                 "ws['C3']='Key';ws['D3']='Value'\n"
                                 "for r in range(4,80): ws.cell(r,3,r);ws.cell(r,4,r*2)\n"
                                 "ws['A60']='stray';wb.save(sys.argv[1])"),
                  path});
    if (!python.waitForFinished(60000) || python.exitCode() != 0)
        QSKIP("Debian's python3 with openpyxl is needed to write this workbook");
    const ReadResult result = XlsxReader().read(path);
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors.first().line, 60);
    QCOMPARE(result.errors.first().column, 1);
    QVERIFY2(result.errors.first().message.contains(QLatin1String("A60")),
             qPrintable(messages(result.errors)[0]));
    QVERIFY(result.errors.first().message.contains(QLatin1String("first column C")));
}

void TestXlsxReader::progressAndCancel() {
    SKIP_WITHOUT_REAL_FILES();
    const QString path = realFile(QStringLiteral("online_retail_II_two_sheets.xlsx"));
    QList<double> fractions;
    const TaskControl reporting([&](double fraction, const QString&) { fractions << fraction; }, nullptr);
    QVERIFY(XlsxReader().read(path, {}, {}, reporting).ok());
    QVERIFY(!fractions.isEmpty());
    QVERIFY(std::is_sorted(fractions.begin(), fractions.end()));
    QCOMPARE(fractions.last(), 1.0);

    std::atomic_bool cancel = false;
    int rows = 0;
    const TaskControl cancelling({}, &cancel);
    ReadResult result;
    QVERIFY_THROWS_EXCEPTION(Cancelled, XlsxReader().readRows(
                                            path, {},
                                            [&](qint64, QList<RawCell>) {
                                                if (++rows == 10)
                                                    cancel = true;
                                            },
                                            result, cancelling));
    QCOMPARE(rows, 10);
}

void TestXlsxReader::realWorkbooks_data() {
    QTest::addColumn<QString>("name");
    QTest::newRow("70k rows, shared strings, Excel 16") << QStringLiteral("online_retail_70k.xlsx");
    QTest::newRow("inline strings only, openpyxl") << QStringLiteral("online_retail_inline_strings.xlsx");
    QTest::newRow("second of two sheets") << QStringLiteral("online_retail_II_two_sheets.xlsx");
    QTest::newRow("absent cells, 31-character sheet name") << QStringLiteral("wholesale_missing_cells.xlsx");
}

void TestXlsxReader::realWorkbooks() {
    SKIP_WITHOUT_REAL_FILES();
    QFETCH(QString, name);
    // Expected values are pandas.read_excel's (make_xlsx.py).
    const QJsonObject expected = test::loadReference(QStringLiteral("xlsx_real.json"))[name].toObject();
    const QString path = realFile(name);

    QString error;
    QStringList sheetNames;
    for (const SheetInfo& sheet : XlsxReader::sheets(path, &error))
        sheetNames << sheet.name;
    QCOMPARE(QJsonArray::fromStringList(sheetNames), expected[QStringLiteral("sheets")].toArray());

    QElapsedTimer timer;
    timer.start();
    const ReadResult result = XlsxReader().read(path, expected[QStringLiteral("sheet")].toString());
    const double seconds = timer.nsecsElapsed() / 1e9;
    QVERIFY2(result.ok(), qPrintable(result.firstErrorText(name)));
    const DataMatrix& data = result.data;
    qInfo("%s: %lld rows in %.2f s (%.0f rows/s)", qPrintable(name), qlonglong(data.rows()), seconds,
          data.rows() / seconds);

    QCOMPARE(data.rows(), expected[QStringLiteral("rows")].toInteger());
    QStringList columns;
    for (const QJsonValue& column : expected[QStringLiteral("columns")].toArray())
        columns << column.toString();
    QCOMPARE(data.columnNames(), columns);

    const QJsonObject missing = expected[QStringLiteral("missing")].toObject();
    for (auto it = missing.begin(); it != missing.end(); ++it)
        QCOMPARE(missingCount(data, data.columnIndex(it.key())), it.value().toInteger());

    const QJsonObject sums = expected[QStringLiteral("sums")].toObject();
    for (auto it = sums.begin(); it != sums.end(); ++it) {
        const Index c = data.columnIndex(it.key());
        if (data.column(c).isTextCoded())
            continue; // e.g. an identifier column whose codes are not its values
        QVERIFY2(std::abs(presentSum(data, c) - it.value().toDouble()) <=
                     1e-9 * std::abs(it.value().toDouble()),
                 qPrintable(it.key()));
    }

    const QJsonObject firstDates = expected[QStringLiteral("firstDates")].toObject();
    for (auto it = firstDates.begin(); it != firstDates.end(); ++it) {
        const Index c = data.columnIndex(it.key());
        QCOMPARE(toString(data.column(c).kind), toString(ColumnKind::Date));
        QVERIFY(std::abs(data.values()(0, c) - it.value().toDouble()) < 1e-6);
    }
}

void TestXlsxReader::largeSheetStreams() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("large.xlsx"));
    const int rows = 200000;
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
                 {test::sourcePath(QStringLiteral("tests/reference/make_xlsx.py")), QStringLiteral("--large"),
                  path, QString::number(rows)});
    if (!python.waitForFinished(300000) || python.exitCode() != 0)
        QSKIP("Debian's python3 with openpyxl is needed to write the large workbook");

    const qint64 before = peakRssKb();
    QElapsedTimer timer;
    timer.start();
    const ReadResult result = XlsxReader().read(path);
    const double seconds = timer.nsecsElapsed() / 1e9;
    QVERIFY2(result.ok(), qPrintable(result.firstErrorText(path)));
    QCOMPARE(result.data.rows(), rows);
    QCOMPARE(result.data.cols(), 5);
    QCOMPARE(toString(result.data.column(3).kind), toString(ColumnKind::Date));
    qInfo("large sheet: %d rows, %.1f MB file, %.2f s (%.0f rows/s), peak RSS growth %lld MB", rows,
          QFileInfo(path).size() / 1e6, seconds, rows / seconds, (peakRssKb() - before) / 1024);
}

QTEST_GUILESS_MAIN(TestXlsxReader)
#include "TestXlsxReader.moc"
