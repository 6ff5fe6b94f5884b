// Damaged and hostile spreadsheet packages (issue 20): every one ends within seconds, in bounded memory,
// with a message that says what is wrong and where. The files are written by tests/reference/make_hostile.py
// (small ones committed under tests/fixtures/hostile/, big ones generated here into a temporary folder).
#include "io/ImportLimits.h"
#include "io/ImportSource.h"
#include "io/TableReader.h"
#include "io/XlsxReader.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "TestSupport.h"

using namespace segmenta;

namespace {

QString fixture(const QString& name) {
    return test::sourcePath(QStringLiteral("tests/fixtures/hostile/") + name);
}

/// Peak resident memory of this process so far (VmHWM), in MiB.
qint64 peakMemoryMiB() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const QRegularExpressionMatch match = QRegularExpression(QStringLiteral("VmHWM:\\s+(\\d+) kB"))
                                              .match(QString::fromLatin1(status.readAll()));
    return match.captured(1).toLongLong() / 1024;
}

// A hang or a blow-up shows as minutes and gigabytes; these bounds only tell "ended" from "did not".
constexpr qint64 kMaxSeconds = 20;
constexpr qint64 kMaxPeakMiB = 1024;

} // namespace

class TestHostileFiles : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void refused_data();
    void refused();
    void countsFromTheFileAreNotTrusted();
    void emptyRepeatsCostNothing();
    void widestTableImports();
    void repetitiveLibreOfficeTableImports();
    void largestSheetIsChosen();
    void namedSheetIsRead();
    void csvNamedAsWorkbookIsReadAsCsv_data();
    void csvNamedAsWorkbookIsReadAsCsv();
    void gitLfsPointerIsExplained();

private:
    QTemporaryDir m_large;
};

void TestHostileFiles::initTestCase() {
    QVERIFY(m_large.isValid());
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
                 {test::sourcePath(QStringLiteral("tests/reference/make_hostile.py")),
                  QStringLiteral("--large"), m_large.path()});
    QVERIFY2(python.waitForFinished(300000) && python.exitCode() == 0,
             python.readAllStandardError().constData());
}

