#include "io/CsvReader.h"
#include "io/TableReader.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <sys/stat.h>
#include <vector>

#include "TestSupport.h"

using namespace segmenta;

// What the first message about a line with the wrong number of fields adds: the option that skips it.
#define HINT                                                                                                 \
    " Correct the line, or skip such lines with --skip-bad-lines (in the import wizard: \"Skip lines with "  \
    "the "                                                                                                   \
    "wrong number of fields\")."

namespace {

CsvOptions delimitedBy(QChar delimiter) {
    CsvOptions options;
    options.delimiter = delimiter;
    return options;
}

CsvOptions noHeader() {
    CsvOptions options;
    options.headerRow = -1;
    return options;
}

ReadResult readFixture(const QString& name, CsvOptions options = {}) {
    return CsvReader(options).read(test::sourcePath(QStringLiteral("tests/fixtures/csv/") + name));
}

ReadResult readBytes(QByteArray bytes, CsvOptions options = {}) {
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    return CsvReader(options).read(buffer);
}

QByteArray fixtureBytes(const QString& name) {
    QFile file(test::sourcePath(QStringLiteral("tests/fixtures/csv/") + name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture");
    return file.readAll();
}

/// Same shape and cells, a missing cell matching a missing cell.
bool sameValues(const Matrix& a, const Matrix& b) {
    if (a.rows() != b.rows() || a.cols() != b.cols())
        return false;
    return (a.array() == b.array() || (a.array().isNaN() && b.array().isNaN())).all();
}

using Guesses = QList<std::pair<QString, QString>>;

/// The value guessed for @p what, or a null string.
QString guess(const ReadResult& result, const QString& what) {
    for (const auto& [key, value] : result.guesses)
        if (key == what)
            return value;
    return {};
}

QStringList messages(const QList<ReadIssue>& issues) {
    QStringList texts;
    for (const ReadIssue& issue : issues)
        texts << issue.message;
    return texts;
}

/// A socket-like device that hands out at most a few bytes per read, so that every CRLF, quote and
/// multi-byte character of a fixture lands on a chunk boundary somewhere.
class TrickleDevice : public QIODevice {
public:
    explicit TrickleDevice(QByteArray data)
        : m_data(std::move(data)) {
        open(ReadOnly | Unbuffered);
    }
    bool isSequential() const override { return true; }
    bool waitForReadyRead(int) override { return m_pos < m_data.size(); }
    int reads() const { return m_reads; }

protected:
    qint64 readData(char* data, qint64 maxSize) override {
        // Every other call reports "nothing yet", as a socket between packets does.
        if (++m_reads % 2 == 0)
            return 0;
        const qint64 size = std::min({maxSize, qint64(1 + m_reads % 3), m_data.size() - m_pos});
        std::memcpy(data, m_data.constData() + m_pos, size_t(size));
        m_pos += size;
        return size;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
    int m_reads = 0;
};

/// comma.csv and its variants: id,region,spend,score with three rows.
void verifyBasicTable(const ReadResult& result) {
    QVERIFY2(result.ok(), qPrintable(messages(result.errors).join(QLatin1Char('\n'))));
    const DataMatrix& data = result.data;
    QCOMPARE(data.columnNames(), (QStringList{QStringLiteral("id"), QStringLiteral("region"),
                                              QStringLiteral("spend"), QStringLiteral("score")}));
    QCOMPARE(data.rows(), 3);
    QCOMPARE(toString(data.column(0).kind), toString(ColumnKind::Identifier)); // "id", 1 2 3
    QCOMPARE(toString(data.column(1).kind), toString(ColumnKind::Categorical));
    QCOMPARE(data.column(1).levels, (QStringList{QStringLiteral("North"), QStringLiteral("South")}));
    QCOMPARE(data.values()(2, 1), 0.0);
    QCOMPARE(data.values()(0, 2), 100.5);
    QCOMPARE(data.values()(2, 2), -0.5);
    QCOMPARE(data.values()(2, 3), 1000.0);
    QCOMPARE(result.sourceLines, (QList<qint64>{2, 3, 4}));
}

} // namespace

class TestCsvReader : public QObject {
    Q_OBJECT

private slots:
    void wholesaleMatchesPythonCsv();
    void delimiters_data();
    void delimiters();
    void lineEndsAndBom_data();
    void lineEndsAndBom();
    void blankLinesInsideAreSkippedWithWarnings();
    void quotedFields();
    void chunkBoundaries_data();
    void chunkBoundaries();
    void missingCells();
    void errors_data();
    void errors();
    void raggedRowsAreAllListed();
    void raggedListIsCapped();
    void fileNotFoundNamesThePath();
    void headerNames_data();
    void headerNames();
    void withoutHeader();
    void typeInference();
    void numbers_data();
    void numbers();
    void utf8Text();
    void throughput();
    void matchesPandas_data();
    void matchesPandas();
    void realFileKinds();
    void textAboveTheHeader();
    void overrides();
    void skipBadLines();
    void notRegularFilesAreRefused();
    void hugeLinesEndWithAMessage_data();
    void hugeLinesEndWithAMessage();
};

void TestCsvReader::wholesaleMatchesPythonCsv() {
    const QJsonObject ref = test::loadReference(QStringLiteral("csv_wholesale.json"));
    const ReadResult result = CsvReader().read(test::sourcePath(ref[QStringLiteral("source")].toString()));
    QVERIFY(result.ok());
    QVERIFY(result.warnings.isEmpty());
    const DataMatrix& data = result.data;
    QCOMPARE(data.rows(), ref[QStringLiteral("rows")].toInteger());
    QStringList header;
    for (const QJsonValue& name : ref[QStringLiteral("header")].toArray())
        header << name.toString();
    QCOMPARE(data.columnNames(), header);
    for (const ColumnInfo& column : data.columns()) {
        const bool code = column.name == QLatin1String("Channel") || column.name == QLatin1String("Region");
        QCOMPARE(toString(column.kind), toString(code ? ColumnKind::Categorical : ColumnKind::Numeric));
        QCOMPARE(toString(column.role), toString(ColumnRole::Feature));
        QVERIFY(column.levels.isEmpty());
    }
    for (const QJsonValue& cell : ref[QStringLiteral("cells")].toArray()) {
        const QJsonArray rc = cell.toArray();
        QCOMPARE(data.values()(rc[0].toInt(), rc[1].toInt()), rc[2].toDouble());
    }
    const QJsonArray sums = ref[QStringLiteral("columnSums")].toArray();
    for (Index c = 0; c < data.cols(); ++c)
        QCOMPARE(data.values().col(c).sum(), sums[c].toDouble());
    QCOMPARE(result.sourceLines.first(), 2);
    QCOMPARE(result.sourceLines.last(), 441);
    QCOMPARE(result.guesses, (Guesses{{QStringLiteral("encoding"), QStringLiteral("UTF-8")},
                                      {QStringLiteral("delimiter"), QStringLiteral(",")},
                                      {QStringLiteral("decimal separator"), QStringLiteral(".")},
                                      {QStringLiteral("thousands separator"), QStringLiteral("none")},
                                      {QStringLiteral("header row"), QStringLiteral("1")}}));
}

void TestCsvReader::delimiters_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("delimiter");
    QTest::newRow("comma") << QStringLiteral("comma.csv") << QStringLiteral(",");
    QTest::newRow("semicolon") << QStringLiteral("semicolon.csv") << QStringLiteral(";");
    QTest::newRow("tab") << QStringLiteral("tab.tsv") << QStringLiteral("\t");
    QTest::newRow("pipe") << QStringLiteral("pipe.txt") << QStringLiteral("|");
}

void TestCsvReader::delimiters() {
    QFETCH(QString, file);
    QFETCH(QString, delimiter);
    const ReadResult detected = readFixture(file);
    verifyBasicTable(detected);
    QCOMPARE(guess(detected, QStringLiteral("delimiter")), delimiter);

    const ReadResult given = readFixture(file, delimitedBy(delimiter.front()));
    verifyBasicTable(given);
    QCOMPARE(guess(given, QStringLiteral("delimiter")), QString());
}

void TestCsvReader::lineEndsAndBom_data() {
    QTest::addColumn<QString>("file");
    QTest::newRow("LF") << QStringLiteral("comma.csv");
    QTest::newRow("CRLF") << QStringLiteral("crlf.csv");
    QTest::newRow("lone CR") << QStringLiteral("cr.csv");
    QTest::newRow("BOM") << QStringLiteral("bom.csv");
    QTest::newRow("no final newline") << QStringLiteral("no_final_newline.csv");
    QTest::newRow("trailing blank lines") << QStringLiteral("trailing_blank_lines.csv");
}

void TestCsvReader::lineEndsAndBom() {
    QFETCH(QString, file);
    const ReadResult result = readFixture(file);
    verifyBasicTable(result);
    QVERIFY2(result.warnings.isEmpty(), qPrintable(messages(result.warnings).join(QLatin1Char('\n'))));
}

void TestCsvReader::blankLinesInsideAreSkippedWithWarnings() {
    const ReadResult result = readFixture(QStringLiteral("blank_lines_inside.csv"));
    QVERIFY(result.ok());
    QCOMPARE(result.data.rows(), 3);
    QCOMPARE(result.sourceLines, (QList<qint64>{2, 4, 7}));
    QCOMPARE(result.warnings.size(), 2);
    QCOMPARE(result.warnings[0].line, 3);
    QCOMPARE(result.warnings[0].message, QStringLiteral("Line 3 is blank and was skipped."));
    QCOMPARE(result.warnings[1].line, 5);
    QCOMPARE(result.warnings[1].message, QStringLiteral("Lines 5 to 6 are blank and were skipped."));
}

void TestCsvReader::quotedFields() {
    const ReadResult result = readFixture(QStringLiteral("quoted.csv"));
    QVERIFY(result.ok());
    const DataMatrix& data = result.data;
    QCOMPARE(data.rows(), 4);
    QCOMPARE(data.displayText(0, 0), QStringLiteral("Smith, John"));
    QCOMPARE(data.displayText(0, 1), QStringLiteral("He said \"hi\""));
    QCOMPARE(data.displayText(1, 0), QStringLiteral("Multi\nline"));
    QCOMPARE(data.displayText(2, 0), QStringLiteral("CRLF\r\ninside"));
    QCOMPARE(data.displayText(2, 1), QStringLiteral("a|b;c"));
    QVERIFY(data.isMissing(3, 1)); // ""
    QCOMPARE(toString(data.column(2).kind), toString(ColumnKind::Numeric));
    QCOMPARE(data.values()(3, 2), 40.0);
    // Records start on lines 2, 3 (spanning 3-4), 5 (spanning 5-6) and 7.
    QCOMPARE(result.sourceLines, (QList<qint64>{2, 3, 5, 7}));
}

void TestCsvReader::chunkBoundaries_data() {
    QTest::addColumn<QString>("file");
    for (const char* file :
         {"quoted.csv", "crlf.csv", "cr.csv", "bom.csv", "utf8.csv", "blank_lines_inside.csv", "types.csv",
          "invalid_utf8.csv", "truncated_utf8.csv", "unterminated.csv"})
        QTest::newRow(file) << QString::fromLatin1(file);
}

void TestCsvReader::chunkBoundaries() {
    QFETCH(QString, file);
    const QByteArray bytes = fixtureBytes(file);
    const ReadResult whole = readBytes(bytes);
    TrickleDevice device(bytes);
    const ReadResult trickled = CsvReader().read(device);
    QVERIFY(device.reads() > bytes.size() / 2);
    QCOMPARE(trickled.ok(), whole.ok());
    QCOMPARE(messages(trickled.errors), messages(whole.errors));
    QCOMPARE(messages(trickled.warnings), messages(whole.warnings));
    QCOMPARE(trickled.guesses, whole.guesses);
    QCOMPARE(trickled.sourceLines, whole.sourceLines);
    QCOMPARE(trickled.data.columns(), whole.data.columns());
    QVERIFY(sameValues(trickled.data.values(), whole.data.values()));
}

void TestCsvReader::missingCells() {
    const ReadResult result = readFixture(QStringLiteral("missing.csv"));
    QVERIFY(result.ok());
    const DataMatrix& data = result.data;
    QCOMPARE(toString(data.column(0).kind), toString(ColumnKind::Numeric));
    QCOMPARE(toString(data.column(1).kind), toString(ColumnKind::Numeric));
    QCOMPARE(toString(data.column(2).kind), toString(ColumnKind::Categorical));
    QCOMPARE(data.column(2).levels, (QStringList{QStringLiteral("x"), QStringLiteral("y")}));
    const bool missing[4][3] = {
        {false, true, false}, {true, false, true}, {false, true, true}, {true, true, false}};
    for (Index r = 0; r < 4; ++r)
        for (Index c = 0; c < 3; ++c)
            QCOMPARE(data.isMissing(r, c), missing[r][c]);
    QCOMPARE(data.values()(2, 0), 3.0);
    QCOMPARE(data.values()(3, 2), 1.0);
}

void TestCsvReader::errors_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("columnName");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << QStringLiteral("empty.csv") << qint64(0) << 0 << QString()
                           << QStringLiteral("There is no data: the source has no values at all.");
    QTest::newRow("blank only") << QStringLiteral("blank_only.csv") << qint64(0) << 0 << QString()
                                << QStringLiteral("There is no data: the source has no values at all.");
    QTest::newRow("header only") << QStringLiteral("header_only.csv") << qint64(1) << 0 << QString()
                                 << QStringLiteral("The header is on line 1, but no data lines follow it.");
    QTest::newRow("unterminated quote")
        << QStringLiteral("unterminated.csv") << qint64(3) << 2 << QStringLiteral("comment")
        << QStringLiteral(
               "The quoted field that begins on line 3 is never closed; a closing quote (\") is missing.");
    QTest::newRow("UTF-8 cut short") << QStringLiteral("truncated_utf8.csv") << qint64(3) << 0 << QString()
                                     << QStringLiteral(
                                            "Line 3 is not valid UTF-8 text. Re-save the file as UTF-8 "
                                            "(\"CSV UTF-8\") or choose the file's encoding (--encoding, or "
                                            "Encoding in the import wizard).");
}

void TestCsvReader::errors() {
    QFETCH(QString, file);
    QFETCH(qint64, line);
    QFETCH(int, column);
    QFETCH(QString, columnName);
    QFETCH(QString, message);
    const ReadResult result = readFixture(file);
    QCOMPARE(result.errors.size(), 1);
    const ReadIssue& error = result.errors.first();
    QCOMPARE(error.message, message);
    QCOMPARE(error.line, line);
    QCOMPARE(error.column, column);
    QCOMPARE(error.columnName, columnName);
    QCOMPARE(result.data.rows(), 0);
}

void TestCsvReader::raggedRowsAreAllListed() {
    const ReadResult result = readFixture(QStringLiteral("ragged.csv"));
    QCOMPARE(messages(result.errors),
             (QStringList{QStringLiteral("Line 3 has 2 fields but the header has 3." HINT),
                          QStringLiteral("Line 5 has 4 fields but the header has 3.")}));
    QCOMPARE(result.errors[0].line, 3);
    QCOMPARE(result.errors[1].line, 5);
    QCOMPARE(result.data.rows(), 0);
    QCOMPARE(result.firstErrorText(QStringLiteral("ragged.csv")),
             QStringLiteral("ragged.csv:3: Line 3 has 2 fields but the header has 3." HINT));
}

void TestCsvReader::raggedListIsCapped() {
    QByteArray bytes = "a,b\n";
    for (int i = 0; i < 150; ++i)
        bytes += "1,2\n3\n";
    bytes += "4,\"open\n";
    const ReadResult result = readBytes(bytes);
    QCOMPARE(result.errors.size(), 102);
    QCOMPARE(result.errors[99].line, 201);
    QCOMPARE(result.errors[100].message, QStringLiteral("50 more lines have the wrong number of fields."));
    QCOMPARE(result.errors[101].line, 302); // the unterminated quote still gets reported, after the summary
}

void TestCsvReader::fileNotFoundNamesThePath() {
    const QString path = test::sourcePath(QStringLiteral("tests/fixtures/csv/does-not-exist.csv"));
    const ReadResult result = CsvReader().read(path);
    QCOMPARE(result.errors.size(), 1);
    QVERIFY(result.errors[0].message.startsWith(QStringLiteral("Cannot open ") + path + QLatin1Char(':')));

    QBuffer closed;
    QCOMPARE(CsvReader().read(closed).errors.size(), 1);
}

void TestCsvReader::headerNames_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QStringList>("warnings");
    QTest::newRow("duplicates")
        << QStringLiteral("duplicate_header.csv")
        << QStringList{QStringLiteral("name"), QStringLiteral("value"), QStringLiteral("name (2)"),
                       QStringLiteral("value (2)"), QStringLiteral("name (3)")}
        << QStringList{
               QStringLiteral("Columns 1 and 3 are both named 'name'; column 3 is called 'name (2)'."),
               QStringLiteral("Columns 2 and 4 are both named 'value'; column 4 is called 'value (2)'."),
               QStringLiteral("Columns 1 and 5 are both named 'name'; column 5 is called 'name (3)'.")};
    QTest::newRow("empty")
        << QStringLiteral("empty_header.csv")
        << QStringList{QStringLiteral("id"), QStringLiteral("Column 2"), QStringLiteral("score"),
                       QStringLiteral("Column 4")}
        << QStringList{QStringLiteral("Column 2 has no name in the header; it is called 'Column 2'."),
                       QStringLiteral("Column 4 has no name in the header; it is called 'Column 4'.")};
}

