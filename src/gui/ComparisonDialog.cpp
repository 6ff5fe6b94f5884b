#include "gui/ComparisonDialog.h"

#include "gui/RunComparison.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace segmenta {

ComparisonDialog::ComparisonDialog(const RunComparison& comparison, QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("Compare Runs"));
    auto* table = new QTableWidget(int(comparison.lines.size()), 2);
    auto* layout = new QVBoxLayout(this);
    table->setHorizontalHeaderLabels(
        {tr("Run %1").arg(comparison.firstRun), tr("Run %1").arg(comparison.secondRun)});
    QStringList labels;
    for (int row = 0; row < comparison.lines.size(); ++row) {
        const RunComparison::Line& line = comparison.lines.at(row);
        labels << line.label;
        for (int column = 0; column < 2; ++column) {
            auto* item = new QTableWidgetItem(column == 0 ? line.first : line.second);
            if (line.differs()) {
                QFont font = item->font();
                font.setBold(true);
                item->setFont(font);
                item->setToolTip(tr("The two runs differ here"));
            }
            table->setItem(row, column, item);
        }
    }
    table->setVerticalHeaderLabels(labels);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->setWordWrap(true);
    table->setAccessibleName(tr("Settings and scores of the two runs"));
    layout->addWidget(table);
    auto* agreement = new QLabel(comparison.agreement);
    agreement->setWordWrap(true);
    layout->addWidget(agreement);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(820, 640);
}

} // namespace segmenta
