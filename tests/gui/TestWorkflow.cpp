#include "core/AnalysisSettingsJson.h"
#include "gui/AnalysisForm.h"
#include "gui/AnalysisSession.h"
#include "gui/ChartView.h"
#include "gui/ComparisonDialog.h"
#include "gui/DataTableModel.h"
#include "gui/DataView.h"
#include "gui/KSelectionView.h"
#include "gui/MainWindow.h"
#include "gui/ProfilesView.h"
#include "gui/Project.h"
#include "gui/ProjectController.h"
#include "gui/ProjectNavigator.h"
#include "gui/RunComparison.h"
#include "gui/SegmentCard.h"
#include "gui/SegmentCardsView.h"
#include "gui/SegmentMapView.h"
#include "gui/SilhouetteView.h"
#include "gui/TaskProgress.h"
#include "gui/TaskRunner.h"
#include "gui/WelcomePage.h"
#include "gui/Workspace.h"
#include "store/AuditLog.h"
#include "store/DatasetRepository.h"
#include "store/RunRepository.h"

#include <QAreaSeries>
#include <QBarSeries>
#include <QBarSet>
#include <QBoxPlotSeries>
#include <QCategoryAxis>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScatterSeries>
#include <QSpinBox>
#include <QStackedBarSeries>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>

#include <random>

#include <sys/stat.h>

#include "GuiTestSupport.h"
#include "TestSupport.h"

using namespace segmenta;

namespace {

const QStringList kSpending{QStringLiteral("Fresh"),
                            QStringLiteral("Milk"),
                            QStringLiteral("Grocery"),
                            QStringLiteral("Frozen"),
                            QStringLiteral("Detergents_Paper"),
                            QStringLiteral("Delicassen")};

template <class Series> QList<Series*> seriesOf(const ChartView* view) {
    QList<Series*> found;
    for (QAbstractSeries* series : view->chart()->series())
        if (auto* typed = qobject_cast<Series*>(series))
            found << typed;
    return found;
}

/// The scikit-learn partition of the sample (log1p, standardised) at K = k, from the committed reference.
Labels scikitLabels(int k) {
    const QJsonObject ref = test::loadReference(QStringLiteral("cli_wholesale_log1p.json"));
    for (const QJsonValue& value : ref.value(QStringLiteral("sweep")).toArray())
        if (value.toObject().value(QStringLiteral("k")).toInt() == k)
            return test::labelsFromJson(value.toObject().value(QStringLiteral("labels")));
    return {};
}

void clickTableRow(QTableWidget* table, int row) {
    const QRect cell = table->visualItemRect(table->item(row, 0));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
}

/// File names of the workspace's tabs' screenshots, in tab order.
const QStringList kTabShots{QStringLiteral("data-view"),    QStringLiteral("analysis-form"),
                            QStringLiteral("k-selection"),  QStringLiteral("segment-map"),
                            QStringLiteral("profiles"),     QStringLiteral("silhouette"),
                            QStringLiteral("segment-cards")};

} // namespace

class TestWorkflow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void sampleFormRunChooseKRenameSaveReopen();
    void cancelLongRunLeavesProjectUnchanged();
    void compareTwoRuns();
    void adjustedRandAsScikitLearn();
    void mapAxesFollowTheRunShown();
};

void TestWorkflow::initTestCase() {
    test::isolateSettings();
}