void TestCsvReader::headerNames() {
    QFETCH(QString, file);
    QFETCH(QStringList, names);
    QFETCH(QStringList, warnings);
    const ReadResult result = readFixture(file);
    QVERIFY(result.ok());
    QCOMPARE(result.data.columnNames(), names);
    QCOMPARE(messages(result.warnings), warnings);
    for (const ReadIssue& warning : result.warnings) {
        QCOMPARE(warning.line, 1);
        QCOMPARE(warning.columnName, names.at(warning.column - 1));
    }
}

void TestCsvReader::withoutHeader() {
    const ReadResult result = readFixture(QStringLiteral("comma.csv"), noHeader());
    QVERIFY(result.ok());
    QCOMPARE(result.data.columnNames(),
             (QStringList{QStringLiteral("Column 1"), QStringLiteral("Column 2"), QStringLiteral("Column 3"),
                          QStringLiteral("Column 4")}));
    QCOMPARE(result.data.rows(), 4);
    QCOMPARE(result.sourceLines.first(), 1);
    QCOMPARE(result.data.column(0).levels, (QStringList{QStringLiteral("id"), QStringLiteral("1"),
                                                        QStringLiteral("2"), QStringLiteral("3")}));

    const ReadResult ragged = readFixture(QStringLiteral("ragged.csv"), noHeader());
    QCOMPARE(ragged.errors.first().message,
             QStringLiteral("Line 3 has 2 fields but the first line has 3." HINT));
}

