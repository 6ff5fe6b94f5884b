#include "core/Analysis.h"
#include "core/Error.h"
#include "core/Metrics.h"
#include "report/CsvExport.h"
#include "report/ReportInput.h"
#include "report/XlsxExport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <limits>
#include <memory>

#include "TestSupport.h"

using namespace segmenta;
using namespace segmenta::test;

namespace {

const QString kPython = QStringLiteral("/usr/bin/python3");

// Reads a CSV file with Python's csv module (strict RFC 4180 parsing), reporting the raw bytes' BOM and
// line ends alongside the parsed fields.
const QString kReadCsv = QStringLiteral(R"(
import csv, json, sys
path, delimiter = sys.argv[1], sys.argv[2]
raw = open(path, 'rb').read()
with open(path, newline='', encoding='utf-8-sig') as f:
    rows = list(csv.reader(f, delimiter=delimiter, strict=True))
print(json.dumps({'bom': raw.startswith(b'\xef\xbb\xbf'), 'crlf': raw.count(b'\r\n'), 'rows': rows}))
)");

// Per segment of an assignments CSV: row count, and mean and median of the named columns.
const QString kGroupBy = QStringLiteral(R"(
import csv, json, statistics, sys
with open(sys.argv[1], newline='', encoding='utf-8') as f:
    rows = list(csv.DictReader(f))
groups = {}
for row in rows:
    if row['segment']:
        groups.setdefault(row['segment'], []).append(row)
out = {}
for segment, members in groups.items():
    out[segment] = {'size': len(members)}
    for column in sys.argv[2:]:
        values = [float(m[column]) for m in members]
        out[segment][column] = [statistics.fmean(values), statistics.median(values)]
print(json.dumps(out))
)");

// Every sheet of a workbook as openpyxl reads it: names, frozen panes, autofilter, header boldness, column
// widths and every cell's value with its type ('n' number, 's' string, 'f' formula).
const QString kReadXlsx = QStringLiteral(R"(
import json, re, sys, openpyxl
book = openpyxl.load_workbook(sys.argv[1])
# openpyxl leaves the _xHHHH_ escapes of OOXML strings (ECMA-376 ST_Xstring) undecoded; Excel decodes them.
def value(cell):
    if isinstance(cell.value, str):
        return re.sub(r'_x([0-9A-Fa-f]{4})_', lambda m: chr(int(m.group(1), 16)), cell.value)
    return cell.value
out = {'sheets': book.sheetnames}
for sheet in book.worksheets:
    out[sheet.title] = {
        'freeze': sheet.freeze_panes,
        'filter': sheet.auto_filter.ref,
        'bold': [bool(c.font.b) for c in sheet[1]],
        'widths': [sheet.column_dimensions[openpyxl.utils.get_column_letter(i + 1)].width
                   for i in range(sheet.max_column)],
        'rows': [[[value(c), c.data_type] for c in row] for row in sheet.iter_rows()],
    }
print(json.dumps(out))
)");

/// Runs an inline Python script; `error` says what went wrong, else the printed JSON is returned.
QJsonValue runPython(const QString& script, const QStringList& arguments, QString& error) {
    QProcess process;
    process.start(kPython, QStringList{QStringLiteral("-c"), script} + arguments);
    if (!process.waitForFinished(120000) || process.exitCode() != 0) {
        error = QString::fromUtf8(process.readAllStandardError());
        return {};
    }
    QJsonParseError parse;
    const QJsonDocument document = QJsonDocument::fromJson(process.readAllStandardOutput(), &parse);
    if (parse.error != QJsonParseError::NoError)
        error = parse.errorString();
    return document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
}

struct CsvFile {
    bool bom = false;
    int crlf = 0;
    QStringList header;
    QList<QStringList> rows;