void TestHostileFiles::refused_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("phrases");
    const auto row = [](const char* name, const QString& file, QStringList phrases) {
        QTest::newRow(name) << file << phrases;
    };
    const auto nesting = QStringLiteral("nests XML elements more than 256 levels deep");
    const auto bomb = QStringLiteral("ZIP bomb");
    const auto dtd = QStringLiteral("declares a DTD");
    const auto unpack = QStringLiteral("cannot be unpacked");
    const auto crc = QStringLiteral("checksum (CRC-32)");
    const auto tooLong = QStringLiteral("more than 32767 characters");
    const auto tooWide = QStringLiteral("at most 1000 columns");
    // XML nested too deep: the stack overflowed before.
    row("million-deep sharedStrings (deflated)", fixture(QStringLiteral("deep_shared_strings.xlsx")),
        {QStringLiteral("xl/sharedStrings.xml"), bomb});
    row("million-deep sharedStrings (stored)", QStringLiteral("large:deep_stored_shared_strings.xlsx"),
        {QStringLiteral("xl/sharedStrings.xml"), nesting});
    row("million-deep content.xml (deflated)", fixture(QStringLiteral("deep_content.ods")),
        {QStringLiteral("content.xml"), bomb});
    row("million-deep content.xml (stored)", QStringLiteral("large:deep_stored_content.ods"),
        {QStringLiteral("content.xml"), nesting});
    row("300-deep sharedStrings", fixture(QStringLiteral("deep300_shared_strings.xlsx")), {nesting});
    row("300-deep sheet", fixture(QStringLiteral("deep300_sheet.xlsx")),
        {QStringLiteral("sheet1.xml"), nesting});
    row("300-deep styles", fixture(QStringLiteral("deep300_styles.xlsx")),
        {QStringLiteral("styles.xml"), nesting});
    row("300-deep cell text (ODS)", fixture(QStringLiteral("deep300_content.ods")), {nesting});
    // Entities: a DTD is refused before anything expands.
    row("quadratic entity blow-up", fixture(QStringLiteral("entity_blowup_shared_strings.xlsx")), {dtd});
    row("billion laughs", fixture(QStringLiteral("billion_laughs_shared_strings.xlsx")), {dtd});
    row("entity in content.xml", fixture(QStringLiteral("entity_content.ods")), {dtd});
    // Deflate, CRC, encryption, compression method, truncation: hung or passed silently before.
    row("invalid deflate: sheet", fixture(QStringLiteral("invalid_deflate_sheet.xlsx")),
        {QStringLiteral("'xl/worksheets/sheet1.xml'"), unpack});
    row("invalid deflate: sharedStrings", fixture(QStringLiteral("invalid_deflate_shared_strings.xlsx")),
        {QStringLiteral("'xl/sharedStrings.xml'"), unpack});
    row("invalid deflate: workbook", fixture(QStringLiteral("invalid_deflate_workbook.xlsx")),
        {QStringLiteral("'xl/workbook.xml'"), unpack});
    row("invalid deflate: styles", fixture(QStringLiteral("invalid_deflate_styles.xlsx")),
        {QStringLiteral("'xl/styles.xml'"), unpack});
    row("invalid deflate: content.xml", fixture(QStringLiteral("invalid_deflate_content.ods")),
        {QStringLiteral("'content.xml'"), unpack});
    row("wrong CRC: sheet", fixture(QStringLiteral("wrong_crc_sheet.xlsx")),
        {QStringLiteral("'xl/worksheets/sheet1.xml'"), crc});
    row("wrong CRC: content.xml", fixture(QStringLiteral("wrong_crc_content.ods")),
        {QStringLiteral("'content.xml'"), crc});
    row("encrypted entry (XLSX)", fixture(QStringLiteral("encrypted_sheet.xlsx")),
        {QStringLiteral("protected with a password"), QStringLiteral("is encrypted")});
    row("ZipCrypto-encrypted workbook (zip -P)", fixture(QStringLiteral("encrypted_zipcrypto.xlsx")),
        {QStringLiteral("protected with a password"), QStringLiteral("is encrypted")});
    row("encrypted entry (ODS)", fixture(QStringLiteral("encrypted_content.ods")),
        {QStringLiteral("protected with a password"), QStringLiteral("is encrypted")});
    row("bzip2 entry", fixture(QStringLiteral("bzip2_sheet.xlsx")), {QStringLiteral("method 12")});
    row("truncated XLSX", fixture(QStringLiteral("truncated.xlsx")),
        {QStringLiteral("damaged or incomplete"), QStringLiteral("ends before its table of contents")});
    row("truncated ODS", fixture(QStringLiteral("truncated.ods")),
        {QStringLiteral("damaged or incomplete"), QStringLiteral("ends before its table of contents")});
    // Sizes: ZIP bombs and a text node without markup.
    row("20 MB of spaces, 1000:1", fixture(QStringLiteral("bomb_20mb_spaces.xlsx")), {bomb});
    row("1 GB of spaces, 1000:1", QStringLiteral("large:bomb_1gb_spaces.xlsx"), {bomb});
    row("2 MB without markup", QStringLiteral("large:token_2mb.xlsx"),
        {QStringLiteral("more than 1 MB of XML without markup")});
    // Numbers from the file: overflowed or were trusted for allocations.
    row("row INT64_MAX then one more", fixture(QStringLiteral("row_int64_max.xlsx")),
        {QStringLiteral("row numbered 9223372036854775807"), QStringLiteral("beyond row 1048576")});
    row("row 1048577", fixture(QStringLiteral("row_beyond_sheet.xlsx")),
        {QStringLiteral("beyond row 1048576")});
    row("ten-letter column", fixture(QStringLiteral("column_ten_letters.xlsx")),
        {QStringLiteral("'ABCDEFGHIJ3'"), QStringLiteral("beyond column XFD")});
    row("column 321 million", fixture(QStringLiteral("column_321_million.xlsx")),
        {QStringLiteral("'ZZZZZZ3'"), QStringLiteral("beyond column XFD")});
    row("40,000-character shared string", fixture(QStringLiteral("long_shared_string.xlsx")), {tooLong});
    row("40,000-character inline string", fixture(QStringLiteral("long_inline_string.xlsx")), {tooLong});
    row("40,000-character ODS cell", fixture(QStringLiteral("long_cell.ods")), {tooLong});
    row("1,999 columns", fixture(QStringLiteral("wide_1999_columns.xlsx")),
        {QStringLiteral("cell ALM1"), tooWide});
    row("10,000 columns", fixture(QStringLiteral("wide_10000_columns.xlsx")),
        {QStringLiteral("cell ALM1"), tooWide});
    row("CSV of 1,500 columns", fixture(QStringLiteral("wide_1500_columns.csv")),
        {QStringLiteral("Line 1 has 1500 fields"), tooWide});
    row("ODS cells repeated over 16,384 columns", fixture(QStringLiteral("cells_repeated_16384_columns.ods")),
        {QStringLiteral("cell ALM3"), tooWide});
    row("ODS rows repeated 10^9 times", fixture(QStringLiteral("rows_repeated_billion.ods")),
        {QStringLiteral("values beyond row 1048576")});
    row("ODS rows repeated near INT64_MAX", fixture(QStringLiteral("rows_repeated_int64.ods")),
        {QStringLiteral("values beyond row 1048576")});
    row("ODS 500 cells repeated a million times", fixture(QStringLiteral("repeated_cells_budget.ods")),
        {QStringLiteral("more than 16777216 cells")});
}