void TestCsvReader::typeInference() {
    const ReadResult result = readFixture(QStringLiteral("types.csv"));
    QVERIFY(result.ok());
    const DataMatrix& data = result.data;
    QCOMPARE(data.rows(), 25);
    const auto kind = [&](const char* name) {
        return data.column(data.columnIndex(QLatin1String(name))).kind;
    };
    QCOMPARE(toString(kind("amount")), toString(ColumnKind::Numeric));
    QCOMPARE(toString(kind("segment")), toString(ColumnKind::Categorical));
    QCOMPARE(toString(kind("customer")), toString(ColumnKind::Identifier)); // 25 distinct > 20
    QCOMPARE(toString(kind("city")), toString(ColumnKind::Text));           // 22 distinct, some repeated
    QCOMPARE(toString(kind("code")), toString(ColumnKind::Categorical));
    QCOMPARE(toString(kind("comma_decimal")), toString(ColumnKind::Categorical));
    QCOMPARE(toString(kind("infinite")), toString(ColumnKind::Categorical));
    const Index amount = data.columnIndex(QStringLiteral("amount"));
    const double expected[] = {42, 3, 1000, -0.5, 7, 0.25, 0.01, 12, 5, 0.5};
    for (Index r = 0; r < Index(std::size(expected)); ++r)
        QCOMPARE(data.values()(r, amount), expected[r]);
    QCOMPARE(data.values()(24, amount), 22.0);
    // Cells read as numbers before the first text keep their spelling as levels.
    const Index code = data.columnIndex(QStringLiteral("code"));
    QCOMPARE(data.column(code).levels,
             (QStringList{QStringLiteral("007"), QStringLiteral(" 12"), QStringLiteral("X3")}));
    QCOMPARE(data.values()(24, code), 2.0);
    QCOMPARE(data.column(data.columnIndex(QStringLiteral("comma_decimal"))).levels,
             (QStringList{QStringLiteral("1,5"), QStringLiteral("2,25")}));
    QCOMPARE(data.displayText(0, data.columnIndex(QStringLiteral("infinite"))), QStringLiteral("inf"));
    QCOMPARE(data.column(data.columnIndex(QStringLiteral("city"))).levels.size(), 22);
}

