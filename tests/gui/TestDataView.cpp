#include "gui/ColumnPanel.h"
#include "gui/ColumnStats.h"
#include "gui/DataTableModel.h"
#include "gui/DataView.h"
#include "io/TableReader.h"
#include "store/DataPage.h"
#include "store/DatasetRepository.h"
#include "store/ProjectStore.h"

#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QScrollBar>
#include <QTableView>
#include <QTest>

#include <cmath>
#include <limits>

#include "GuiTestSupport.h"
#include "TestSupport.h"

using namespace segmenta;

namespace {

constexpr Index kMillion = 1'000'000;

QString wholesalePath() {
    return test::sourcePath(QStringLiteral("resources/wholesale_customers.csv"));
}

/// What pandas answers about a CSV file: the script gets the frame as `df` and prints JSON.
QJsonValue pandas(const QString& path, const QString& script) {
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral("-c"),
                  QStringLiteral("import json, sys, pandas as pd\ndf = pd.read_csv(sys.argv[1])\n") + script,
                  path});
    if (!python.waitForFinished(60000) || python.exitCode() != 0)
        return {};
    return QJsonDocument::fromJson("[" + python.readAllStandardOutput() + "]").array().first();
}

QList<qint64> numbers(const QJsonValue& value) {
    QList<qint64> list;
    for (const QJsonValue& item : value.toArray())
        list << item.toInteger();
    return list;
}

} // namespace

class TestDataView : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    void showsStoredRows();
    void sortsLikePandas();
    void filtersLikePandas();
    void showsOnlyChosenRows();
    void columnPanelMatchesPandas();
    void countsMissingCells();
    void millionRowsAreReadInPages();
    void nullStoreShowsNothing();

private:
    /// The view's row numbers from top to bottom.
    QList<qint64> shownRows(const DataView& view) const;
    QTableView* table(const DataView& view) const {
        return view.findChild<QTableView*>(QStringLiteral("dataTable"));
    }

    std::unique_ptr<ProjectStore> m_store;
    qint64 m_wholesale = 0;
};

void TestDataView::initTestCase() {
    m_store = ProjectStore::openInMemory();
    const ReadResult read = readTableFile(wholesalePath());
    QVERIFY(read.ok());
    m_wholesale = DatasetRepository(*m_store).add(QStringLiteral("wholesale"), wholesalePath(), {}, read.data,
                                                  read.sourceLines, {});
}

QList<qint64> TestDataView::shownRows(const DataView& view) const {
    QList<qint64> rows;
    const QAbstractItemModel* model = view.model();
    for (int row = 0; row < model->rowCount(); ++row)
        rows << model->headerData(row, Qt::Vertical).toLongLong();
    return rows;
}

void TestDataView::showsStoredRows() {
    DataView view;
    view.resize(1100, 600);
    view.setDataset(m_store.get(), m_wholesale);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.model()->rowCount(), 440);
    QCOMPARE(view.model()->columnCount(), 8);
    QCOMPARE(view.model()->headerData(2, Qt::Horizontal).toString(), QStringLiteral("Fresh"));
    QCOMPARE(view.model()->headerData(0, Qt::Vertical).toLongLong(), 1);
    // Row 1 of the file: 2,3,12669,9656,7561,214,2674,1338.
    QCOMPARE(view.model()->data(view.model()->index(0, 2)).toString(), QStringLiteral("12669"));
    // Row 440, the file's last line: 1,3,2787,1698,2510,65,477,52.
    QCOMPARE(view.model()->data(view.model()->index(439, 7)).toString(), QStringLiteral("52"));
    QCOMPARE(view.findChild<QLabel*>(QStringLiteral("rowsLabel"))->text(), QStringLiteral("440 rows"));
    table(view)->setCurrentIndex(view.model()->index(0, 4)); // Grocery
    QLabel* skewness = nullptr;
    QTRY_VERIFY((skewness = view.findChild<QLabel*>(QStringLiteral("skewnessValue"))) &&
                skewness->isVisible());
    QVERIFY(test::saveScreenshot(&view, QStringLiteral("data_view.png")));
}