void TestWorkflow::sampleFormRunChooseKRenameSaveReopen() {
    MainWindow window;
    QVERIFY(test::showWindow(window));
    QVERIFY(test::saveScreenshot(&window, QStringLiteral("welcome.png")));

    // The sample: imported into an untitled in-memory project and analysed at once, leaving nothing unsaved.
    QVERIFY(test::openSampleAndWait(window));
    AnalysisSession& session = window.session();
    Project* project = window.projects().project();
    QVERIFY(project && project->isUntitled());
    QCOMPARE(session.datasetName(), QStringLiteral("Wholesale customers"));
    QCOMPARE(session.data()->rows(), Index(440));
    QCOMPARE(toJson(session.settings()), toJson(ProjectController::sampleSettings()));
    QVERIFY(!project->hasUnsavedWork());
    const qint64 sampleRun = session.runId();
    // scikit-learn recommends nothing, but its silhouettes peak at K = 2 on these features (0.290 vs 0.259).
    QCOMPARE(session.result()->k, 2);
    QVERIFY2(test::partitionMismatch(session.result()->model().labels, scikitLabels(2)).isEmpty(),
             "the sample's K = 2 segments differ from scikit-learn's");

    // The analysis form: skewness as pandas computes it, log(1 + x) suggested for every spending column.
    Workspace* workspace = window.workspace();
    workspace->setCurrentIndex(Workspace::AnalysisTab);
    AnalysisForm* form = workspace->analysisForm();
    auto* features = form->findChild<QTableWidget*>(QStringLiteral("featureTable"));
    QVERIFY(features);
    const QMap<QString, double> pandasSkew{{QStringLiteral("Fresh"), 2.5613},
                                           {QStringLiteral("Milk"), 4.0538},
                                           {QStringLiteral("Grocery"), 3.5874},
                                           {QStringLiteral("Frozen"), 5.9080},
                                           {QStringLiteral("Detergents_Paper"), 3.6319},
                                           {QStringLiteral("Delicassen"), 11.1516}};
    int checkedColumns = 0;
    for (int row = 0; row < features->rowCount(); ++row) {
        const QString column = features->item(row, 0)->text();
        const bool checked = features->item(row, 0)->checkState() == Qt::Checked;
        checkedColumns += checked ? 1 : 0;
        if (!pandasSkew.contains(column)) {
            QVERIFY2(!checked, qPrintable(column + QStringLiteral(" (a category) is checked")));
            continue;
        }
        QVERIFY(checked);
        QCOMPARE(QLocale().toDouble(features->item(row, 1)->text()),
                 std::round(pandasSkew[column] * 100.0) / 100.0);
        auto* transform = qobject_cast<QComboBox*>(features->cellWidget(row, 3));
        QVERIFY(transform);
        QCOMPARE(transform->currentData().toInt(), int(Transform::Log1p));
    }
    QCOMPARE(checkedColumns, 6);

    // K 2..6 through the form: the largest K down four steps with the keyboard, then Run Analysis.
    auto* kMax = form->findChild<QSpinBox*>(QStringLiteral("kMaxSpin"));
    kMax->setFocus();
    for (int i = 0; i < 4; ++i)
        QTest::keyClick(kMax, Qt::Key_Down);
    QCOMPARE(kMax->value(), 6);
    QTest::mouseClick(form->findChild<QPushButton*>(QStringLiteral("runButton")), Qt::LeftButton);
    QVERIFY(window.runner().isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(session.runId() != sampleRun && !window.runner().isBusy(), 120000);

    // The stored run is the form's settings, and its result is exactly a direct runAnalysis() of them.
    const AnalysisSettings settings = form->settings();
    QCOMPARE(toJson(session.settings()), toJson(settings));
    QCOMPARE(settings.sweep.kMin, 2);
    QCOMPARE(settings.sweep.kMax, 6);
    const AnalysisResult direct = runAnalysis(*session.data(), settings);
    const auto shown = session.result();
    QCOMPARE(shown->k, direct.k);
    QCOMPARE(shown->sweep.scores.size(), std::size_t(5));
    for (const SweepModel& model : direct.sweep.models)
        QCOMPARE(shown->sweep.model(model.k).labels, model.labels);
    const qint64 formRun = session.runId();
    const StoredRun stored = RunRepository(project->store()).load(formRun);
    QCOMPARE(stored.model(shown->k).labels, direct.model().labels);

    for (int tab = Workspace::KSelectionTab; tab < Workspace::TabCount; ++tab) {
        workspace->setCurrentIndex(tab);
        QVERIFY(
            test::saveScreenshot(&window, QStringLiteral("%1-k%2.png").arg(kTabShots.at(tab)).arg(shown->k)));
    }

    // Another K by clicking its row in the scores table: every view follows.
    const int otherK = 4;
    KSelectionView* kView = workspace->kSelectionView();
    workspace->setCurrentIndex(Workspace::KSelectionTab);
    clickTableRow(kView->table(), otherK - 2);
    QTRY_VERIFY_WITH_TIMEOUT(session.result()->k == otherK && !window.runner().isBusy(), 60000);
    const auto atOther = session.result();
    const QStringList names = session.segmentNames();
    QCOMPARE(names.size(), otherK);
    QCOMPARE(kView->kCombo()->currentData().toInt(), otherK);
    QCOMPARE(seriesOf<QScatterSeries>(workspace->segmentMapView()->chartView()).size(), otherK);
    const QList<ChartView*> profileViews = workspace->profilesView()->chartViews();
    QCOMPARE(seriesOf<QBarSeries>(profileViews.at(0)).first()->count(), otherK);
    QCOMPARE(seriesOf<QBarSeries>(profileViews.at(1)).first()->count(), otherK);
    auto* heatmapSegments =
        qobject_cast<QCategoryAxis*>(profileViews.at(2)->chart()->axes(Qt::Vertical).first());
    QCOMPARE(heatmapSegments->count(), otherK);
    QCOMPARE(seriesOf<QBoxPlotSeries>(profileViews.at(3)).first()->count(), otherK);
    QCOMPARE(profileViews.size(), 6); // means, ratios, heatmap, box plots, Channel, Region
    for (int crosstab = 4; crosstab < 6; ++crosstab)
        QCOMPARE(seriesOf<QStackedBarSeries>(profileViews.at(crosstab)).first()->count(), otherK);
    QCOMPARE(seriesOf<QAreaSeries>(workspace->silhouetteView()->chartView()).size(), otherK);
    QCOMPARE(workspace->segmentCardsView()->cards().size(), otherK);
    QCOMPARE(session.silhouettes().size(), Index(440));
    // The K = 4 profiles are those runAnalysis() gives when K = 4 is chosen.
    AnalysisSettings chosen = settings;
    chosen.chosenK = otherK;
    const AnalysisResult directOther = runAnalysis(*session.data(), chosen);
    for (int s = 0; s < otherK; ++s) {
        QCOMPARE(atOther->profiles[std::size_t(s)].suggestedName,
                 directOther.profiles[std::size_t(s)].suggestedName);
        QCOMPARE(atOther->profiles[std::size_t(s)].size, directOther.profiles[std::size_t(s)].size);
    }
    QCOMPARE(atOther->crosstabs.size(), directOther.crosstabs.size());
    QCOMPARE(atOther->crosstabs[0].counts, directOther.crosstabs[0].counts);
    QVERIFY(window.navigator()->tree()->topLevelItem(0)->child(1)->text(0).contains(QStringLiteral("K = 4")));

    for (int tab = Workspace::DataTab; tab < Workspace::TabCount; ++tab) {
        workspace->setCurrentIndex(tab);
        QVERIFY(test::saveScreenshot(&window, QStringLiteral("%1.png").arg(kTabShots.at(tab))));
    }
    QTabWidget* profileTabs = workspace->profilesView()->tabs();
    workspace->setCurrentIndex(Workspace::ProfilesTab);
    for (int tab = 0; tab < profileTabs->count(); ++tab) {
        profileTabs->setCurrentIndex(tab);
        QVERIFY(test::saveScreenshot(&window, QStringLiteral("profiles-%1.png").arg(tab + 1)));
    }

    // Selecting on the map: a rectangle dragged over the whole plot in select mode takes every customer;
    // the right half (PC1 ≥ 0) takes exactly the customers whose first component is ≥ 0; Show in Data lists
    // them.
    SegmentMapView* map = workspace->segmentMapView();
    workspace->setCurrentIndex(Workspace::SegmentMapTab);
    ChartView* mapView = map->chartView();
    QTest::mouseClick(map->findChild<QToolButton*>(QStringLiteral("selectModeButton")), Qt::LeftButton);
    QCOMPARE(mapView->mode(), ChartView::Mode::Select);
    const QRectF plot = mapView->chart()->plotArea();
    const QPoint from = mapView->mapFromScene(mapView->chart()->mapToScene(plot.topLeft() + QPointF(1, 1)));
    const QPoint to = mapView->mapFromScene(mapView->chart()->mapToScene(plot.bottomRight() - QPointF(1, 1)));
    QTest::mousePress(mapView->viewport(), Qt::LeftButton, {}, from);
    QTest::mouseMove(mapView->viewport(), (from + to) / 2);
    QTest::mouseMove(mapView->viewport(), to);
    QTest::mouseRelease(mapView->viewport(), Qt::LeftButton, {}, to);
    QCOMPARE(map->selectedRows().size(), qsizetype(440));
    map->selectArea(QRectF(QPointF(0.0, -1e6), QPointF(1e6, 1e6)));
    QList<qint64> rightHalf;
    for (Index i = 0; i < atOther->pca.scores.rows(); ++i)
        if (atOther->pca.scores(i, 0) >= 0.0)
            rightHalf << qint64(atOther->prepared.rows[std::size_t(i)] +
                                1); // the sample's rows are numbered from 1
    QCOMPARE(map->selectedRows(), rightHalf);
    QTest::mouseClick(map->findChild<QPushButton*>(QStringLiteral("showSelectedButton")), Qt::LeftButton);
    QCOMPARE(workspace->currentIndex(), int(Workspace::DataTab));
    QTRY_COMPARE(workspace->dataView()->model()->rowCount(), int(rightHalf.size()));
    QVERIFY(test::saveScreenshot(&window, QStringLiteral("data-view-selection.png")));
    // Clicking a segment's legend entry hides it (its entry stays, to be clicked again); hidden customers
    // cannot be selected.
    QScatterSeries* first = seriesOf<QScatterSeries>(mapView).first();
    QLegendMarker* marker = mapView->chart()->legend()->markers(first).first();
    emit marker->clicked();
    QVERIFY(!first->isVisible());
    QVERIFY(marker->isVisible());
    map->selectArea(QRectF(QPointF(-1e6, -1e6), QPointF(1e6, 1e6)));
    QCOMPARE(map->selectedRows().size(), qsizetype(440 - atOther->model().sizes[0]));
    emit marker->clicked();
    QVERIFY(first->isVisible());
    map->selectArea(QRectF()); // nothing selected: the data view shows everyone again
    QTRY_COMPARE(workspace->dataView()->model()->rowCount(), 440);

    // A rename on a segment card: every figure and the project use the name, and the notes are kept.
    workspace->setCurrentIndex(Workspace::SegmentsTab);
    SegmentCard* card = workspace->segmentCardsView()->cards().first();
    const QString name = QStringLiteral("Hotels & restaurants");
    test::typeInto(card->nameEdit(), name);
    QTRY_COMPARE(session.segmentNames().first(), name);
    card->notesEdit()->setFocus();
    QTest::keyClicks(card->notesEdit(), QStringLiteral("Offer volume discounts"));
    QTRY_COMPARE_WITH_TIMEOUT(session.segmentNotes(0), QStringLiteral("Offer volume discounts"), 5000);
    QCOMPARE(seriesOf<QScatterSeries>(workspace->segmentMapView()->chartView()).first()->name(), name);
    QCOMPARE(seriesOf<QBarSeries>(workspace->profilesView()->chartViews().at(0))
                 .first()
                 ->barSets()
                 .first()
                 ->label(),
             name);
    QCOMPARE(seriesOf<QAreaSeries>(workspace->silhouetteView()->chartView()).first()->name(), name);
    const QList<StoredSegment> segments = RunRepository(project->store()).load(formRun).segments;
    const auto renamed = std::find_if(segments.begin(), segments.end(), [&](const StoredSegment& s) {
        return s.k == otherK && s.segment == 0;
    });
    QVERIFY(renamed != segments.end());
    QCOMPARE(renamed->name, name);
    QCOMPARE(renamed->notes, QStringLiteral("Offer volume discounts"));
    QVERIFY(project->hasUnsavedWork());
    QVERIFY(window.isWindowModified());
    QVERIFY(test::saveScreenshot(&window, QStringLiteral("segment-cards-renamed.png")));

    // Save As, close, reopen from the recent projects on the welcome page.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("workflow.segmenta"));
    const mode_t umaskBefore = ::umask(022);
    QVERIFY(window.projects().saveAs(path));
    ::umask(umaskBefore);
    // Customer data: the saved project is readable by its owner only.
    QCOMPARE(QFileInfo(path).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
    QVERIFY(!window.projects().project()->hasUnsavedWork());
    QVERIFY(window.windowTitle().startsWith(QStringLiteral("workflow.segmenta")));
    const QList<RunInfo> runsBefore =
        RunRepository(window.projects().project()->store()).list(session.datasetId());
    window.projects().closeProject();
    QVERIFY(!window.projects().project());
    QVERIFY(window.welcomePage()->isVisible());
    auto* recent = window.welcomePage()->findChild<QListWidget*>(QStringLiteral("recentList"));
    QCOMPARE(recent->count(), 1);
    QCOMPARE(recent->item(0)->data(Qt::UserRole).toString(), QFileInfo(path).absoluteFilePath());
    QTest::mouseClick(recent->viewport(), Qt::LeftButton, {},
                      recent->visualItemRect(recent->item(0)).center());
    QTRY_VERIFY_WITH_TIMEOUT(session.result() && !window.runner().isBusy(), 60000);

    QCOMPARE(window.projects().project()->path(), QFileInfo(path).absoluteFilePath());
    const QList<RunInfo> runsAfter =
        RunRepository(window.projects().project()->store()).list(session.datasetId());
    QCOMPARE(runsAfter.size(), 2);
    for (int i = 0; i < runsAfter.size(); ++i) {
        QCOMPARE(runsAfter[i].id, runsBefore[i].id);
        QCOMPARE(runsAfter[i].parameters, runsBefore[i].parameters);
    }
    // The run's K in the project itself, so segmenta-cli report describes the K the analyst chose.
    const StoredRun reopened = RunRepository(window.projects().project()->store()).load(formRun);
    QCOMPARE(reopened.info.chosenK, otherK);
    QCOMPARE(reopened.model(otherK).labels, atOther->model().labels);
    QCOMPARE(session.runId(), formRun);
    QCOMPARE(session.result()->k, otherK);
    QCOMPARE(session.result()->model().labels, atOther->model().labels);
    QStringList expectedNames = names;
    expectedNames[0] = name;
    QCOMPARE(session.segmentNames(), expectedNames);
    QCOMPARE(session.segmentNotes(0), QStringLiteral("Offer volume discounts"));
    QCOMPARE(seriesOf<QScatterSeries>(workspace->segmentMapView()->chartView()).first()->name(), name);
    QCOMPARE(workspace->segmentCardsView()->cards().first()->nameEdit()->text(), name);
}

void TestWorkflow::cancelLongRunLeavesProjectUnchanged() {
    MainWindow window;
    QVERIFY(test::showWindow(window));
    window.projects().newProject();
    Project* project = window.projects().project();
    QVERIFY(project);

    // 200,000 synthetic customers with six skewed spending columns.
    constexpr Index rows = 200000;
    std::mt19937_64 random(7);
    std::lognormal_distribution<double> spend(8.0, 1.2);
    Matrix values(rows, 6);
    for (Index r = 0; r < rows; ++r)
        for (Index c = 0; c < 6; ++c)
            values(r, c) = std::round(spend(random));
    QList<ColumnInfo> columns;
    for (const QString& column : kSpending)
        columns << test::columnInfo(column, ColumnKind::Numeric, ColumnRole::Feature);
    const qint64 dataset = DatasetRepository(project->store())
                               .add(QStringLiteral("Synthetic"), QStringLiteral("test"), QByteArray(32, '\0'),
                                    DataMatrix(values, columns), {}, {});
    window.session().addDataset(dataset);
    const qsizetype auditBefore = AuditLog(project->store()).entries().size();

    window.workspace()->setCurrentIndex(Workspace::AnalysisTab);
    AnalysisForm* form = window.workspace()->analysisForm();
    QCOMPARE(form->settings().recipe.numeric.size(), qsizetype(6));
    QCOMPARE(form->settings().sweep.kMax, 10);
    int ticks = 0;
    QTimer heartbeat;
    connect(&heartbeat, &QTimer::timeout, [&] { ++ticks; });
    heartbeat.start(20);
    QElapsedTimer running;
    running.start();
    QTest::mouseClick(form->findChild<QPushButton*>(QStringLiteral("runButton")), Qt::LeftButton);
    QVERIFY(window.runner().isBusy());
    TaskProgress* progress = window.taskProgress();
    QTRY_VERIFY_WITH_TIMEOUT(progress->stage()->text().contains(QStringLiteral("restart")), 60000);
    QVERIFY(progress->isVisible());
    QVERIFY(test::saveScreenshot(&window, QStringLiteral("running.png")));

    QElapsedTimer cancelling;
    cancelling.start();
    QTest::mouseClick(progress->cancelButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!window.runner().isBusy(), 1000);
    QVERIFY2(cancelling.elapsed() < 1000, qPrintable(QString::number(cancelling.elapsed())));
    // The GUI thread kept its 20 ms timer going while the analysis ran: the window stayed responsive.
    const qint64 ranFor = running.elapsed();
    QVERIFY2(ticks >= ranFor / 20 / 3,
             qPrintable(QStringLiteral("%1 ticks in %2 ms").arg(ticks).arg(ranFor)));

    QVERIFY(RunRepository(project->store()).list(dataset).isEmpty());
    QCOMPARE(AuditLog(project->store()).entries().size(), auditBefore);
    QCOMPARE(window.session().runId(), qint64(0));
    QVERIFY(!window.session().result());
    QVERIFY(!progress->isVisible());
    QVERIFY(form->findChild<QPushButton*>(QStringLiteral("runButton"))->isEnabled());
}

void TestWorkflow::compareTwoRuns() {
    MainWindow window;
    QVERIFY(test::showWindow(window));
    QVERIFY(test::openSampleAndWait(window));
    const qint64 first = window.session().runId();

    // A second run: clip outliers to the Tukey fences in Fresh, K 2..5.
    window.workspace()->setCurrentIndex(Workspace::AnalysisTab);
    AnalysisForm* form = window.workspace()->analysisForm();
    auto* features = form->findChild<QTableWidget*>(QStringLiteral("featureTable"));
    for (int row = 0; row < features->rowCount(); ++row) {
        if (features->item(row, 0)->text() != QStringLiteral("Fresh"))
            continue;
        auto* outliers = qobject_cast<QComboBox*>(features->cellWidget(row, 4));
        QVERIFY(outliers);
        outliers->setCurrentIndex(outliers->findData(int(OutlierRule::ClipTukey)));
    }
    form->findChild<QSpinBox*>(QStringLiteral("kMaxSpin"))->setValue(5);
    QVERIFY(form->run());
    QTRY_VERIFY_WITH_TIMEOUT(window.session().runId() != first && !window.runner().isBusy(), 120000);
    const qint64 second = window.session().runId();

    QTreeWidget* tree = window.navigator()->tree();
    QTreeWidgetItem* dataset = tree->topLevelItem(0);
    QCOMPARE(dataset->childCount(), 2);
    tree->clearSelection();
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, Qt::ControlModifier,
                      tree->visualItemRect(dataset->child(0)).center());
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, Qt::ControlModifier,
                      tree->visualItemRect(dataset->child(1)).center());
    QCOMPARE(window.navigator()->selectedRuns(), (QList<qint64>{first, second}));
    QTest::mouseClick(window.navigator()->findChild<QPushButton*>(QStringLiteral("compareButton")),
                      Qt::LeftButton);
    ComparisonDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<ComparisonDialog*>()) && dialog->isVisible());
    auto* table = dialog->findChild<QTableWidget*>();
    QVERIFY(table);
    QMap<QString, int> rowOf;
    for (int row = 0; row < table->rowCount(); ++row)
        rowOf[table->verticalHeaderItem(row)->text()] = row;
    const auto cell = [&](const char* label, int column) {
        return table->item(rowOf.value(QString::fromUtf8(label)), column);
    };
    QCOMPARE(cell("K range", 0)->text(), QStringLiteral("2 to 10"));
    QCOMPARE(cell("K range", 1)->text(), QStringLiteral("2 to 5"));
    QVERIFY(cell("K range", 0)->font().bold());
    QVERIFY(cell("Features (transform, missing, outliers)", 1)
                ->text()
                .contains(QStringLiteral("Fresh (log1p, median, clip-tukey)")));
    QCOMPARE(cell("Seed", 0)->text(), cell("Seed", 1)->text());
    QVERIFY(!cell("Seed", 0)->font().bold());
    QVERIFY(test::saveScreenshot(dialog, QStringLiteral("compare-runs.png")));
}