void TestCsvReader::numbers_data() {
    QTest::addColumn<QByteArray>("cell");
    QTest::addColumn<bool>("numeric");
    QTest::addColumn<double>("value"); // NaN: missing
    const double nan = std::nan("");
    QTest::newRow("exponent") << QByteArray("1e3") << true << 1000.0;
    QTest::newRow("upper exponent") << QByteArray("2.5E-1") << true << 0.25;
    QTest::newRow("blanks") << QByteArray(" 42 ") << true << 42.0;
    QTest::newRow("tab") << QByteArray("\t-7\t") << true << -7.0;
    QTest::newRow("negative") << QByteArray("-0.5") << true << -0.5;
    QTest::newRow("plus") << QByteArray("+3") << true << 3.0;
    QTest::newRow("leading point") << QByteArray(".5") << true << 0.5;
    QTest::newRow("quoted number") << QByteArray("\"12\"") << true << 12.0;
    QTest::newRow("empty") << QByteArray() << true << nan;
    for (const char* marker : {"NA", "na", "N/A", "NaN", "null", "NULL", "-", " NA "})
        QTest::newRow(marker) << QByteArray(marker) << true << nan;
    QTest::newRow("decimal comma") << QByteArray("\"1,5\"") << false << 0.0;
    QTest::newRow("thousands") << QByteArray("\"1,000\"") << true << 1000.0; // detected grouping
    QTest::newRow("misplaced grouping") << QByteArray("\"1,00\"") << false << 0.0;
    QTest::newRow("inf") << QByteArray("inf") << false << 0.0;
    QTest::newRow("overflow") << QByteArray("1e999") << false << 0.0;
    QTest::newRow("hex") << QByteArray("0x10") << false << 0.0;
    QTest::newRow("unit") << QByteArray("12 kg") << false << 0.0;
    QTest::newRow("non-breaking space") << QByteArray("\xc2\xa0"
                                                      "5")
                                        << false << 0.0;
}