void TestDataView::sortsLikePandas() {
    const QJsonValue expected = pandas(
        wholesalePath(),
        QStringLiteral(
            "print(json.dumps({c: [list(df.sort_values(c, ascending=a, kind='stable').index + 1) for a in "
            "(True, False)] for c in df.columns}, default=int))"));
    if (expected.isUndefined())
        QSKIP("Debian's /usr/bin/python3 with pandas is needed for the reference order");
    DataView view;
    view.resize(1100, 600);
    view.setDataset(m_store.get(), m_wholesale);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QHeaderView* header = table(view)->horizontalHeader();
    for (int column = 0; column < view.model()->columnCount(); ++column) {
        const QString name = view.model()->headerData(column, Qt::Horizontal).toString();
        const QJsonArray orders = expected.toObject().value(name).toArray();
        // A click on the header sorts ascending, a second one descending.
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                          QPoint(header->sectionViewportPosition(column) + header->sectionSize(column) / 2,
                                 header->height() / 2));
        if (header->sortIndicatorOrder() != Qt::AscendingOrder)
            table(view)->sortByColumn(column, Qt::AscendingOrder);
        QCOMPARE(shownRows(view), numbers(orders.at(0)));
        table(view)->sortByColumn(column, Qt::DescendingOrder);
        QCOMPARE(shownRows(view), numbers(orders.at(1)));
    }
}

void TestDataView::filtersLikePandas() {
    const QJsonValue expected = pandas(
        wholesalePath(),
        QStringLiteral(
            "text = df.astype(str).apply(lambda c: c.str.contains('12')).any(axis=1)\n"
            "print(json.dumps({'text': list(df.index[text] + 1), 'fresh': list(df.index[df.Fresh.astype(str)"
            ".str.contains('12')] + 1), 'region': list(df.index[df.Region == 3] + 1),"
            "'milk': list(df.index[df.Milk > 10000.5] + 1), 'both': list(df.index[text & (df.Channel == 2)] "
            "+ 1) + list(df.index[text & (df.Channel == 1)] + 1)},"
            " default=int))"));
    if (expected.isUndefined())
        QSKIP("Debian's /usr/bin/python3 with pandas is needed for the reference rows");
    const QJsonObject rows = expected.toObject();
    DataView view;
    view.setDataset(m_store.get(), m_wholesale);
    auto* edit = view.findChild<QLineEdit*>(QStringLiteral("filterEdit"));
    auto* column = view.findChild<QComboBox*>(QStringLiteral("filterColumnCombo"));

    edit->setText(QStringLiteral("12"));
    QTRY_COMPARE(shownRows(view), numbers(rows.value(QStringLiteral("text"))));
    QCOMPARE(view.findChild<QLabel*>(QStringLiteral("rowsLabel"))->text(),
             QStringLiteral("%1 of 440 rows").arg(rows.value(QStringLiteral("text")).toArray().size()));
    column->setCurrentIndex(column->findText(QStringLiteral("Fresh")));
    QTRY_COMPARE(shownRows(view), numbers(rows.value(QStringLiteral("fresh"))));

    column->setCurrentIndex(column->findText(QStringLiteral("Region")));
    edit->setText(QStringLiteral("= 3"));
    QTRY_COMPARE(shownRows(view), numbers(rows.value(QStringLiteral("region"))));
    column->setCurrentIndex(column->findText(QStringLiteral("Milk")));
    edit->setText(QStringLiteral(">10000.5"));
    QTRY_COMPARE(shownRows(view), numbers(rows.value(QStringLiteral("milk"))));
    edit->setText(QStringLiteral("> lots"));
    QTRY_VERIFY(
        view.findChild<QLabel*>(QStringLiteral("problemLabel"))->text().contains(QStringLiteral("lots")));

    // The filter and the sort work together: rows containing "12", Channel 2 first, each channel in row
    // order.
    column->setCurrentIndex(0);
    edit->setText(QStringLiteral("12"));
    QTRY_COMPARE(shownRows(view), numbers(rows.value(QStringLiteral("text"))));
    table(view)->sortByColumn(0, Qt::DescendingOrder);
    QCOMPARE(shownRows(view), numbers(rows.value(QStringLiteral("both"))));
    edit->clear();
    QTRY_COMPARE(view.model()->rowCount(), 440);
}