    int column(const QString& name) const { return int(header.indexOf(name)); }
    QString at(int row, const QString& name) const { return rows.at(row).value(column(name)); }
    double number(int row, const QString& name) const {
        bool ok = false;
        const double value = at(row, name).toDouble(&ok);
        return ok ? value : std::numeric_limits<double>::quiet_NaN();
    }
};

CsvFile readCsv(const QString& path, QChar delimiter, QString& error) {
    const QJsonObject json = runPython(kReadCsv, {path, QString(delimiter)}, error).toObject();
    CsvFile file;
    file.bom = json.value(QStringLiteral("bom")).toBool();
    file.crlf = json.value(QStringLiteral("crlf")).toInt();
    const QJsonArray rows = json.value(QStringLiteral("rows")).toArray();
    for (qsizetype r = 0; r < rows.size(); ++r) {
        QStringList fields;
        for (const QJsonValue& field : rows.at(r).toArray())
            fields << field.toString();
        if (r == 0)
            file.header = fields;
        else
            file.rows << fields;
    }
    return file;
}

/// Converts sheet `sheet` (1-based) of a workbook to CSV with LibreOffice: values, not formulas.
QString libreOfficeCsv(const QString& xlsx, int sheet, const QString& workDir, QString& error) {
    const QString outDir = workDir + QStringLiteral("/lo-out-%1").arg(sheet);
    QProcess process;
    process.start(
        QStringLiteral("soffice"),
        {QStringLiteral("-env:UserInstallation=file://%1/lo-profile").arg(workDir),
         QStringLiteral("--headless"), QStringLiteral("--convert-to"),
         QStringLiteral("csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,%1")
             .arg(sheet),
         QStringLiteral("--outdir"), outDir, xlsx});
    if (!process.waitForFinished(180000) || process.exitCode() != 0) {
        error = QString::fromUtf8(process.readAllStandardError());
        return {};
    }
    const QStringList produced = QDir(outDir).entryList({QStringLiteral("*.csv")}, QDir::Files);
    if (produced.size() != 1)
        error = QStringLiteral("LibreOffice produced %1 CSV files").arg(produced.size());
    return produced.isEmpty() ? QString() : QDir(outDir).filePath(produced.first());
}

/// A dataset, its run and the report input pointing at both; not movable, since the input holds pointers.
struct Fixture {
    DataMatrix data;
    AnalysisResult result;
    ReportInput input;

    Fixture(DataMatrix matrix, const AnalysisSettings& settings)
        : data(std::move(matrix)) {
        result = runAnalysis(data, settings);
        input.title = QStringLiteral("Customer segments");
        input.datasetName = QStringLiteral("wholesale_customers.csv");
        input.createdAt = QDateTime(QDate(2024, 5, 17), QTime(9, 30));
        input.data = &data;
        input.settings = settings;
        input.result = &result;
        input.appVersion = QStringLiteral("0.1-test");
        input.sourceSha256 = QStringLiteral("abc123");
    }
    Fixture(const Fixture&) = delete;
    Fixture& operator=(const Fixture&) = delete;

