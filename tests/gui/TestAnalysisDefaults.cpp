// The analysis form's defaults on customer tables as people save them: the form ticks what
// `segmenta-cli analyze FILE` would use, leaves the rest unticked (or greyed) with the reason in a tooltip,
// and "Run Analysis" with nothing changed goes through.
#include "core/FeatureSelection.h"
#include "gui/AnalysisForm.h"
#include "gui/AnalysisSession.h"
#include "gui/MainWindow.h"
#include "gui/Project.h"
#include "gui/ProjectController.h"
#include "gui/TaskRunner.h"
#include "gui/Workspace.h"
#include "io/TableReader.h"
#include "store/DatasetRepository.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QWheelEvent>

#include "GuiTestSupport.h"
#include "TestSupport.h"

using namespace segmenta;

namespace {

const QString kRealData = QStringLiteral(SEGMENTA_SOURCE_DIR "/../shared/data/real");

/// The form's row of `column`, or -1.
int rowOf(QTableWidget* table, const QString& column) {
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, 0) && table->item(r, 0)->text() == column)
            return r;
    return -1;
}

} // namespace

class TestAnalysisDefaults : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void formDefaultsAnalyse_data();
    void formDefaultsAnalyse();
    void wheelOverTheTableDoesNotChangeASetting();
};

void TestAnalysisDefaults::initTestCase() {
    test::isolateSettings();
}

void TestAnalysisDefaults::formDefaultsAnalyse_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("shot");
    QTest::newRow("messy table by pandas")
        << test::sourcePath(QStringLiteral("tests/fixtures/data/defaults_messy.csv"))
        << QStringLiteral("defaults-messy-form.png");
    if (!QDir(kRealData).exists())
        return;
    for (const char* name :
         {"mall_customers.csv", "marketing_campaign_tab.csv", "wholesale_missing_values.csv",
          "wholesale_missing_cells.xlsx", "wholesale_accented_header.ods", "food_delivery_customers.ods"})
        QTest::newRow(name) << kRealData + QLatin1Char('/') + QLatin1String(name)
                            << (QLatin1String(name) == QLatin1String("marketing_campaign_tab.csv")
                                    ? QStringLiteral("marketing-analysis-form.png")
                                    : QString());
}

void TestAnalysisDefaults::formDefaultsAnalyse() {
    QFETCH(QString, file);
    QFETCH(QString, shot);
    const ReadResult read = readTableFile(file);
    QVERIFY2(read.errors.isEmpty(), qPrintable(file));
    MainWindow window;
    QVERIFY(test::showWindow(window));
    window.projects().newProject();
    Project* project = window.projects().project();
    QVERIFY(project);
    const qint64 dataset =
        DatasetRepository(project->store())
            .add(QStringLiteral("Customers"), file, QByteArray(32, '\0'), read.data, {}, {});
    window.session().addDataset(dataset);
    window.session().setDataset(dataset);
    window.workspace()->setCurrentIndex(Workspace::AnalysisTab);
    AnalysisForm* form = window.workspace()->analysisForm();
    auto* table = form->findChild<QTableWidget*>(QStringLiteral("featureTable"));
    QVERIFY(table);

    // Ticked exactly as the command line's defaults; every other column shown with its reason.
    const FeatureSelection defaults = selectFeatures(read.data, {});
    QStringList ticked;
    for (const FeatureStep& step : form->settings().recipe.numeric)
        ticked << step.column;
    QCOMPARE(ticked, defaults.numeric);
    QVERIFY(form->settings().recipe.categorical.isEmpty());
    for (const ExcludedColumn& excluded : defaults.excluded) {
        const int row = rowOf(table, excluded.column);
        QVERIFY2(row >= 0, qPrintable(excluded.column));
        QVERIFY2(table->item(row, 0)->toolTip().contains(ExclusionText::explain(read.data, excluded, false)),
                 qPrintable(excluded.column + QStringLiteral(": ") + table->item(row, 0)->toolTip()));
        QVERIFY(table->item(row, 0)->checkState() != Qt::Checked);
    }
    if (!shot.isEmpty())
        QVERIFY(test::saveScreenshot(&window, shot));

    QVERIFY(form->problem().isEmpty());
    QTest::mouseClick(form->findChild<QPushButton*>(QStringLiteral("runButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!window.runner().isBusy(), 120000);
    QVERIFY2(window.session().result(), qPrintable(file));
    const auto result = window.session().result();
    QVERIFY(result->prepared.features.rows() >= 0.9 * read.data.rows());
    for (const KScore& score : result->sweep.scores)
        QVERIFY2(std::isfinite(score.inertia) && std::isfinite(score.calinskiHarabasz) &&
                     std::isfinite(score.daviesBouldin),
                 qPrintable(QStringLiteral("K = %1").arg(score.k)));
}

// A wheel turned while the pointer crosses a combo box of the feature table scrolls the table; the combo
// changes only once the user has clicked into it.
void TestAnalysisDefaults::wheelOverTheTableDoesNotChangeASetting() {
    MainWindow window;
    QVERIFY(test::showWindow(window));
    QVERIFY(test::openSampleAndWait(window));
    window.workspace()->setCurrentIndex(Workspace::AnalysisTab);
    auto* table =
        window.workspace()->analysisForm()->findChild<QTableWidget*>(QStringLiteral("featureTable"));
    QComboBox* transform = nullptr;
    for (int r = 0; r < table->rowCount() && !transform; ++r)
        transform = qobject_cast<QComboBox*>(table->cellWidget(r, 3));
    QVERIFY(transform);
    const int before = transform->currentIndex();
    const auto turn = [&] {
        const QPointF centre = QPointF(transform->rect().center());
        QWheelEvent wheel(centre, transform->mapToGlobal(centre), QPoint(), QPoint(0, -120), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(transform, &wheel);
    };
    table->setFocus();
    turn();
    QCOMPARE(transform->currentIndex(), before);
    transform->setFocus();
    QTRY_VERIFY(transform->hasFocus());
    turn();
    QVERIFY(transform->currentIndex() != before);
}

QTEST_MAIN(TestAnalysisDefaults)
#include "TestAnalysisDefaults.moc"