void TestCsvReader::numbers() {
    QFETCH(QByteArray, cell);
    QFETCH(bool, numeric);
    QFETCH(double, value);
    // "x" keeps the row from being blank when the cell is empty.
    const ReadResult result = readBytes("value,x\n" + cell + ",x\n", delimitedBy(QLatin1Char(',')));
    QVERIFY(result.ok());
    QCOMPARE(result.data.column(0).kind == ColumnKind::Numeric, numeric);
    if (!numeric)
        QCOMPARE(result.data.column(0).levels, QStringList{QString::fromUtf8(cell).remove(QLatin1Char('"'))});
    else if (std::isnan(value))
        QVERIFY(result.data.isMissing(0, 0));
    else
        QCOMPARE(result.data.values()(0, 0), value);
}

void TestCsvReader::utf8Text() {
    const ReadResult result = readFixture(QStringLiteral("utf8.csv"));
    QVERIFY(result.ok());
    QCOMPARE(result.data.columnNames(), (QStringList{QStringLiteral(u"Straße"), QStringLiteral(u"Größe")}));
    QCOMPARE(result.data.column(0).levels, (QStringList{QStringLiteral(u"Zürich"), QStringLiteral(u"東京"),
                                                        QStringLiteral(u"\U0001F600 smile")}));
}