    const Labels& labels() const { return result.model().labels; }
    /// Distance of clustered row `i` to its centroid, written out independently of the exporter.
    double distance(Index i) const {
        const Matrix& x = result.clusteredData();
        const Matrix& c = result.model().centroids;
        double sum = 0.0;
        for (Index j = 0; j < x.cols(); ++j) {
            const double d = x(i, j) - c(labels()[std::size_t(i)], j);
            sum += d * d;
        }
        return std::sqrt(sum);
    }
};

std::unique_ptr<Fixture> wholesaleFixture() {
    const DataMatrix table = wholesaleTable();
    const QStringList header = table.columnNames();
    FeatureStep log1p;
    log1p.transform = Transform::Log1p;
    log1p.scaling = Scaling::Standard;
    AnalysisSettings settings;
    settings.recipe = Recipe::uniform(header.mid(2), log1p);
    settings.sweep.kMin = 2;
    settings.sweep.kMax = 6;
    settings.sweep.kmeans.seed = 0;
    return std::make_unique<Fixture>(table, settings);
}

const QStringList kNotes{QStringLiteral("=HYPERLINK(\"http://example.invalid\",\"click\")"),
                         QStringLiteral("+1"),
                         QStringLiteral("-x"),
                         QStringLiteral("@SUM(A1:A2)"),
                         QStringLiteral("\tx"),
                         QStringLiteral("\rx"),
                         QStringLiteral("plain, with comma"),
                         QStringLiteral("say \"hi\""),
                         QStringLiteral("two\nlines"),
                         QStringLiteral("ok"),
                         QStringLiteral("=1+1"),
                         QStringLiteral("_x000D_ is no escape")};
constexpr Index kDroppedRow = 5; // its Spend is missing, and the recipe drops such rows
const QString kFormulaName = QStringLiteral("=Top");

/// 12 customers in two clear groups, with an identifier, a PII e-mail column, notes that look like formulas
/// and a balance with negative numbers.
std::unique_ptr<Fixture> syntheticFixture() {
    const Index n = 12;
    Matrix values(n, 6);
    QStringList ids, emails;
    for (Index r = 0; r < n; ++r) {
        const bool big = r % 2 == 0;
        values(r, 0) = double(r);
        values(r, 1) = double(r);
        values(r, 2) = double(r);
        values(r, 3) = r == kDroppedRow ? std::nan("") : (big ? 100.0 : 10.0) + double(r % 3);
        values(r, 4) = (big ? 20.0 : 2.0) + double(r % 4) * 0.5;
        values(r, 5) = r % 3 == 0 ? -3.5 : 1e-7 * double(r);
        ids << (r == 7 ? QStringLiteral("-C07") : QStringLiteral("C%1").arg(r + 1, 2, 10, QLatin1Char('0')));
        emails << QStringLiteral("person%1@example.com").arg(r);
    }
    const auto column = [](const char* name, ColumnKind kind, ColumnRole role, const QStringList& levels = {},
                           bool pii = false) {
        return ColumnInfo{
            .name = QString::fromLatin1(name), .kind = kind, .role = role, .levels = levels, .pii = pii};
    };
    QList<ColumnInfo> columns{column("Customer", ColumnKind::Identifier, ColumnRole::Identifier, ids),
                              column("Email", ColumnKind::Text, ColumnRole::Ignored, emails, true),
                              column("Note", ColumnKind::Text, ColumnRole::Ignored, kNotes),
                              column("Spend", ColumnKind::Numeric, ColumnRole::Feature),
                              column("Visits", ColumnKind::Numeric, ColumnRole::Feature),
                              column("Balance", ColumnKind::Numeric, ColumnRole::Ignored)};
    AnalysisSettings settings;
    settings.recipe = Recipe::uniform({QStringLiteral("Spend"), QStringLiteral("Visits")}, FeatureStep{});
    settings.sweep.kMin = 2;
    settings.sweep.kMax = 3;
    settings.chosenK = 2;
    auto fixture = std::make_unique<Fixture>(DataMatrix(values, columns), settings);
    fixture->input.segmentNames = {kFormulaName, QStringLiteral("Regular")};
    return fixture;
}

QStringList entries(const QString& directory) {
    return QDir(directory).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

/// The message of the DataError that `write` throws; empty when it throws none.
template <typename Write> QString errorOf(const Write& write) {
    try {
        write();
    } catch (const DataError& e) {
        return e.message();
    }
    return {};
}

} // namespace

class TestExports : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void csvAssignmentsMatchTheRun();
    void csvProfilesMatchPythonGroupBy();
    void csvMetricsPerK();
    void csvOptionsAreHonoured();
    void csvNeutralisesFormulasButNotNumbers();
    void csvLeavesPiiOutUnlessAsked();
    void xlsxWholesaleSheets();
    void xlsxTextIsNeverAFormula();
    void xlsxLeavesPiiOutUnlessAsked();
    void failedWritesLeaveNothing();

private:
    std::unique_ptr<Fixture> m_wholesale;
    std::unique_ptr<Fixture> m_synthetic;
    QTemporaryDir m_dir;
};

void TestExports::initTestCase() {
    if (!QFileInfo(kPython).isExecutable())
        QSKIP("/usr/bin/python3 is needed to read the exports back");
    QVERIFY(m_dir.isValid());
    m_wholesale = wholesaleFixture();
    m_synthetic = syntheticFixture();
    QCOMPARE(m_wholesale->data.rows(), Index(440));
    QCOMPARE(m_synthetic->result.prepared.rows.size(), std::size_t(11));
    QCOMPARE(m_synthetic->result.k, 2);
}