void TestWorkflow::adjustedRandAsScikitLearn() {
    const auto model = [](const Labels& labels, qint64 firstRow) {
        StoredModel m;
        m.labels = labels;
        for (std::size_t i = 0; i < labels.size(); ++i)
            m.rowNumbers.push_back(firstRow + qint64(i));
        return m;
    };
    // sklearn.metrics.adjusted_rand_score of the same labelings.
    QCOMPARE(RunComparison::adjustedRand(model({0, 0, 1, 1, 2, 2, 2}, 1), model({1, 1, 0, 0, 2, 2, 2}, 1)),
             1.0);
    QVERIFY(std::abs(RunComparison::adjustedRand(model({0, 0, 0, 1, 1, 1}, 1), model({0, 0, 1, 1, 2, 2}, 1)) -
                     0.24242424242424243) < 1e-12);
    QVERIFY(std::abs(RunComparison::adjustedRand(model({0, 1, 2, 0, 1, 2, 0, 1}, 1),
                                                 model({0, 0, 0, 1, 1, 1, 2, 2}, 1)) +
                     0.3333333333333333) < 1e-12);
    // Only rows both runs kept count: the second run left out rows 1 and 2.
    QVERIFY(std::abs(RunComparison::adjustedRand(model({5, 5, 0, 0, 0, 1, 1, 1}, 1),
                                                 model({0, 0, 1, 1, 2, 2}, 3)) -
                     0.24242424242424243) < 1e-12);
    QVERIFY(std::isnan(RunComparison::adjustedRand(model({0, 1}, 1), model({0, 1}, 10))));
}

