#include "gui/DataView.h"

#include "gui/ColumnPanel.h"
#include "gui/DataTableModel.h"
#include "store/DataPage.h"

#include <QHeaderView>
#include <QLocale>
#include <QRegularExpression>

#include "ui_DataView.h"

namespace segmenta {

namespace {

constexpr int kFilterDelayMs = 300;

Comparison comparisonOf(const QString& op) {
    static const QHash<QString, Comparison> comparisons{{QStringLiteral("<"), Comparison::Less},
                                                        {QStringLiteral("<="), Comparison::LessOrEqual},
                                                        {QStringLiteral("="), Comparison::Equal},
                                                        {QStringLiteral("=="), Comparison::Equal},
                                                        {QStringLiteral("!="), Comparison::NotEqual},
                                                        {QStringLiteral("<>"), Comparison::NotEqual},
                                                        {QStringLiteral(">="), Comparison::GreaterOrEqual},
                                                        {QStringLiteral(">"), Comparison::Greater}};
    return comparisons.value(op, Comparison::None);
}

} // namespace

DataView::DataView(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::DataView>())
    , m_model(new DataTableModel(this)) {
    m_ui->setupUi(this);
    m_ui->filterEdit->setPlaceholderText(
        tr("Text to find, or for a column of numbers a comparison such as > 1000"));
    m_ui->dataTable->setModel(m_model);
    QHeaderView* rows = m_ui->dataTable->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(m_ui->dataTable->fontMetrics().height() + 6);
    // Sorting starts unsorted (row-number order), not by the first column.
    m_ui->dataTable->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_ui->dataTable->setSortingEnabled(true);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 1);

    m_filterDelay.setSingleShot(true);
    m_filterDelay.setInterval(kFilterDelayMs);
    connect(&m_filterDelay, &QTimer::timeout, this, &DataView::applyFilter);
    connect(m_ui->filterEdit, &QLineEdit::textChanged, &m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_ui->filterColumnCombo, &QComboBox::currentIndexChanged, this, &DataView::applyFilter);
    connect(m_model, &DataTableModel::problem, m_ui->problemLabel, &QLabel::setText);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateRowsLabel();
        updateColumnPanel();
    });
    connect(m_ui->dataTable->selectionModel(), &QItemSelectionModel::currentColumnChanged, this,
            [this](const QModelIndex& current) {
                if (!current.isValid())
                    return; // the model was reset: the panel keeps its column
                m_panelColumn = current.column();
                updateColumnPanel();
            });
    setDataset(nullptr, 0);
}

DataView::~DataView() = default;

void DataView::setDataset(ProjectStore* store, qint64 datasetId) {
    m_rows.clear();
    m_panelColumn = -1;
    m_ui->problemLabel->clear();
    {
        const QSignalBlocker blocker(m_ui->filterColumnCombo);
        m_ui->filterColumnCombo->clear();
        m_ui->filterColumnCombo->addItem(tr("All columns"), -1);
        m_ui->filterEdit->clear();
        m_filterDelay.stop();
    }
    m_ui->dataTable->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_model->setDataset(store, datasetId);
    if (const DataPage* pages = m_model->pages())
        for (int c = 0; c < pages->columns().size(); ++c)
            m_ui->filterColumnCombo->addItem(pages->columns().at(c).name, c);
    m_ui->filterEdit->setEnabled(m_model->pages() != nullptr);
    m_ui->filterColumnCombo->setEnabled(m_model->pages() != nullptr);
    m_ui->dataTable->resizeColumnsToContents();
    // The width is measured on the first rows; numbers further down may have more digits.
    const int numberWidth = m_ui->dataTable->fontMetrics().horizontalAdvance(QStringLiteral("0000000.00"));
    for (int c = 0; c < m_model->columnCount(); ++c)
        if (!m_model->pages()->isText(c))
            m_ui->dataTable->setColumnWidth(c, std::max(m_ui->dataTable->columnWidth(c), numberWidth));
}

void DataView::showRows(const QList<qint64>& rowNumbers) {
    m_rows = rowNumbers;
    applyFilter();
}

void DataView::applyFilter() {
    m_filterDelay.stop();
    if (!m_model->pages())
        return;
    RowQuery query;
    if (!parseFilter(query))
        return;
    query.rowNumbers = m_rows;
    m_ui->problemLabel->clear();
    m_model->setFilter(query);
}

bool DataView::parseFilter(RowQuery& query) const {
    const QString text = m_ui->filterEdit->text().trimmed();
    query.column = m_ui->filterColumnCombo->currentData().toInt();
    if (text.isEmpty())
        return true;
    static const QRegularExpression comparison(QStringLiteral("^(<=|>=|<>|!=|==|<|>|=)\\s*(.+)$"));
    const QRegularExpressionMatch match = comparison.match(text);
    if (query.column < 0 || m_model->pages()->isText(query.column) || !match.hasMatch()) {
        query.text = text;
        return true;
    }
    bool ok = false;
    double value = match.captured(2).toDouble(&ok);
    if (!ok)
        value = QLocale().toDouble(match.captured(2), &ok);
    if (!ok) {
        m_ui->problemLabel->setText(tr("'%1' is not a number to compare with.").arg(match.captured(2)));
        return false;
    }
    query.comparison = comparisonOf(match.captured(1));
    query.value = value;
    return true;
}

void DataView::updateColumnPanel() {
    if (!m_model->pages() || m_panelColumn < 0) {
        m_ui->columnPanel->clear();
        return;
    }
    m_ui->columnPanel->showColumn(*m_model->pages(), m_panelColumn, m_model->query());
}

void DataView::updateRowsLabel() {
    const DataPage* pages = m_model->pages();
    if (!pages) {
        m_ui->rowsLabel->setText(tr("No dataset"));
        return;
    }
    const QLocale locale;
    m_ui->rowsLabel->setText(
        m_model->rowCount() == pages->rowCount()
            ? tr("%1 rows").arg(locale.toString(pages->rowCount()))
            : tr("%1 of %2 rows")
                  .arg(locale.toString(m_model->rowCount()), locale.toString(pages->rowCount())));
}

} // namespace segmenta