void TestHostileFiles::refused() {
    QFETCH(QString, file);
    QFETCH(QStringList, phrases);
    const QString path = file.startsWith(QLatin1String("large:")) ? m_large.filePath(file.mid(6)) : file;
    QVERIFY2(QFileInfo::exists(path), qPrintable(path));
    QElapsedTimer timer;
    timer.start();
    const ReadResult result = readTableFile(path);
    QVERIFY2(timer.elapsed() < kMaxSeconds * 1000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY2(peakMemoryMiB() < kMaxPeakMiB, qPrintable(QString::number(peakMemoryMiB())));
    QVERIFY(!result.ok());
    QCOMPARE(result.data.rows(), 0);
    const QString message = result.errors.constFirst().message;
    for (const QString& phrase : phrases)
        QVERIFY2(message.contains(phrase), qPrintable(message));
}

void TestHostileFiles::countsFromTheFileAreNotTrusted() {
    // sharedStrings claims 2,147,483,647 strings (48 GB reserved before); the workbook itself is fine.
    const ReadResult result = readTableFile(fixture(QStringLiteral("huge_unique_count.xlsx")));
    QVERIFY2(result.ok(), qPrintable(result.firstErrorText(QStringLiteral("huge_unique_count.xlsx"))));
    QCOMPARE(result.data.rows(), 6);
    QVERIFY(peakMemoryMiB() < kMaxPeakMiB);
}

void TestHostileFiles::emptyRepeatsCostNothing() {
    // A billion empty rows 16,384 cells wide after the data, as LibreOffice writes a sheet's unused rest.
    QElapsedTimer timer;
    timer.start();
    const ReadResult result = readTableFile(fixture(QStringLiteral("empty_repeats_cost_nothing.ods")));
    QVERIFY2(result.ok(),
             qPrintable(result.firstErrorText(QStringLiteral("empty_repeats_cost_nothing.ods"))));
    QCOMPARE(result.data.rows(), 2);
    QCOMPARE(result.data.cols(), 2);
    QVERIFY(timer.elapsed() < kMaxSeconds * 1000);
}

void TestHostileFiles::widestTableImports() {
    const ReadResult result = readTableFile(fixture(QStringLiteral("wide_1000_columns.xlsx")));
    QVERIFY2(result.ok(), qPrintable(result.firstErrorText(QStringLiteral("wide_1000_columns.xlsx"))));
    QCOMPARE(result.data.cols(), ImportLimits::kMaxTableColumns);
    QCOMPARE(result.data.rows(), 2);
}

void TestHostileFiles::repetitiveLibreOfficeTableImports() {
    // LibreOffice compresses this content.xml about 130 : 1: a real file the ZIP-bomb ratio must let in.
    const ReadResult result = readTableFile(m_large.filePath(QStringLiteral("repetitive_100k_rows.ods")));
    QVERIFY2(result.ok(), qPrintable(result.firstErrorText(QStringLiteral("repetitive_100k_rows.ods"))));
    QCOMPARE(result.data.rows(), 100000);
    QCOMPARE(result.data.cols(), 5);
}

namespace {
QString guess(const ReadResult& read, const QString& what) {
    for (const auto& [name, value] : read.guesses)
        if (name == what)
            return value;
    return {};
}
} // namespace

void TestHostileFiles::largestSheetIsChosen() {
    // openpyxl's workbook: 'Pivot' (a 5-row summary) first, then 'Customers' (40 rows), then a hidden
    // sheet with twice the rows, which is not a candidate while a visible sheet holds a table.
    const ReadResult result = readTableFile(fixture(QStringLiteral("pivot_first.xlsx")));
    QVERIFY(result.ok());
    QCOMPARE(guess(result, QStringLiteral("sheet")), QStringLiteral("Customers"));
    QCOMPARE(result.data.rows(), 40);
    QCOMPARE(result.data.columns().constFirst().name, QStringLiteral("Customer"));
    const QString why = guess(result, QStringLiteral("sheet choice"));
    QVERIFY2(why.contains(QStringLiteral("'Pivot': 5")) &&
                 why.contains(QStringLiteral("'Hidden copy' (hidden)")) &&
                 why.contains(QStringLiteral("--sheet")),
             qPrintable(why));
}

void TestHostileFiles::namedSheetIsRead() {
    ImportOptions options;
    options.sheet = QStringLiteral("pivot");
    const ReadResult result = readTableFile(fixture(QStringLiteral("pivot_first.xlsx")), options);
    QVERIFY(result.ok());
    QCOMPARE(guess(result, QStringLiteral("sheet")), QStringLiteral("Pivot"));
    QCOMPARE(result.data.rows(), 4);
    QVERIFY(guess(result, QStringLiteral("sheet choice")).isEmpty());
}

void TestHostileFiles::csvNamedAsWorkbookIsReadAsCsv_data() {
    QTest::addColumn<QString>("name");
    QTest::newRow(".xls") << QStringLiteral("csv_named.xls");
    QTest::newRow(".xlsx") << QStringLiteral("csv_named.xlsx");
}

void TestHostileFiles::csvNamedAsWorkbookIsReadAsCsv() {
    QFETCH(QString, name);
    QCOMPARE(tableFormatOf(fixture(name)), TableFormat::DelimitedText);
    const ImportSource source = readFileSource(fixture(name), {}, {});
    QCOMPARE(source.read.data.rows(), 3);
    QCOMPARE(source.read.data.cols(), 3);
    const QString note = guess(source.read, QStringLiteral("format"));
    QVERIFY2(note.contains(QStringLiteral("read as delimited text (CSV)")) && note.contains(name),
             qPrintable(note));
}

void TestHostileFiles::gitLfsPointerIsExplained() {
    const QString path =
        test::sourcePath(QStringLiteral("../shared/data/real/not_a_workbook_lfs_pointer.xlsx"));
    if (!QFileInfo::exists(path))
        QSKIP("shared/data/real is not beside the repository");
    QCOMPARE(tableFormatOf(path), TableFormat::Xlsx);
    const ReadResult result = readTableFile(path);
    QVERIFY(!result.ok());
    QVERIFY2(result.errors.constFirst().message.contains(QStringLiteral("Git LFS pointer")),
             qPrintable(result.errors.constFirst().message));
}

QTEST_GUILESS_MAIN(TestHostileFiles)
#include "TestHostileFiles.moc"