// The segment map's component pickers name the variance share of the run shown, not of the first run.
void TestWorkflow::mapAxesFollowTheRunShown() {
    MainWindow window;
    QVERIFY(test::showWindow(window));
    QVERIFY(test::openSampleAndWait(window));
    const auto xLabel = [&] {
        for (QComboBox* combo : window.workspace()->findChildren<QComboBox*>())
            if (combo->accessibleName() == QStringLiteral("Component on the horizontal axis"))
                return combo->currentText();
        return QString();
    };
    const auto expected = [&] {
        return QStringLiteral("PC1 (%1 %)")
            .arg(
                QLocale().toString(window.session().result()->pca.explainedVarianceRatio(0) * 100.0, 'f', 1));
    };
    window.workspace()->setCurrentIndex(Workspace::SegmentMapTab);
    QCOMPARE(xLabel(), expected());
    const QString first = xLabel();

    window.workspace()->setCurrentIndex(Workspace::AnalysisTab);
    AnalysisForm* form = window.workspace()->analysisForm();
    AnalysisSettings settings = form->settings();
    settings.recipe.numeric.removeLast(); // five spending columns: another PCA
    settings.recipe.numeric.removeLast();
    form->showSettings(settings);
    QVERIFY(form->run());
    QTRY_VERIFY_WITH_TIMEOUT(!window.runner().isBusy(), 60000);
    window.workspace()->setCurrentIndex(Workspace::SegmentMapTab);
    QCOMPARE(xLabel(), expected());
    QVERIFY(xLabel() != first);
}

QTEST_MAIN(TestWorkflow)
#include "TestWorkflow.moc"