void TestExports::csvAssignmentsMatchTheRun() {
    const QString dir = m_dir.filePath(QStringLiteral("csv-wholesale"));
    const QStringList written = CsvExport::write(m_wholesale->input, dir);
    QCOMPARE(written, (QStringList{QDir(dir).filePath(QStringLiteral("assignments.csv")),
                                   QDir(dir).filePath(QStringLiteral("profiles.csv")),
                                   QDir(dir).filePath(QStringLiteral("metrics.csv"))}));
    QString error;
    const CsvFile csv = readCsv(written.first(), u',', error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(csv.header,
             (QStringList{QStringLiteral("row"), QStringLiteral("segment"), QStringLiteral("segment_name"),
                          QStringLiteral("distance_to_centroid"), QStringLiteral("silhouette")} +
              m_wholesale->data.columnNames()));
    QCOMPARE(csv.rows.size(), 440);
    QVERIFY(!csv.bom);
    QCOMPARE(csv.crlf, 441);

    const Fixture& f = *m_wholesale;
    const Vector silhouettes = silhouetteSamples(f.result.clusteredData(), f.labels(), f.result.k);
    for (int r = 0; r < csv.rows.size(); ++r) {
        QCOMPARE(csv.rows[r].size(), csv.header.size());
        QCOMPARE(csv.at(r, QStringLiteral("row")), QString::number(r + 1));
        const int label = f.labels()[std::size_t(r)];
        QCOMPARE(csv.at(r, QStringLiteral("segment")), QString::number(label + 1));
        QCOMPARE(csv.at(r, QStringLiteral("segment_name")),
                 f.result.profiles[std::size_t(label)].suggestedName);
        QVERIFY2(relativeDiff(csv.number(r, QStringLiteral("distance_to_centroid")), f.distance(r)) < 1e-12,
                 qPrintable(csv.at(r, QStringLiteral("distance_to_centroid"))));
        // Full round-trip precision: the parsed text is the very double core computed.
        QCOMPARE(csv.number(r, QStringLiteral("silhouette")), silhouettes(r));
        for (Index c = 0; c < f.data.cols(); ++c)
            QCOMPARE(csv.number(r, f.data.column(c).name), f.data.values()(r, c));
    }
}

void TestExports::csvProfilesMatchPythonGroupBy() {
    const QString dir = m_dir.filePath(QStringLiteral("csv-wholesale"));
    QString error;
    const CsvFile profiles = readCsv(QDir(dir).filePath(QStringLiteral("profiles.csv")), u',', error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QStringList features = m_wholesale->result.profiledColumns;
    const QJsonObject groups =
        runPython(kGroupBy, QStringList{QDir(dir).filePath(QStringLiteral("assignments.csv"))} + features,
                  error)
            .toObject();
    QVERIFY2(error.isEmpty(), qPrintable(error));

    QStringList header{QStringLiteral("segment"), QStringLiteral("segment_name"), QStringLiteral("size"),
                       QStringLiteral("share")};
    for (const QString& feature : features)
        header << feature + QStringLiteral("_mean") << feature + QStringLiteral("_median")
               << feature + QStringLiteral("_ratio") << feature + QStringLiteral("_zscore");
    QCOMPARE(profiles.header, header);
    QCOMPARE(profiles.rows.size(), m_wholesale->result.k);
    QCOMPARE(groups.size(), m_wholesale->result.k);
    for (int s = 0; s < profiles.rows.size(); ++s) {
        const QString segment = QString::number(s + 1);
        QCOMPARE(profiles.at(s, QStringLiteral("segment")), segment);
        const QJsonObject group = groups.value(segment).toObject();
        const double size = group.value(QStringLiteral("size")).toDouble();
        QCOMPARE(profiles.number(s, QStringLiteral("size")), size);
        QCOMPARE(profiles.number(s, QStringLiteral("share")), size / 440.0);
        const SegmentProfile& profile = m_wholesale->result.profiles[std::size_t(s)];
        for (qsizetype i = 0; i < features.size(); ++i) {
            const QString& feature = features[i];
            const QJsonArray reference = group.value(feature).toArray();
            QVERIFY(relativeDiff(profiles.number(s, feature + QStringLiteral("_mean")),
                                 reference[0].toDouble()) < 1e-12);
            QCOMPARE(profiles.number(s, feature + QStringLiteral("_median")), reference[1].toDouble());
            QCOMPARE(profiles.number(s, feature + QStringLiteral("_ratio")),
                     profile.features[std::size_t(i)].ratio);
            QCOMPARE(profiles.number(s, feature + QStringLiteral("_zscore")),
                     profile.features[std::size_t(i)].zScore);
        }
    }
}

void TestExports::csvMetricsPerK() {
    QString error;
    const CsvFile metrics = readCsv(m_dir.filePath(QStringLiteral("csv-wholesale/metrics.csv")), u',', error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(metrics.header, (QStringList{QStringLiteral("k"), QStringLiteral("inertia"),
                                          QStringLiteral("silhouette"), QStringLiteral("calinski_harabasz"),
                                          QStringLiteral("davies_bouldin"), QStringLiteral("iterations"),
                                          QStringLiteral("smallest_share"), QStringLiteral("seconds"),
                                          QStringLiteral("recommended"), QStringLiteral("chosen")}));
    const SweepResult& sweep = m_wholesale->result.sweep;
    QCOMPARE(metrics.rows.size(), 5);
    int recommended = 0;
    for (int r = 0; r < metrics.rows.size(); ++r) {
        const KScore& score = sweep.scores[std::size_t(r)];
        QCOMPARE(metrics.number(r, QStringLiteral("k")), double(r + 2));
        QCOMPARE(metrics.number(r, QStringLiteral("inertia")), score.inertia);
        QCOMPARE(metrics.number(r, QStringLiteral("silhouette")), score.silhouette);
        QCOMPARE(metrics.number(r, QStringLiteral("calinski_harabasz")), score.calinskiHarabasz);
        QCOMPARE(metrics.number(r, QStringLiteral("davies_bouldin")), score.daviesBouldin);
        QCOMPARE(metrics.number(r, QStringLiteral("iterations")), double(score.iterations));
        QCOMPARE(metrics.number(r, QStringLiteral("smallest_share")), score.smallestShare);
        const bool isRecommended = score.k == sweep.recommendation.k;
        recommended += isRecommended;
        QCOMPARE(metrics.at(r, QStringLiteral("recommended")),
                 isRecommended ? QStringLiteral("1") : QStringLiteral("0"));
        QCOMPARE(metrics.at(r, QStringLiteral("chosen")),
                 score.k == m_wholesale->result.k ? QStringLiteral("1") : QStringLiteral("0"));
    }
    QCOMPARE(recommended, 1);
}

void TestExports::csvOptionsAreHonoured() {
    for (const QChar delimiter : {QChar(u';'), QChar(u'\t')}) {
        const QString dir = m_dir.filePath(QStringLiteral("csv-options-%1").arg(delimiter.unicode()));
        CsvExportOptions options;
        options.delimiter = delimiter;
        options.byteOrderMark = true;
        options.includeOriginalColumns = false;
        CsvExport::write(m_wholesale->input, dir, options);
        QString error;
        const CsvFile csv = readCsv(QDir(dir).filePath(QStringLiteral("assignments.csv")), delimiter, error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(csv.bom);
        QCOMPARE(
            csv.header,
            (QStringList{QStringLiteral("row"), QStringLiteral("segment"), QStringLiteral("segment_name"),
                         QStringLiteral("distance_to_centroid"), QStringLiteral("silhouette")}));
        QCOMPARE(csv.rows.size(), 440);
        for (int r = 0; r < csv.rows.size(); ++r) {
            QCOMPARE(csv.rows[r].size(), 5);
            // Always a '.' decimal point, whatever the delimiter.
            QVERIFY(relativeDiff(csv.number(r, QStringLiteral("distance_to_centroid")),
                                 m_wholesale->distance(r)) < 1e-12);
        }
        // Read with a comma, every line is one field: the chosen delimiter really separates the fields.
        const CsvFile asComma = readCsv(QDir(dir).filePath(QStringLiteral("metrics.csv")), u',', error);
        QCOMPARE(asComma.header.size(), 1);
    }
    QVERIFY_THROWS_EXCEPTION(DataError,
                             CsvExport::write(m_wholesale->input, m_dir.filePath(QStringLiteral("q")),
                                              CsvExportOptions{u'"', false, true}));
}

void TestExports::csvNeutralisesFormulasButNotNumbers() {
    const QString dir = m_dir.filePath(QStringLiteral("csv-synthetic"));
    CsvExport::write(m_synthetic->input, dir);
    QString error;
    const CsvFile csv = readCsv(QDir(dir).filePath(QStringLiteral("assignments.csv")), u',', error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(csv.header,
             (QStringList{QStringLiteral("Customer"), QStringLiteral("segment"),
                          QStringLiteral("segment_name"), QStringLiteral("distance_to_centroid"),
                          QStringLiteral("silhouette"), QStringLiteral("Note"), QStringLiteral("Spend"),
                          QStringLiteral("Visits"), QStringLiteral("Balance")}));
    QCOMPARE(csv.rows.size(), 12);
    const Fixture& f = *m_synthetic;
    const QString risky = QStringLiteral("=+-@\t\r");
    Index kept = 0;
    for (int r = 0; r < 12; ++r) {
        const QString note = kNotes[r];
        const QString expectedNote = risky.contains(note.front()) ? u'\'' + note : note;
        QCOMPARE(csv.at(r, QStringLiteral("Note")), expectedNote);
        const QString id = f.data.displayText(r, 0);
        QCOMPARE(csv.at(r, QStringLiteral("Customer")), id.startsWith(u'-') ? u'\'' + id : id);
        // Numbers are never touched, negative ones included.
        if (r % 3 == 0)
            QCOMPARE(csv.at(r, QStringLiteral("Balance")), QStringLiteral("-3.5"));
        QCOMPARE(csv.number(r, QStringLiteral("Balance")), f.data.values()(r, 5));
        if (r == kDroppedRow) {
            for (const QString& column : {QStringLiteral("segment"), QStringLiteral("segment_name"),
                                          QStringLiteral("distance_to_centroid"),
                                          QStringLiteral("silhouette"), QStringLiteral("Spend")})
                QCOMPARE(csv.at(r, column), QString());
            continue;
        }
        const int label = f.labels()[std::size_t(kept)];
        QCOMPARE(csv.at(r, QStringLiteral("segment")), QString::number(label + 1));
        QCOMPARE(csv.at(r, QStringLiteral("segment_name")),
                 label == 0 ? u'\'' + kFormulaName : QStringLiteral("Regular"));
        QVERIFY(relativeDiff(csv.number(r, QStringLiteral("distance_to_centroid")), f.distance(kept)) <
                1e-12);
        ++kept;
    }
    QFile raw(QDir(dir).filePath(QStringLiteral("assignments.csv")));
    QVERIFY(raw.open(QIODevice::ReadOnly));
    const QByteArray bytes = raw.readAll();
    QVERIFY(bytes.contains(",-3.5\r\n"));
    QVERIFY(!bytes.contains("'-3.5"));
    QVERIFY(bytes.contains("\"'=HYPERLINK(\"\"http://example.invalid\"\",\"\"click\"\")\""));
}

void TestExports::csvLeavesPiiOutUnlessAsked() {
    QString error;
    QFile raw(m_dir.filePath(QStringLiteral("csv-synthetic/assignments.csv")));
    QVERIFY(raw.open(QIODevice::ReadOnly));
    QVERIFY(!raw.readAll().contains("example.com"));

    m_synthetic->input.includePii = true;
    const QString dir = m_dir.filePath(QStringLiteral("csv-synthetic-pii"));
    CsvExport::write(m_synthetic->input, dir);
    m_synthetic->input.includePii = false;
    const CsvFile csv = readCsv(QDir(dir).filePath(QStringLiteral("assignments.csv")), u',', error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(csv.column(QStringLiteral("Email")), 5); // after the assignment, in the data's column order
    for (int r = 0; r < csv.rows.size(); ++r)
        QCOMPARE(csv.at(r, QStringLiteral("Email")), QStringLiteral("person%1@example.com").arg(r));

    // A PII identifier is not shown either: rows are then numbered.
    m_synthetic->data.setColumnUsage(0, ColumnKind::Identifier, ColumnRole::Identifier, true);
    const QString numbered = m_dir.filePath(QStringLiteral("csv-synthetic-numbered"));
    CsvExport::write(m_synthetic->input, numbered);
    m_synthetic->data.setColumnUsage(0, ColumnKind::Identifier, ColumnRole::Identifier, false);
    const CsvFile rows = readCsv(QDir(numbered).filePath(QStringLiteral("assignments.csv")), u',', error);
    QCOMPARE(rows.header.first(), QStringLiteral("row"));
    QVERIFY(!rows.header.contains(QStringLiteral("Customer")));
    QCOMPARE(rows.at(11, QStringLiteral("row")), QStringLiteral("12"));
}

void TestExports::xlsxWholesaleSheets() {
    const QString path = m_dir.filePath(QStringLiteral("wholesale.xlsx"));
    XlsxExport::write(m_wholesale->input, path);
    QVERIFY(QFileInfo(path).isFile());
    QString error;
    const QJsonObject book = runPython(kReadXlsx, {path}, error).toObject();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(book.value(QStringLiteral("sheets")).toVariant().toStringList(),
             (QStringList{QStringLiteral("Summary"), QStringLiteral("Segments"),
                          QStringLiteral("Assignments"), QStringLiteral("Metrics"), QStringLiteral("Run")}));
    const Fixture& f = *m_wholesale;

    const QJsonObject assignments = book.value(QStringLiteral("Assignments")).toObject();
    QCOMPARE(assignments.value(QStringLiteral("freeze")).toString(), QStringLiteral("A2"));
    QCOMPARE(assignments.value(QStringLiteral("filter")).toString(), QStringLiteral("A1:M441"));
    for (const QJsonValue bold : assignments.value(QStringLiteral("bold")).toArray())
        QVERIFY(bold.toBool());
    const QJsonArray rows = assignments.value(QStringLiteral("rows")).toArray();
    QCOMPARE(rows.size(), 441);
    QCOMPARE(rows[0].toArray()[1].toArray()[0].toString(), QStringLiteral("Segment"));
    for (int r = 1; r < rows.size(); ++r) {
        const QJsonArray row = rows[r].toArray();
        for (const QJsonValue cell : row)
            if (cell.toArray()[1].toString() != QLatin1String("s"))
                QCOMPARE(cell.toArray()[1].toString(), QStringLiteral("n"));
        QCOMPARE(row[0].toArray()[0].toDouble(), double(r));
        QCOMPARE(row[1].toArray()[0].toDouble(), double(f.labels()[std::size_t(r - 1)] + 1));
        QVERIFY(relativeDiff(row[3].toArray()[0].toDouble(), f.distance(r - 1)) < 1e-12);
        for (Index c = 0; c < f.data.cols(); ++c)
            QCOMPARE(row[5 + c].toArray()[0].toDouble(), f.data.values()(r - 1, c));
    }

    const QJsonObject metrics = book.value(QStringLiteral("Metrics")).toObject();
    QCOMPARE(metrics.value(QStringLiteral("freeze")).toString(), QStringLiteral("A2"));
    QCOMPARE(metrics.value(QStringLiteral("filter")).toString(), QStringLiteral("A1:J6"));
    const QJsonArray metricRows = metrics.value(QStringLiteral("rows")).toArray();
    QCOMPARE(metricRows.size(), 6);
    for (int r = 1; r < metricRows.size(); ++r) {
        const QJsonArray row = metricRows[r].toArray();
        QCOMPARE(row[1].toArray()[1].toString(), QStringLiteral("n"));
        QCOMPARE(row[1].toArray()[0].toDouble(), f.result.sweep.scores[std::size_t(r - 1)].inertia);
    }

    const QJsonArray segments =
        book.value(QStringLiteral("Segments")).toObject().value(QStringLiteral("rows")).toArray();
    QCOMPARE(segments.size(), f.result.k + 1);
    for (int s = 1; s < segments.size(); ++s)
        QCOMPARE(segments[s].toArray()[2].toArray()[0].toDouble(),
                 double(f.result.profiles[std::size_t(s - 1)].size));

    // The summary states the title, K and the reason; the run sheet says PII was left out.
    const QJsonArray summary =
        book.value(QStringLiteral("Summary")).toObject().value(QStringLiteral("rows")).toArray();
    QCOMPARE(summary[0].toArray()[0].toArray()[0].toString(), QStringLiteral("Customer segments"));
    const QString summaryText = QString::fromUtf8(QJsonDocument(summary).toJson());
    QVERIFY(summaryText.contains(f.result.sweep.recommendation.reason));
    QVERIFY(summaryText.contains(f.result.profiles.back().suggestedName));
    bool piiRow = false;
    for (const QJsonValue row :
         book.value(QStringLiteral("Run")).toObject().value(QStringLiteral("rows")).toArray())
        if (row.toArray()[0].toArray()[0].toString() == QLatin1String("PII included"))
            piiRow = row.toArray()[1].toArray()[0].toString() == QLatin1String("no");
    QVERIFY(piiRow);

    // LibreOffice opens the workbook and reads the same numbers from the Metrics sheet.
    if (QStandardPaths::findExecutable(QStringLiteral("soffice")).isEmpty())
        QSKIP("LibreOffice (soffice) is not installed");
    const QString csvPath = libreOfficeCsv(path, 4, m_dir.filePath(QStringLiteral("lo-wholesale")), error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const CsvFile converted = readCsv(csvPath, u',', error);
    QCOMPARE(converted.header.first(), QStringLiteral("K"));
    QCOMPARE(converted.rows.size(), 5);
    for (int r = 0; r < 5; ++r)
        QVERIFY(relativeDiff(converted.number(r, QStringLiteral("Inertia")),
                             f.result.sweep.scores[std::size_t(r)].inertia) < 1e-12);
}

void TestExports::xlsxTextIsNeverAFormula() {
    const QString path = m_dir.filePath(QStringLiteral("synthetic.xlsx"));
    XlsxExport::write(m_synthetic->input, path);
    QString error;
    const QJsonObject book = runPython(kReadXlsx, {path}, error).toObject();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QJsonArray rows =
        book.value(QStringLiteral("Assignments")).toObject().value(QStringLiteral("rows")).toArray();
    QCOMPARE(rows.size(), 13);
    const QJsonArray header = rows[0].toArray();
    QCOMPARE(header[0].toArray()[0].toString(), QStringLiteral("Customer"));
    QCOMPARE(header[5].toArray()[0].toString(), QStringLiteral("Note"));
    for (int r = 0; r < 12; ++r) {
        const QJsonArray row = rows[r + 1].toArray();
        const QJsonArray note = row[5].toArray();
        // Stored as the very text, typed as a string: never a formula, nothing prepended.
        QCOMPARE(note[1].toString(), QStringLiteral("s"));
        QCOMPARE(note[0].toString(), kNotes[r]);
        QCOMPARE(row[8].toArray()[0].toDouble(), m_synthetic->data.values()(r, 5));
        QCOMPARE(row[8].toArray()[1].toString(), QStringLiteral("n"));
        if (r == kDroppedRow) {
            QVERIFY(row[1].toArray()[0].isNull()); // missing values are empty cells
            QVERIFY(row[6].toArray()[0].isNull());
        } else {
            QCOMPARE(row[2].toArray()[1].toString(), QStringLiteral("s"));
        }
    }
    const QJsonArray segments =
        book.value(QStringLiteral("Segments")).toObject().value(QStringLiteral("rows")).toArray();
    QCOMPARE(segments[1].toArray()[1].toArray()[0].toString(), kFormulaName);
    QCOMPARE(segments[1].toArray()[1].toArray()[1].toString(), QStringLiteral("s"));

    // LibreOffice, exporting values rather than formulas, still shows the text: it was never evaluated.
    if (QStandardPaths::findExecutable(QStringLiteral("soffice")).isEmpty())
        QSKIP("LibreOffice (soffice) is not installed");
    const QString csvPath = libreOfficeCsv(path, 3, m_dir.filePath(QStringLiteral("lo-synthetic")), error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const CsvFile converted = readCsv(csvPath, u',', error);
    QCOMPARE(converted.rows.size(), 12);
    for (int r = 0; r < 12; ++r)
        QCOMPARE(converted.at(r, QStringLiteral("Note")), kNotes[r]);
}

void TestExports::xlsxLeavesPiiOutUnlessAsked() {
    const auto emailColumns = [this](const QString& path, QString& error) {
        XlsxExport::write(m_synthetic->input, path);
        const QJsonObject book = runPython(kReadXlsx, {path}, error).toObject();
        const QJsonArray rows =
            book.value(QStringLiteral("Assignments")).toObject().value(QStringLiteral("rows")).toArray();
        int found = 0;
        for (const QJsonValue cell : rows[0].toArray())
            found += cell.toArray()[0].toString() == QLatin1String("Email");
        return found;
    };
    QString error;
    QCOMPARE(emailColumns(m_dir.filePath(QStringLiteral("no-pii.xlsx")), error), 0);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_synthetic->input.includePii = true;
    QCOMPARE(emailColumns(m_dir.filePath(QStringLiteral("pii.xlsx")), error), 1);
    m_synthetic->input.includePii = false;
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestExports::failedWritesLeaveNothing() {
    // Tests may run as root, for whom permissions do not stop a write; a regular file standing where a
    // folder must be does.
    QTemporaryDir root;
    QFile blocker(root.filePath(QStringLiteral("blocker")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const QStringList before = entries(root.path());

    const QString csvDir = root.filePath(QStringLiteral("blocker/csv"));
    QString message = errorOf([&] { CsvExport::write(m_synthetic->input, csvDir); });
    QVERIFY2(message.contains(QDir::toNativeSeparators(csvDir)), qPrintable(message));
    const QString xlsxPath = root.filePath(QStringLiteral("blocker/out.xlsx"));
    message = errorOf([&] { XlsxExport::write(m_synthetic->input, xlsxPath); });
    QVERIFY2(message.contains(QDir::toNativeSeparators(xlsxPath)), qPrintable(message));
    QCOMPARE(entries(root.path()), before);

    // The rename onto a folder fails after the workbook was written: its temporary file goes too.
    QVERIFY(QDir(root.path()).mkdir(QStringLiteral("taken.xlsx")));
    QVERIFY_THROWS_EXCEPTION(
        DataError, XlsxExport::write(m_synthetic->input, root.filePath(QStringLiteral("taken.xlsx"))));
    QCOMPARE(entries(root.path()), before + QStringList{QStringLiteral("taken.xlsx")});

    // One CSV target that cannot be replaced: none of the three files is written.
    const QString partial = root.filePath(QStringLiteral("partial"));
    QVERIFY(QDir().mkpath(partial + QStringLiteral("/metrics.csv")));
    QVERIFY_THROWS_EXCEPTION(DataError, CsvExport::write(m_synthetic->input, partial));
    QCOMPARE(entries(partial), QStringList{QStringLiteral("metrics.csv")});
}

QTEST_GUILESS_MAIN(TestExports)
#include "TestExports.moc"
