#include "gui/ColumnPanel.h"

#include "core/ColumnText.h"
#include "store/DataPage.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>

namespace segmenta {

namespace {

/// More values than this are labelled at a slant, so that they fit under their bars.
constexpr int kUprightLabels = 8;

QString number(double value) {
    return std::isnan(value) ? QStringLiteral("–") : QLocale().toString(value, 'g', 6);
}

} // namespace

ColumnPanel::ColumnPanel(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_form(new QFormLayout)
    , m_chart(new QChart)
    , m_chartView(new QChartView(m_chart, this))
    , m_caption(new QLabel(this)) {
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 40);
    auto* layout = new QVBoxLayout(this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    layout->addWidget(m_title);
    layout->addLayout(m_form);
    m_chart->legend()->hide();
    m_chart->setMargins(QMargins(0, 0, 0, 0));
    m_chart->setBackgroundRoundness(0);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(200);
    layout->addWidget(m_chartView, 1);
    m_caption->setWordWrap(true);
    m_caption->setAlignment(Qt::AlignHCenter);
    layout->addWidget(m_caption);
    layout->addStretch(); // takes the room while no chart is shown
    clear();
}

void ColumnPanel::showColumn(const DataPage& pages, int column, const RowQuery& query) {
    const ColumnInfo& info = pages.columns().at(column);
    m_stats = pages.isText(column)
                  ? ColumnStats::ofTexts(pages.textCounts(column, query), pages.missingCount(column, query))
                  : ColumnStats::ofNumbers(pages.numbers(column, query));
    showStats(tr("%1 (%2, %3)")
                  .arg(info.name, ColumnText::kindName(info.kind).toLower(),
                       ColumnText::roleName(info.role).toLower()));
    showHistogram();
}

void ColumnPanel::clear() {
    m_stats = {};
    clearContents();
    m_title->setText(tr("Select a column to see its values."));
    m_chartView->hide();
}

void ColumnPanel::clearContents() {
    m_caption->clear();
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_chart->removeAllSeries();
    for (QAbstractAxis* axis : m_chart->axes()) {
        m_chart->removeAxis(axis); // gives up ownership without deleting
        delete axis;
    }
}

void ColumnPanel::showStats(const QString& title) {
    clearContents();
    m_title->setText(title);
    const auto add = [this](const QString& label, const QString& value, const char* name) {
        auto* field = new QLabel(value, this);
        field->setObjectName(QLatin1String(name));
        field->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_form->addRow(label, field);
    };
    const QLocale locale;
    add(tr("Values:"), locale.toString(m_stats.count), "countValue");
    add(tr("Missing:"), locale.toString(m_stats.missing), "missingValue");
    add(tr("Distinct:"), locale.toString(m_stats.distinct), "distinctValue");
    if (!m_stats.numeric)
        return;
    add(tr("Mean:"), number(m_stats.mean), "meanValue");
    add(tr("Standard deviation:"), number(m_stats.standardDeviation), "deviationValue");
    add(tr("Minimum:"), number(m_stats.minimum), "minimumValue");
    add(tr("Maximum:"), number(m_stats.maximum), "maximumValue");
    add(tr("Skewness:"), number(m_stats.skewness), "skewnessValue");
}

void ColumnPanel::showHistogram() {
    m_chartView->setVisible(!m_stats.bars.isEmpty());
    if (m_stats.bars.isEmpty())
        return;
    auto* set = new QBarSet(tr("Rows"));
    set->setColor(palette().color(QPalette::Highlight));
    set->setBorderColor(palette().color(QPalette::Highlight));
    QStringList labels;
    qint64 highest = 0;
    for (const auto& [label, count] : std::as_const(m_stats.bars)) {
        *set << double(count);
        labels << label;
        highest = std::max(highest, count);
    }
    auto* series = new QBarSeries;
    series->setBarWidth(0.9);
    series->append(set);
    m_chart->addSeries(series);
    auto* categories = new QBarCategoryAxis;
    categories->append(labels);
    if (m_stats.binned) { // 20 edges do not fit under the bars: the caption says where they are
        categories->setLabelsVisible(false);
        m_caption->setText(tr("Rows per bin: %1 equal bins from %2 to %3")
                               .arg(labels.size())
                               .arg(number(m_stats.minimum), number(m_stats.maximum)));
    } else if (labels.size() > kUprightLabels) {
        categories->setLabelsAngle(-60);
    }
    auto* counts = new QValueAxis;
    counts->setRange(0, double(highest));
    counts->setLabelFormat(QStringLiteral("%.0f"));
    counts->applyNiceNumbers();
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.8);
    categories->setLabelsFont(small);
    counts->setLabelsFont(small);
    m_chart->addAxis(categories, Qt::AlignBottom);
    m_chart->addAxis(counts, Qt::AlignLeft);
    series->attachAxis(categories);
    series->attachAxis(counts);
}

} // namespace segmenta