void TestDataView::showsOnlyChosenRows() {
    DataView view;
    view.setDataset(m_store.get(), m_wholesale);
    view.showRows({10, 1, 440});
    QCOMPARE(shownRows(view), (QList<qint64>{1, 10, 440}));
    QCOMPARE(view.model()->data(view.model()->index(2, 7)).toString(), QStringLiteral("52"));
    table(view)->sortByColumn(2, Qt::DescendingOrder); // Fresh: 12669 (1), 6006 (10), 2787 (440)
    QCOMPARE(shownRows(view), (QList<qint64>{1, 10, 440}));
    table(view)->sortByColumn(2, Qt::AscendingOrder);
    QCOMPARE(shownRows(view), (QList<qint64>{440, 10, 1}));
    view.showRows({});
    QCOMPARE(view.model()->rowCount(), 440);
}

void TestDataView::columnPanelMatchesPandas() {
    const QJsonValue expected = pandas(
        wholesalePath(),
        QStringLiteral("print(json.dumps({c: [float(df[c].skew()), float(df[c].mean()), float(df[c].std()), "
                       "int(df[c].nunique()), [int(x) for x in __import__('numpy').histogram(df[c], 20)[0]]] "
                       "for c in df.columns}))"));
    if (expected.isUndefined())
        QSKIP("Debian's /usr/bin/python3 with pandas is needed for the reference statistics");
    DataView view;
    view.setDataset(m_store.get(), m_wholesale);
    const auto* panel = view.findChild<ColumnPanel*>(QStringLiteral("columnPanel"));
    for (int column = 0; column < view.model()->columnCount(); ++column) {
        const QString name = view.model()->headerData(column, Qt::Horizontal).toString();
        const QJsonArray reference = expected.toObject().value(name).toArray();
        table(view)->setCurrentIndex(view.model()->index(3, column));
        const ColumnStats& stats = panel->stats();
        QCOMPARE(stats.count, 440);
        QCOMPARE(stats.missing, 0);
        const double skew = reference.at(0).toDouble();
        QVERIFY2(std::abs(stats.skewness - skew) <= 1e-12 * std::abs(skew),
                 qPrintable(QStringLiteral("%1: skewness %2, pandas %3")
                                .arg(name)
                                .arg(stats.skewness, 0, 'g', 17)
                                .arg(skew, 0, 'g', 17)));
        QVERIFY(test::relativeDiff(stats.mean, reference.at(1).toDouble()) < 1e-12);
        QVERIFY(test::relativeDiff(stats.standardDeviation, reference.at(2).toDouble()) < 1e-12);
        QCOMPARE(stats.distinct, reference.at(3).toInteger());
        qint64 total = 0;
        for (const auto& bar : stats.bars)
            total += bar.second;
        QCOMPARE(total, 440);
        if (stats.distinct > ColumnStats::kMaxBars) { // equal-width bins as numpy.histogram
            QCOMPARE(stats.bars.size(), ColumnStats::kBins);
            for (int bin = 0; bin < ColumnStats::kBins; ++bin)
                QCOMPARE(stats.bars.at(bin).second, reference.at(4).toArray().at(bin).toInteger());
        }
    }
    // The skewness shown is the selected column's, here the last one.
    QCOMPARE(view.findChild<QLabel*>(QStringLiteral("skewnessValue"))->text(),
             QLocale().toString(
                 expected.toObject().value(QStringLiteral("Delicassen")).toArray().at(0).toDouble(), 'g', 6));
    QVERIFY(std::isnan(sampleSkewness(std::vector<double>{1.0, 2.0})));
    QCOMPARE(sampleSkewness(std::vector<double>{4.0, 4.0, 4.0, 4.0}), 0.0);
}

void TestDataView::countsMissingCells() {
    const QString path = test::sourcePath(QStringLiteral("tests/fixtures/csv/missing.csv"));
    const ReadResult read = readTableFile(path);
    QVERIFY(read.ok());
    const qint64 id =
        DatasetRepository(*m_store).add(QStringLiteral("missing"), path, {}, read.data, read.sourceLines, {});
    const QJsonValue expected = pandas(
        path,
        QStringLiteral("df = pd.read_csv(sys.argv[1], na_values=['-'])  # the reader's markers include '-'\n"
                       "print(json.dumps({c: int(df[c].isna().sum()) for c in df.columns}))"));
    if (expected.isUndefined())
        QSKIP("Debian's /usr/bin/python3 with pandas is needed for the reference counts");
    DataView view;
    view.setDataset(m_store.get(), id);
    const auto* panel = view.findChild<ColumnPanel*>(QStringLiteral("columnPanel"));
    for (int column = 0; column < view.model()->columnCount(); ++column) {
        table(view)->setCurrentIndex(view.model()->index(0, column));
        const QString name = view.model()->headerData(column, Qt::Horizontal).toString();
        QCOMPARE(panel->stats().missing, expected.toObject().value(name).toInteger());
        QCOMPARE(panel->stats().count + panel->stats().missing, view.model()->rowCount());
    }
}

