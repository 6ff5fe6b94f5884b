#include "core/Analysis.h"
#include "core/Error.h"
#include "report/PdfReport.h"
#include "report/ReportInput.h"
#include "report/ReportText.h"

#include <QDir>
#include <QJsonArray>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>
#include <cmath>
#include <random>
#include <unistd.h>

#include "TestSupport.h"

using namespace segmenta;
using namespace segmenta::test;

namespace {

// The poppler tools the checks rely on; a suite run without them skips the PDF tests.
QString missingPoppler() {
    for (const char* tool : {"pdfinfo", "pdftotext", "pdffonts"})
        if (QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty())
            return QStringLiteral("%1 (poppler-utils) is not installed").arg(QLatin1String(tool));
    return {};
}

#define SKIP_WITHOUT_POPPLER()                                                                               \
    if (const QString missing = missingPoppler(); !missing.isEmpty())                                        \
    QSKIP(qPrintable(missing))

// Output of a poppler tool; fails the test (through the empty result) when it does not run cleanly.
QString runTool(const QString& program, const QStringList& arguments) {
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        qWarning() << program << arguments << "failed:" << process.readAllStandardError();
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString simplified(const QString& text) {
    return text.simplified();
}

// What independent tools see in a PDF.
struct PdfFacts {
    int pages = 0;
    QSizeF pageSize;    // points
    QStringList text;   // per page, reading order, whitespace simplified
    QStringList layout; // per page, pdftotext -layout
};

PdfFacts inspect(const QString& path) {
    PdfFacts facts;
    const QString info = runTool(QStringLiteral("pdfinfo"), {path});
    facts.pages = QRegularExpression(QStringLiteral("^Pages:\\s+(\\d+)"), QRegularExpression::MultilineOption)
                      .match(info)
                      .captured(1)
                      .toInt();
    const QRegularExpressionMatch size =
        QRegularExpression(QStringLiteral("^Page size:\\s+([\\d.]+) x ([\\d.]+) pts"),
                           QRegularExpression::MultilineOption)
            .match(info);
    facts.pageSize = QSizeF(size.captured(1).toDouble(), size.captured(2).toDouble());
    // pdftotext ends every page with a form feed.
    QStringList raw =
        runTool(QStringLiteral("pdftotext"), {path, QStringLiteral("-")}).split(QLatin1Char('\f'));
    QStringList layout =
        runTool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")})
            .split(QLatin1Char('\f'));
    raw.removeLast();
    layout.removeLast();
    for (const QString& page : raw)
        facts.text << simplified(page);
    facts.layout = layout;
    return facts;
}

QString allText(const PdfFacts& facts) {
    return facts.text.join(QLatin1Char(' '));
}

// The 1-based page where `title` first appears at or after page `from`, or 0.
int firstPageWith(const PdfFacts& facts, const QString& title, int from) {
    for (int p = from; p <= facts.text.size(); ++p)
        if (facts.text.at(p - 1).contains(title))
            return p;
    return 0;
}

bool containsToken(const QString& text, const QString& token) {
    return QRegularExpression(QStringLiteral("(^|\\s)%1(\\s|$)").arg(QRegularExpression::escape(token)))
        .match(text)
        .hasMatch();
}

struct Analysed {
    DataMatrix data;
    AnalysisResult result;
    AnalysisSettings settings;
};

AnalysisSettings settingsFor(const QStringList& features, int kMax) {
    FeatureStep step;
    step.transform = Transform::Log1p;
    step.scaling = Scaling::Standard;
    AnalysisSettings settings;
    settings.recipe = Recipe::uniform(features, step);
    settings.sweep.kMin = 2;
    settings.sweep.kMax = kMax;
    settings.sweep.kmeans.seed = 0;
    return settings;
}

// The Wholesale sample with Channel and Region as categories, optionally with two personal-data columns: an
// e-mail per customer and an owner among three people (few enough levels for a crosstab).
Analysed wholesale(bool withPii = false) {
    const DataMatrix table = wholesaleTable();
    Matrix values = table.values();
    QList<ColumnInfo> columns = table.columns();
    const QStringList header = table.columnNames();
    if (withPii) {
        QStringList emails;
        const QStringList owners{QStringLiteral("Alice Pinheiro"), QStringLiteral("Bruno Salgado"),
                                 QStringLiteral("Carla Mendes")};
        Matrix extended(values.rows(), values.cols() + 2);
        extended.leftCols(values.cols()) = values;
        for (Index r = 0; r < values.rows(); ++r) {
            emails << QStringLiteral("buyer%1@example.com").arg(r);
            extended(r, values.cols()) = double(r);
            extended(r, values.cols() + 1) = double(r % 3);
        }
        columns << columnInfo(QStringLiteral("ContactEmail"), ColumnKind::Identifier, ColumnRole::Identifier,
                              emails, true)
                << columnInfo(QStringLiteral("AccountOwner"), ColumnKind::Categorical, ColumnRole::Label,
                              owners, true);
        values = extended;
    }
    Analysed analysed;
    analysed.data = DataMatrix(values, columns);
    analysed.settings = settingsFor(header.mid(2), 6);
    analysed.result = runAnalysis(analysed.data, analysed.settings);
    return analysed;
}

// 300 customers in three groups over 25 positive features with long names: a profile table far wider than a
// page.
Analysed wide() {
    constexpr Index rows = 300;
    constexpr Index features = 25;
    std::mt19937_64 random(11);
    std::normal_distribution<double> noise(0.0, 0.3);
    Matrix values(rows, features);
    QList<ColumnInfo> columns;
    QStringList names;
    for (Index f = 0; f < features; ++f) {
        names << QStringLiteral("Category_%1_Spend").arg(f + 1, 2, 10, QLatin1Char('0'));
        columns << columnInfo(names.last(), ColumnKind::Numeric, ColumnRole::Feature);
    }
    for (Index r = 0; r < rows; ++r)
        for (Index f = 0; f < features; ++f)
            values(r, f) = std::exp(6.0 + double((r % 3) * ((f % 4) - 1)) + noise(random));
    Analysed analysed;
    analysed.data = DataMatrix(values, columns);
    analysed.settings = settingsFor(names, 4);
    analysed.result = runAnalysis(analysed.data, analysed.settings);
    return analysed;
}

ReportInput inputFor(const Analysed& analysed) {
    ReportInput input;
    input.title = QStringLiteral("Customer segments");
    input.author = QStringLiteral("Maria Analyst");
    input.datasetName = QStringLiteral("Wholesale customers");
    input.createdAt = QDateTime(QDate(2024, 5, 17), QTime(9, 30));
    input.data = &analysed.data;
    input.settings = analysed.settings;
    input.result = &analysed.result;
    input.importReport = QJsonObject{
        {QStringLiteral("rows_read"), 441},
        {QStringLiteral("rows_imported"), 440},
        {QStringLiteral("rows_skipped"),
         QJsonArray{
             QJsonObject{{QStringLiteral("row"), 17}, {QStringLiteral("reason"), QStringLiteral("empty")}}}},
        {QStringLiteral("cells"), QJsonArray{}},
        {QStringLiteral("guesses"), QJsonObject{{QStringLiteral("delimiter"), QStringLiteral(",")}}},
    };
    input.sourceSha256 = QStringLiteral("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
    input.appVersion = QStringLiteral("0.1.0");
    return input;
}

QString writeReport(const ReportInput& input, const QTemporaryDir& dir, const QString& name,
                    QPageSize::PageSizeId size = QPageSize::A4) {
    const QString path = dir.filePath(name);
    PdfReport::write(input, path, size);
    return path;
}

} // namespace

class TestPdfReport : public QObject {
    Q_OBJECT

private slots:
    void plainLanguage() {
        SegmentProfile profile;
        profile.segment = 1;
        profile.size = 105;
        profile.share = 105.0 / 440.0;
        const auto feature = [](const char* name, double ratio, double z) {
            FeatureProfile f;
            f.feature = QString::fromLatin1(name);
            f.overallMean = 100.0;
            f.mean = 100.0 * ratio;
            f.ratio = ratio;
            f.zScore = z;
            return f;
        };
        profile.features = {feature("Fresh", 0.4, -0.7), feature("Grocery", 3.1, 1.4),
                            feature("Milk", 1.1, 0.2), feature("Detergents_Paper", 4.2, 1.9)};
        QCOMPARE(ReportText::segmentHeadline(profile, QStringLiteral("High Grocery & Detergents_Paper")),
                 QStringLiteral("Segment 2, High Grocery & Detergents_Paper: 105 customers (%1%).")
                     .arg(QLocale().toString(23.9, 'f', 1)));
        const QString x = QString(QChar(0x00D7));
        QCOMPARE(ReportText::distinguishingSentence(profile, {}),
                 QStringLiteral(
                     "Stands out for Detergents_Paper at %1%3 the average, Grocery at %2%3 and Fresh at "
                     "%4%3.")
                     .arg(QLocale().toString(4.2, 'f', 1), QLocale().toString(3.1, 'f', 1), x,
                          QLocale().toString(0.4, 'f', 1)));
        // A hidden column is never named, and the next strongest takes its place.
        QVERIFY(
            !ReportText::distinguishingSentence(profile, {QStringLiteral("Grocery")}).contains(u"Grocery"));
        QVERIFY(
            ReportText::suggestedAction(profile, {}).startsWith(QStringLiteral("Suggestion: cross-sell")));
        QVERIFY(ReportText::suggestedAction(profile, {QStringLiteral("Fresh")})
                    .startsWith(QStringLiteral("Suggestion: retain")));
        for (FeatureProfile& f : profile.features)
            f.zScore = 0.1;
        QCOMPARE(ReportText::distinguishingSentence(profile, {}),
                 QStringLiteral("Close to the average customer on every feature."));
        QCOMPARE(ReportText::joinList({QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}),
                 QStringLiteral("A, B and C"));
    }

    void paperSizes_data() {
        QTest::addColumn<int>("pageSize");
        QTest::addColumn<QSizeF>("points");
        QTest::newRow("A4") << int(QPageSize::A4) << QSizeF(595, 842);
        QTest::newRow("Letter") << int(QPageSize::Letter) << QSizeF(612, 792);
    }

    // Page count and size, the running footer, the contents' page numbers and the embedded fonts, as
    // poppler's tools read them.
    void paperSizes() {
        SKIP_WITHOUT_POPPLER();
        QFETCH(int, pageSize);
        QFETCH(QSizeF, points);
        const Analysed analysed = wholesale();
        const ReportInput input = inputFor(analysed);
        QTemporaryDir dir;
        const QString path =
            writeReport(input, dir, QStringLiteral("report.pdf"), QPageSize::PageSizeId(pageSize));
        const PdfFacts pdf = inspect(path);

        QCOMPARE(qRound(pdf.pageSize.width()), qRound(points.width()));
        QCOMPARE(qRound(pdf.pageSize.height()), qRound(points.height()));
        QCOMPARE(pdf.text.size(), pdf.pages);
        // The footer's "of N" is the page count the layout arrived at; every page after the cover says
        // where it is.
        const QRegularExpression footer(QStringLiteral("Page 2 of (\\d+)"));
        QCOMPARE(footer.match(pdf.text.at(1)).captured(1).toInt(), pdf.pages);
        for (int p = 2; p <= pdf.pages; ++p)
            QVERIFY2(pdf.text.at(p - 1).contains(QStringLiteral("Page %1 of %2").arg(p).arg(pdf.pages)),
                     qPrintable(QStringLiteral("page %1").arg(p)));
        // Cover + contents + summary + data + K + map + profiles + a page per segment + method at least.
        QVERIFY(pdf.pages >= 8 + analysed.result.k);

        // Contents: every entry's page is where its heading first appears after the contents page.
        const QRegularExpression entry(QStringLiteral("^\\s*(\\S.*\\S)\\s{2,}(\\d+)\\s*$"),
                                       QRegularExpression::MultilineOption);
        QStringList titles;
        for (auto it = entry.globalMatch(pdf.layout.at(1)); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            const QString title = m.captured(1).trimmed();
            if (title.startsWith(QStringLiteral("Page ")))
                continue; // the footer
            titles << title;
            const int page = m.captured(2).toInt();
            QVERIFY2(page > 2 && page <= pdf.pages, qPrintable(title));
            QCOMPARE(firstPageWith(pdf, title, 3), page);
        }
        QStringList expected{
            QStringLiteral("Executive summary"),    QStringLiteral("Data summary"),
            QStringLiteral("Preprocessing recipe"), QStringLiteral("Choosing the number of segments"),
            QStringLiteral("Segment map"),          QStringLiteral("Segment profiles")};
        for (const SegmentProfile& profile : analysed.result.profiles)
            expected << QStringLiteral("Segment %1 · %2").arg(profile.segment + 1).arg(profile.suggestedName);
        expected << QStringLiteral("Method");
        QCOMPARE(titles, expected);

        // No page is empty apart from its frame.
        for (int p = 1; p <= pdf.pages; ++p)
            QVERIFY2(pdf.text.at(p - 1).split(QLatin1Char(' ')).size() > 20,
                     qPrintable(QStringLiteral("page %1: %2").arg(p).arg(pdf.text.at(p - 1))));

        const QStringList fonts =
            runTool(QStringLiteral("pdffonts"), {path}).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(fonts.size() > 2);
        for (const QString& line : fonts.mid(2)) {
            // name type encoding emb sub uni object ID: "emb" is fifth from the end.
            const QStringList fields = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            QVERIFY2(fields.size() >= 6 && fields.at(fields.size() - 5) == QLatin1String("yes"),
                     qPrintable(line));
        }
    }

    // Names, sizes, the recommended K and every score as the table formats it.
    void content() {
        SKIP_WITHOUT_POPPLER();
        const Analysed analysed = wholesale();
        ReportInput input = inputFor(analysed);
        const int k = analysed.result.k;
        for (int s = 0; s < k; ++s)
            input.segmentNames << QStringLiteral("Named segment %1").arg(QChar(u'A' + s));
        input.segmentActions = QStringList{QStringLiteral("Call every account within two weeks.")};
        QTemporaryDir dir;
        const PdfFacts pdf = inspect(writeReport(input, dir, QStringLiteral("content.pdf")));
        const QString text = allText(pdf);

        for (const SegmentProfile& profile : analysed.result.profiles) {
            const QString name = input.segmentNames.at(profile.segment);
            QVERIFY2(text.contains(QStringLiteral("Segment %1, %2: %3 customers (%4%)")
                                       .arg(profile.segment + 1)
                                       .arg(name, QLocale().toString(qlonglong(profile.size)),
                                            QLocale().toString(100.0 * profile.share, 'f', 1))),
                     qPrintable(name));
            // The user's names replace the suggested ones everywhere, charts included.
            QVERIFY(!text.contains(profile.suggestedName));
        }
        const int mapPage = firstPageWith(pdf, QStringLiteral("Segment map"), 3);
        QVERIFY(mapPage > 0);
        for (const QString& name : input.segmentNames)
            QVERIFY2(pdf.text.at(mapPage - 1).contains(name), qPrintable(name));
        // The profile table has each name once, and each crosstab chart's legend once more.
        const int from = firstPageWith(pdf, QStringLiteral("Segment profiles"), 3);
        const int to = firstPageWith(pdf, QStringLiteral("Segment 1 · "), from + 1);
        QStringList profilePages = pdf.text.mid(from - 1, to - from);
        QCOMPARE(analysed.result.crosstabs.size(), std::size_t(2));
        for (const QString& name : input.segmentNames)
            QCOMPARE(profilePages.join(QLatin1Char(' ')).count(name), 1 + 2);

        QVERIFY(text.contains(QStringLiteral("Recommended action: Call every account within two weeks.")));
        QCOMPARE(text.count(QStringLiteral("Suggestion:")), 2 * (k - 1)); // summary and segment page

        const Recommendation& rec = analysed.result.sweep.recommendation;
        QVERIFY(text.contains(QStringLiteral("Recommended number of segments: %1.").arg(rec.k)));
        QVERIFY(text.contains(rec.reason.simplified()));
        const int scoresPage = firstPageWith(pdf, QStringLiteral("Scores for every K"), 3);
        QVERIFY(scoresPage > 0);
        const QString scores = pdf.text.at(scoresPage - 1) + QLatin1Char(' ') + pdf.text.value(scoresPage);
        const QLocale locale;
        for (const KScore& score : analysed.result.sweep.scores) {
            for (const QString& number :
                 {locale.toString(score.inertia, 'f', 1), locale.toString(score.silhouette, 'f', 3),
                  locale.toString(score.calinskiHarabasz, 'f', 1),
                  locale.toString(score.daviesBouldin, 'f', 3)})
                QVERIFY2(containsToken(scores, number),
                         qPrintable(QStringLiteral("K=%1: %2").arg(score.k).arg(number)));
        }
        // The recommended K's row carries the note.
        const QRegularExpression row(QStringLiteral("^\\s*%1\\s+\\S.*recommended").arg(rec.k),
                                     QRegularExpression::MultilineOption);
        QVERIFY(row.match(pdf.layout.at(scoresPage - 1)).hasMatch());

        // Import totals, provenance and the author.
        QVERIFY(text.contains(QStringLiteral("Rows read 441")));
        QVERIFY(text.contains(QStringLiteral("Rows skipped 1")));
        QVERIFY(text.contains(input.sourceSha256.left(20)));
        QVERIFY(text.contains(QStringLiteral("Maria Analyst")));
    }

    // 25 features: the profile table goes to several parts side by side, each repeating the segment column,
    // every feature is in it, and no word lies outside the page.
    void wideTableIsSplit() {
        SKIP_WITHOUT_POPPLER();
        const Analysed analysed = wide();
        ReportInput input = inputFor(analysed);
        QTemporaryDir dir;
        const QString path = writeReport(input, dir, QStringLiteral("wide.pdf"));
        const PdfFacts pdf = inspect(path);
        const int from = firstPageWith(pdf, QStringLiteral("Segment profiles"), 3);
        const int to = firstPageWith(pdf, QStringLiteral("Segment 1 · "), from + 1);
        QVERIFY(from > 0 && to > from);
        QString profiles;
        for (int p = from; p < to; ++p)
            profiles += pdf.text.at(p - 1) + QLatin1Char(' ');
        QVERIFY(profiles.contains(QStringLiteral("Part 1 of ")));
        QVERIFY(profiles.contains(QStringLiteral("Part 2 of ")));
        for (const QString& name : analysed.result.profiledColumns)
            QVERIFY2(containsToken(profiles, name), qPrintable(name));
        // Every segment's name in every part.
        const int parts =
            QRegularExpression(QStringLiteral("Part 1 of (\\d+)")).match(profiles).captured(1).toInt();
        QVERIFY(parts >= 3);
        for (const SegmentProfile& profile : analysed.result.profiles)
            QCOMPARE(profiles.count(profile.suggestedName), parts);

        // Word boxes from pdftotext -bbox: all inside the page, clear of its edges.
        QXmlStreamReader xml(
            runTool(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), path, QStringLiteral("-")}));
        int words = 0;
        double width = 0.0, height = 0.0;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            const QXmlStreamAttributes a = xml.attributes();
            if (xml.name() == QLatin1String("page")) {
                width = a.value(QLatin1String("width")).toDouble();
                height = a.value(QLatin1String("height")).toDouble();
            } else if (xml.name() == QLatin1String("word")) {
                ++words;
                const double xMin = a.value(QLatin1String("xMin")).toDouble();
                const double xMax = a.value(QLatin1String("xMax")).toDouble();
                const double yMax = a.value(QLatin1String("yMax")).toDouble();
                QVERIFY2(xMin >= 28.0 && xMax <= width - 28.0 && yMax <= height - 20.0,
                         qPrintable(
                             QStringLiteral("%1 at %2..%3").arg(xml.readElementText()).arg(xMin).arg(xMax)));
            }
        }
        QVERIFY(words > 500);
    }

    void personalDataStaysOut() {
        SKIP_WITHOUT_POPPLER();
        const Analysed analysed = wholesale(true);
        QVERIFY(std::any_of(analysed.result.crosstabs.begin(), analysed.result.crosstabs.end(),
                            [](const Crosstab& c) { return c.column == QLatin1String("AccountOwner"); }));
        ReportInput input = inputFor(analysed);
        QTemporaryDir dir;
        const QString hidden = allText(inspect(writeReport(input, dir, QStringLiteral("hidden.pdf"))));
        for (const char* secret : {"ContactEmail", "AccountOwner", "Alice Pinheiro", "Bruno", "example.com"})
            QVERIFY2(!hidden.contains(QLatin1String(secret)), secret);
        QVERIFY(hidden.contains(QStringLiteral("2 columns marked as personal data are left out")));

        input.includePii = true;
        const QString shown = allText(inspect(writeReport(input, dir, QStringLiteral("shown.pdf"))));
        QVERIFY(shown.contains(QStringLiteral("ContactEmail")));
        QVERIFY(shown.contains(QStringLiteral("Segments by AccountOwner"))); // its crosstab chart
        QVERIFY(shown.contains(QStringLiteral("Alice Pinheiro")));
    }

    void unwritablePathThrowsAndLeavesNothing() {
        const Analysed analysed = wholesale();
        const ReportInput input = inputFor(analysed);
        QTemporaryDir dir;
        // A regular file where a directory should be: no user, root included, can write below it.
        QFile blocker(dir.filePath(QStringLiteral("not-a-directory")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        QStringList paths{dir.filePath(QStringLiteral("not-a-directory/report.pdf")),
                          dir.filePath(QStringLiteral("missing/report.pdf"))};
        if (geteuid() != 0) {
            QDir().mkdir(dir.filePath(QStringLiteral("locked")));
            QFile::setPermissions(dir.filePath(QStringLiteral("locked")), QFile::ReadOwner | QFile::ExeOwner);
            paths << dir.filePath(QStringLiteral("locked/report.pdf"));
        }
        for (const QString& path : paths) {
            try {
                PdfReport::write(input, path);
                QFAIL(qPrintable(QStringLiteral("no error for %1").arg(path)));
            } catch (const DataError& error) {
                QVERIFY2(error.message().contains(QDir::toNativeSeparators(path)),
                         qPrintable(error.message()));
            }
        }
        const QStringList left =
            QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
        QVERIFY(left.size() <= 2);
        QVERIFY(QDir(dir.filePath(QStringLiteral("locked"))).isEmpty());
        QVERIFY(!left.contains(QStringLiteral("missing")));
    }
};

QTEST_MAIN(TestPdfReport)
#include "TestPdfReport.moc"
