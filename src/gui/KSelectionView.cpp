#include "gui/KSelectionView.h"

#include "charts/KSelectionChart.h"
#include "gui/AnalysisSession.h"
#include "gui/ChartView.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QSplitter>
#include <QTableWidget>

#include <algorithm>
#include <cmath>

namespace segmenta {

namespace {
constexpr int kMaxTableHeight = 320;
enum Column { KColumn, InertiaColumn, SilhouetteColumn, ChColumn, DbColumn, SmallestColumn, ColumnCount };
} // namespace

KSelectionView::KSelectionView(AnalysisSession& session, QWidget* parent)
    : ResultView(session, tr("Run an analysis (Analysis tab) to compare the numbers of segments."), parent)
    , m_kCombo(new QComboBox)
    , m_reason(new QLabel)
    , m_chart(new ChartView)
    , m_table(new QTableWidget(0, ColumnCount)) {
    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    auto* top = new QHBoxLayout;
    auto* label = new QLabel(tr("Number of &segments shown:"));
    label->setBuddy(m_kCombo);
    m_kCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_kCombo->setAccessibleName(tr("Number of segments shown"));
    m_kCombo->setToolTip(tr("Every view shows the segments of this K. Clicking a curve or a row of the table "
                            "also chooses K."));
    top->addWidget(label);
    top->addWidget(m_kCombo);
    top->addSpacing(12);
    m_reason->setWordWrap(true);
    m_reason->setTextInteractionFlags(Qt::TextSelectableByMouse);
    top->addWidget(m_reason, 1);
    layout->addLayout(top);

    m_chart->setFileBaseName(QStringLiteral("choosing-k"));
    m_chart->setAccessibleName(tr("Scores against the number of segments"));
    m_table->setHorizontalHeaderLabels({tr("K"), tr("Inertia"), tr("Silhouette"), tr("Calinski–Harabasz"),
                                        tr("Davies–Bouldin"), tr("Smallest segment")});
    m_table->horizontalHeaderItem(InertiaColumn)
        ->setToolTip(tr("Within-segment sum of squares: look for the elbow"));
    m_table->horizontalHeaderItem(SilhouetteColumn)->setToolTip(tr("−1 to 1, higher is better"));
    m_table->horizontalHeaderItem(ChColumn)->setToolTip(tr("Higher is better"));
    m_table->horizontalHeaderItem(DbColumn)->setToolTip(tr("Lower is better"));
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Scores of every K"));
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_chart);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    layout->addWidget(splitter, 1);
    setContent(content);

    connect(m_kCombo, &QComboBox::activated, this,
            [this](int index) { choose(m_kCombo->itemData(index).toInt()); });
    connect(m_table, &QTableWidget::cellActivated, this,
            [this](int row, int) { choose(m_table->item(row, KColumn)->data(Qt::UserRole).toInt()); });
    connect(m_table, &QTableWidget::cellClicked, this,
            [this](int row, int) { choose(m_table->item(row, KColumn)->data(Qt::UserRole).toInt()); });
    connect(m_chart, &ChartView::message, this, &KSelectionView::message);
    refresh();
}

void KSelectionView::choose(int k) {
    if (!m_session.result() || k == m_session.result()->k)
        return;
    if (!m_session.chooseK(k)) {
        emit message(tr("Wait for the running task to finish, then choose K again."));
        refresh();
    }
}

void KSelectionView::rebuild() {
    const AnalysisResult& result = *m_session.result();
    const SweepResult& sweep = result.sweep;
    m_kCombo->clear();
    for (const KScore& score : sweep.scores) {
        QString text = QString::number(score.k);
        if (score.k == sweep.recommendation.k)
            text = tr("%1 (recommended)").arg(score.k);
        m_kCombo->addItem(text, score.k);
    }
    m_kCombo->setCurrentIndex(m_kCombo->findData(result.k));
    m_reason->setText(tr("<b>Recommended: K = %1.</b> %2")
                          .arg(sweep.recommendation.k)
                          .arg(sweep.recommendation.reason.toHtmlEscaped()));

    QChart* chart = KSelectionChart::create(sweep, result.k, ChartView::styleFor(this));
    m_chart->showChart(chart);
    for (QAbstractSeries* series : chart->series()) {
        auto* line = qobject_cast<QLineSeries*>(series);
        if (!line || line->points().size() != qsizetype(sweep.scores.size()))
            continue; // the guides
        connect(line, &QLineSeries::clicked, this,
                [this](const QPointF& point) { choose(int(std::lround(point.x()))); });
    }
    fillTable();
}

void KSelectionView::fillTable() {
    const AnalysisResult& result = *m_session.result();
    const SweepResult& sweep = result.sweep;
    const QLocale locale;
    m_table->setRowCount(int(sweep.scores.size()));
    const auto number = [&](double value, int decimals) {
        return std::isnan(value) ? tr("n/a") : locale.toString(value, 'f', decimals);
    };
    for (int row = 0; row < int(sweep.scores.size()); ++row) {
        const KScore& score = sweep.scores[std::size_t(row)];
        const bool recommended = score.k == sweep.recommendation.k;
        const QStringList cells{recommended ? tr("%1 ★").arg(score.k) : QString::number(score.k),
                                number(score.inertia, 1),
                                number(score.silhouette, 3),
                                number(score.calinskiHarabasz, 1),
                                number(score.daviesBouldin, 3),
                                tr("%1 %").arg(number(score.smallestShare * 100.0, 1))};
        for (int column = 0; column < ColumnCount; ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            item->setData(Qt::UserRole, score.k);
            if (recommended) {
                QFont font = item->font();
                font.setBold(true);
                item->setFont(font);
                item->setToolTip(sweep.recommendation.reason);
            }
            m_table->setItem(row, column, item);
        }
        if (score.k == result.k)
            m_table->selectRow(row);
    }
    // Every K's row in view, up to a third of a typical screen; the chart takes the rest.
    const int height = m_table->verticalHeader()->defaultSectionSize() * m_table->rowCount() +
                       m_table->horizontalHeader()->sizeHint().height() + 2 * m_table->frameWidth();
    m_table->setMinimumHeight(std::min(height, kMaxTableHeight));
    m_table->setMaximumHeight(height);
}

} // namespace segmenta