void TestDataView::millionRowsAreReadInPages() {
    Matrix values(kMillion, 3);
    for (Index r = 0; r < kMillion; ++r) {
        values(r, 0) = double(r + 1);
        values(r, 1) = double((r * 7919) % 1000) / 8.0;
        values(r, 2) = double(r % 3);
    }
    values(5, 1) = std::numeric_limits<double>::quiet_NaN();
    QList<ColumnInfo> columns{{QStringLiteral("id"), ColumnKind::Identifier, ColumnRole::Identifier},
                              {QStringLiteral("spend"), ColumnKind::Numeric, ColumnRole::Feature},
                              {QStringLiteral("tier"),
                               ColumnKind::Categorical,
                               ColumnRole::Feature,
                               {QStringLiteral("gold"), QStringLiteral("silver"), QStringLiteral("bronze")}}};
    const qint64 id = DatasetRepository(*m_store).add(QStringLiteral("million"), QStringLiteral("generated"),
                                                      {}, DataMatrix(std::move(values), columns), {}, {});
    DataView view;
    view.resize(900, 500);
    QElapsedTimer timer;
    timer.start();
    view.setDataset(m_store.get(), id);
    view.show();
    DataTableModel* model = view.model();
    QCOMPARE(model->rowCount(), 1'000'000);
    const qint64 readsToShow = model->pageReads();
    QVERIFY2(readsToShow <= 8, qPrintable(QString::number(readsToShow)));
    QCOMPARE(model->data(model->index(999'999, 0)).toString(), QStringLiteral("1000000"));
    QCOMPARE(model->data(model->index(999'999, 1)).toString(),
             QString::number(double((999'999LL * 7919) % 1000) / 8.0));
    QCOMPARE(model->data(model->index(999'999, 2)).toString(), QStringLiteral("gold"));
    QCOMPARE(model->data(model->index(5, 1)).toString(), QString());
    QVERIFY(model->pageReads() <= readsToShow + 2); // at most the last page, then the first again
    // Scrolling through the middle reads the pages on screen only.
    QScrollBar* scroll = table(view)->verticalScrollBar();
    const qint64 before = model->pageReads();
    for (int step = 1; step <= 10; ++step) {
        scroll->setValue(scroll->maximum() / 10 * step);
        QVERIFY(view.grab().width() > 0);
    }
    QVERIFY2(model->pageReads() - before <= 20, qPrintable(QString::number(model->pageReads() - before)));
    QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
    test::saveScreenshot(&view, QStringLiteral("data_view_million.png"));

    // Sorted and filtered in SQL.
    table(view)->sortByColumn(0, Qt::DescendingOrder);
    QCOMPARE(model->data(model->index(0, 0)).toString(), QStringLiteral("1000000"));
    QCOMPARE(model->headerData(0, Qt::Vertical).toLongLong(), 1'000'000);
    auto* column = view.findChild<QComboBox*>(QStringLiteral("filterColumnCombo"));
    column->setCurrentIndex(column->findText(QStringLiteral("id")));
    view.findChild<QLineEdit*>(QStringLiteral("filterEdit"))->setText(QStringLiteral("> 999990"));
    QTRY_COMPARE(model->rowCount(), 10);
    QCOMPARE(model->data(model->index(9, 0)).toString(), QStringLiteral("999991"));
}

void TestDataView::nullStoreShowsNothing() {
    DataView view;
    view.setDataset(m_store.get(), m_wholesale);
    view.setDataset(nullptr, 0);
    QCOMPARE(view.model()->rowCount(), 0);
    QCOMPARE(view.model()->columnCount(), 0);
    view.setDataset(m_store.get(), 9999); // unknown: nothing, with the reason
    QCOMPARE(view.model()->rowCount(), 0);
    QVERIFY(!view.findChild<QLabel*>(QStringLiteral("problemLabel"))->text().isEmpty());
}

QTEST_MAIN(TestDataView)
#include "TestDataView.moc"