void TestCsvReader::throughput() {
    constexpr int rows = 100'000;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("big.csv"));
    {
        QByteArray text = "id,segment,v1,v2,v3,v4,v5,v6,v7,v8\r\n";
        const char* segments[] = {"Retail", "Horeca", "Online"};
        for (int r = 0; r < rows; ++r) {
            text += QByteArray::number(r) + ',' + segments[r % 3];
            for (int c = 1; c <= 8; ++c)
                text += ',' + QByteArray::number((r * 7919 + c * 104729) % 100000 / 100.0, 'f', 2);
            text += "\r\n";
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
    }
    const double megabytes = double(QFileInfo(path).size()) / (1 << 20);
    QElapsedTimer timer;
    timer.start();
    const ReadResult result = CsvReader().read(path);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    qInfo("CsvReader: %.1f MB (%d rows x 10 columns) in %.3f s = %.1f MB/s", megabytes, rows, seconds,
          megabytes / seconds);
    QVERIFY(result.ok());
    QCOMPARE(result.data.rows(), rows);
    QCOMPARE(result.data.cols(), 10);
    QCOMPARE(toString(result.data.column(1).kind), toString(ColumnKind::Categorical));
    QCOMPARE(result.data.values()(rows - 1, 0), double(rows - 1));
    QCOMPARE(result.data.values()(12345, 9), double((12345 * 7919 + 8 * 104729) % 100000 / 100.0));
    QCOMPARE(result.sourceLines.last(), rows + 1);
}

void TestCsvReader::matchesPandas_data() {
    QTest::addColumn<QString>("reference");
    for (const char* name : {"utf16le_bom", "utf16be_bom", "utf16le_nobom", "utf16be_nobom", "text_dates",
                             "windows1252", "decimal_comma", "thousands", "title_rows", "marketing_tab",
                             "marketing_semicolon", "mall", "wholesale_missing"})
        QTest::newRow(name) << QStringLiteral("csv_%1.json").arg(QLatin1String(name));
}

/// Every file pandas read (make_csv.py): the guesses match how the file was written, and the table
/// matches pandas' in shape, names, sums, missing counts, texts and date ranges.
void TestCsvReader::matchesPandas() {
    QFETCH(QString, reference);
    const QJsonObject ref = test::loadReference(reference);
    const QString path = test::sourcePath(ref[QStringLiteral("source")].toString());
    if (!QFileInfo::exists(path))
        QSKIP(qPrintable(path + QStringLiteral(" is absent; the real files are in shared/data/real beside "
                                               "the repository.")));
    const ReadResult result = CsvReader().read(path);
    QVERIFY2(result.ok(), qPrintable(messages(result.errors).join(QLatin1Char('\n'))));
    const QJsonObject written = ref[QStringLiteral("written")].toObject();
    QCOMPARE(guess(result, QStringLiteral("encoding")), written[QStringLiteral("encoding")].toString());
    QCOMPARE(guess(result, QStringLiteral("delimiter")), written[QStringLiteral("delimiter")].toString());
    QCOMPARE(guess(result, QStringLiteral("header row")),
             QString::number(written[QStringLiteral("headerLine")].toInt()));
    QCOMPARE(guess(result, QStringLiteral("decimal separator")),
             written[QStringLiteral("decimal")].toString(QStringLiteral(".")));
    if (written.contains(QStringLiteral("thousands")))
        QCOMPARE(guess(result, QStringLiteral("thousands separator")),
                 written[QStringLiteral("thousands")].toString());

    const DataMatrix& data = result.data;
    QCOMPARE(data.rows(), ref[QStringLiteral("rows")].toInteger());
    QStringList columns;
    for (const QJsonValue& name : ref[QStringLiteral("columns")].toArray())
        columns << name.toString();
    QCOMPARE(data.columnNames(), columns);
    const QJsonObject sums = ref[QStringLiteral("sums")].toObject();
    for (auto it = sums.begin(); it != sums.end(); ++it) {
        const Vector column = data.values().col(data.columnIndex(it.key()));
        const double sum = column.array().isNaN().select(0.0, column).sum();
        QVERIFY2(std::abs(sum - it->toDouble()) <= 1e-9 * std::max(1.0, std::abs(it->toDouble())),
                 qPrintable(it.key()));
    }
    const QJsonObject missing = ref[QStringLiteral("missing")].toObject();
    for (auto it = missing.begin(); it != missing.end(); ++it)
        QCOMPARE(data.values().col(data.columnIndex(it.key())).array().isNaN().count(), it->toInteger());
    const QJsonObject texts = ref[QStringLiteral("texts")].toObject();
    for (auto it = texts.begin(); it != texts.end(); ++it) {
        const Index c = data.columnIndex(it.key());
        const QJsonArray expected = it->toArray();
        for (Index r = 0; r < data.rows(); ++r)
            QCOMPARE(data.displayText(r, c), expected[r].toString());
    }
    const QJsonObject dates = ref[QStringLiteral("dates")].toObject();
    for (auto it = dates.begin(); it != dates.end(); ++it) {
        const Index c = data.columnIndex(it.key());
        QCOMPARE(toString(data.column(c).kind), toString(ColumnKind::Date));
        std::vector<double> present;
        for (const double day : data.values().col(c))
            if (!std::isnan(day))
                present.push_back(day);
        QVERIFY(!present.empty());
        const auto [first, last] = std::minmax_element(present.begin(), present.end());
        // pandas divides nanoseconds by a day: equal up to rounding.
        QVERIFY2(std::abs(*first - it->toArray()[0].toDouble()) < 1e-9, qPrintable(it.key()));
        QVERIFY2(std::abs(*last - it->toArray()[1].toDouble()) < 1e-9, qPrintable(it.key()));
    }
}

/// Kinds, roles and PII flags of the real files, as a person reading their documentation would set them.
void TestCsvReader::realFileKinds() {
    const QString real = test::sourcePath(QStringLiteral("../shared/data/real/"));
    if (!QFileInfo::exists(real))
        QSKIP(
            qPrintable(real + QStringLiteral(" is absent; it holds the real files beside the repository.")));
    const auto kindOf = [](const DataMatrix& data, const char* name) {
        const Index c = data.columnIndex(QLatin1String(name));
        return c < 0 ? QStringLiteral("absent") : toString(data.column(c).kind);
    };
    const ReadResult marketing = CsvReader().read(real + QStringLiteral("marketing_campaign_tab.csv"));
    QVERIFY(marketing.ok());
    QCOMPARE(kindOf(marketing.data, "ID"), toString(ColumnKind::Identifier));
    QCOMPARE(toString(marketing.data.column(0).role), toString(ColumnRole::Identifier));
    QCOMPARE(kindOf(marketing.data, "Education"), toString(ColumnKind::Categorical));
    QCOMPARE(kindOf(marketing.data, "Income"), toString(ColumnKind::Numeric));
    QCOMPARE(kindOf(marketing.data, "MntWines"), toString(ColumnKind::Numeric));
    QCOMPARE(kindOf(marketing.data, "Year_Birth"), toString(ColumnKind::Numeric));
    QCOMPARE(kindOf(marketing.data, "Response"), toString(ColumnKind::Categorical));
    QCOMPARE(kindOf(marketing.data, "Dt_Customer"), toString(ColumnKind::Date));
    QCOMPARE(guess(marketing, QStringLiteral("date format: Dt_Customer")), QStringLiteral("DD-MM-YYYY"));
    for (const ColumnInfo& column : marketing.data.columns())
        QVERIFY2(!column.pii, qPrintable(column.name));

    const ReadResult mall = CsvReader().read(real + QStringLiteral("mall_customers.csv"));
    QVERIFY(mall.ok());
    QCOMPARE(kindOf(mall.data, "CustomerID"), toString(ColumnKind::Identifier));
    QCOMPARE(kindOf(mall.data, "Gender"), toString(ColumnKind::Categorical));
    QCOMPARE(kindOf(mall.data, "Age"), toString(ColumnKind::Numeric));
    QCOMPARE(kindOf(mall.data, "Annual Income (k$)"), toString(ColumnKind::Numeric));

    const ReadResult wholesale = CsvReader().read(real + QStringLiteral("wholesale_missing_values.csv"));
    QVERIFY(wholesale.ok());
    QCOMPARE(kindOf(wholesale.data, "Channel"), toString(ColumnKind::Categorical));
    QCOMPARE(kindOf(wholesale.data, "Region"), toString(ColumnKind::Categorical));
    QCOMPARE(kindOf(wholesale.data, "Milk"), toString(ColumnKind::Numeric));
    QCOMPARE(kindOf(wholesale.data, "Missing"), toString(ColumnKind::Categorical));
}

void TestCsvReader::textAboveTheHeader() {
    const ReadResult result = readFixture(QStringLiteral("title_rows.csv"));
    QVERIFY(result.ok());
    QCOMPARE(result.sourceLines.first(), 6);
    QList<qint64> skipped;
    for (const ReadIssue& warning : result.warnings)
        skipped << warning.line;
    QCOMPARE(skipped, (QList<qint64>{1, 2, 4})); // line 3 is blank
    QCOMPARE(result.warnings[0].message,
             QStringLiteral("Line 1 is above the header (line 5) and was skipped."));
    QCOMPARE(toString(result.data.column(0).kind), toString(ColumnKind::Identifier));  // Customer ID
    QCOMPARE(toString(result.data.column(1).kind), toString(ColumnKind::Categorical)); // Channel
    QCOMPARE(toString(result.data.column(2).kind), toString(ColumnKind::Categorical)); // Region

    CsvOptions forced;
    forced.headerRow = 5;
    const ReadResult given = readFixture(QStringLiteral("title_rows.csv"), forced);
    QVERIFY(given.ok());
    QCOMPARE(guess(given, QStringLiteral("header row")), QString());
    QCOMPARE(given.data.columnNames(), result.data.columnNames());

    forced.headerRow = 3; // the blank line
    QCOMPARE(readFixture(QStringLiteral("title_rows.csv"), forced).errors.first().line, 3);
}

void TestCsvReader::overrides() {
    CsvOptions latin1;
    latin1.encoding = QStringLiteral("ISO-8859-1");
    const ReadResult asLatin1 = readFixture(QStringLiteral("windows1252.csv"), latin1);
    QVERIFY(asLatin1.ok());
    QCOMPARE(guess(asLatin1, QStringLiteral("encoding")), QString());
    QCOMPARE(asLatin1.data.displayText(0, 0), QStringLiteral(u"Müller"));

    // A Latin-1 line in a file that is otherwise ASCII: not UTF-8, so read as Windows-1252.
    const ReadResult fallback = readFixture(QStringLiteral("invalid_utf8.csv"));
    QVERIFY(fallback.ok());
    QCOMPARE(guess(fallback, QStringLiteral("encoding")), QStringLiteral("windows-1252"));
    QVERIFY(fallback.data.column(0).levels.contains(QStringLiteral(u"München")) ||
            fallback.data.column(1).levels.contains(QStringLiteral(u"München")));

    CsvOptions unknown;
    unknown.encoding = QStringLiteral("klingon");
    const ReadResult failed = readFixture(QStringLiteral("comma.csv"), unknown);
    QCOMPARE(failed.errors.size(), 1);
    QVERIFY(failed.errors.first().message.contains(QStringLiteral("klingon")));

    CsvOptions point;
    point.decimal = QLatin1Char('.');
    point.thousands = QChar();
    const ReadResult text = readFixture(QStringLiteral("decimal_comma.csv"), point);
    QVERIFY(text.ok());
    QCOMPARE(guess(text, QStringLiteral("decimal separator")), QString());
    QVERIFY(text.data.column(2).isTextCoded()); // "1.234,56" is no number with a decimal point
    QCOMPARE(text.data.column(2).levels.first(), QStringLiteral("1.234,56"));
}

/// The real marketing file with the first tab of line 3 turned into spaces, as an editor does: refused by
/// default with a message naming --skip-bad-lines; with the option every other line is read as pandas reads
/// the untouched file, and line 3 is listed as skipped.
void TestCsvReader::skipBadLines() {
    const QJsonObject ref = test::loadReference(QStringLiteral("csv_marketing_tab.json"));
    const QString source = test::sourcePath(ref[QStringLiteral("source")].toString());
    if (!QFileInfo::exists(source))
        QSKIP(qPrintable(source + QStringLiteral(" is absent.")));
    QTemporaryDir dir;
    QFile broken(dir.filePath(QStringLiteral("marketing_bad_line.csv")));
    const QList<QByteArray> line3 =
        test::copyWithBrokenLine(source, broken.fileName(), 3, '\t', "    ").split('\t');
    QVERIFY(line3.size() > 1);

    const ReadResult refused = CsvReader().read(broken.fileName());
    QCOMPARE(messages(refused.errors),
             QStringList{QStringLiteral("Line 3 has 28 fields but the header has 29." HINT)});

    CsvOptions skip;
    skip.skipBadLines = true;
    const ReadResult read = CsvReader(skip).read(broken.fileName());
    QVERIFY2(read.ok(), qPrintable(messages(read.errors).join(QLatin1Char('\n'))));
    QCOMPARE(read.data.rows(), ref[QStringLiteral("rows")].toInteger() - 1);
    QCOMPARE(messages(read.warnings),
             QStringList{QStringLiteral("Line 3 has 28 fields, the header has 29; it was skipped.")});
    QCOMPARE(read.warnings.first().line, 3);
    QCOMPARE(read.warnings.first().column, 0); // a row-level warning: the report's rows_skipped
    QVERIFY(!read.sourceLines.contains(3));
    // Every other line as pandas read the untouched file: its sums less line 3's values.
    QFile original(source);
    QVERIFY(original.open(QIODevice::ReadOnly));
    const QStringList header = QString::fromUtf8(original.readLine()).trimmed().split(QLatin1Char('\t'));
    const QJsonObject sums = ref[QStringLiteral("sums")].toObject();
    for (const char* name : {"MntWines", "MntMeatProducts", "NumWebPurchases"}) {
        const Index c = read.data.columnIndex(QLatin1String(name));
        const double skipped = line3.at(header.indexOf(QLatin1String(name))).trimmed().toDouble();
        QCOMPARE(read.data.values().col(c).sum(), sums[QLatin1String(name)].toDouble() - skipped);
    }
}

/// A FIFO would block and /dev/zero never end: both are refused before anything is read.
void TestCsvReader::notRegularFilesAreRefused() {
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("pipe.csv"));
    QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    const QString bare = dir.filePath(QStringLiteral("pipe")); // no extension: would be sniffed
    QVERIFY(::mkfifo(QFile::encodeName(bare).constData(), 0600) == 0);
    QCOMPARE(tableFormatOf(bare), TableFormat::DelimitedText);
    for (const QString& path : {fifo, bare, QStringLiteral("/dev/zero"), dir.path()}) {
        const ReadResult result = CsvReader().read(path);
        QCOMPARE(result.errors.size(), 1);
        QVERIFY2(result.errors.first().message.startsWith(QLatin1Char('\'') + path + QLatin1Char('\'')),
                 qPrintable(result.errors.first().message));
    }
}

void TestCsvReader::hugeLinesEndWithAMessage_data() {
    QTest::addColumn<QByteArray>("unit");
    QTest::addColumn<QString>("message");
    // 100 MB on one line: 50 million fields, or 100 million characters without a delimiter.
    QTest::newRow("50 million fields")
        << QByteArray("1,")
        << QStringLiteral("Line 1 has more than 16384 fields, more than a table can have");
    QTest::newRow("no line break") << QByteArray("ab")
                                   << QStringLiteral(
                                          "Line 1 is longer than 16777216 characters, so this does "
                                          "not read as lines of a table (in UTF-8)");
}

void TestCsvReader::hugeLinesEndWithAMessage() {
    QFETCH(QByteArray, unit);
    QFETCH(QString, message);
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("huge.csv")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QByteArray block = unit.repeated((1 << 20) / unit.size());
    for (int i = 0; i < 100; ++i)
        file.write(block);
    file.close();
    const ReadResult result = CsvReader().read(file.fileName());
    QCOMPARE(result.errors.size(), 1);
    QVERIFY2(result.errors.first().message.startsWith(message), qPrintable(result.errors.first().message));
    QCOMPARE(result.errors.first().line, 1);
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "TestCsvReader.moc"
