#include "gui/ImportColumnsPage.h"

#include "core/ColumnText.h"
#include "gui/ImportColumnDelegate.h"
#include "gui/ImportJob.h"
#include "gui/ImportPreviewPage.h"
#include "gui/ImportWizard.h"

#include <QHeaderView>

#include "ui_ImportColumnsPage.h"

namespace segmenta {

namespace {

constexpr int kExamples = 4;

QVariantList kindChoices(const ColumnInfo& column) {
    // Text cannot become numbers or dates; numbers can be codes (categorical), identifiers or dates.
    const QList<ColumnKind> kinds =
        column.isTextCoded()
            ? QList{ColumnKind::Categorical, ColumnKind::Identifier, ColumnKind::Text}
            : QList{ColumnKind::Numeric, ColumnKind::Categorical, ColumnKind::Identifier, ColumnKind::Date};
    QVariantList choices;
    for (ColumnKind kind : kinds)
        choices << int(kind);
    if (!kinds.contains(column.kind))
        choices << int(column.kind);
    return choices;
}

QString examples(const DataMatrix& data, Index column) {
    QStringList texts;
    for (Index row = 0; row < data.rows() && texts.size() < kExamples; ++row) {
        const QString text = data.displayText(row, column);
        if (!text.isEmpty() && !texts.contains(text))
            texts << text;
    }
    return texts.join(QLatin1String(", "));
}

} // namespace

ImportColumnsPage::ImportColumnsPage(ImportRequest& request, const ImportPreviewPage& preview,
                                     QWidget* parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::ImportColumnsPage>())
    , m_request(request)
    , m_preview(preview) {
    m_ui->setupUi(this);
    m_model.setHorizontalHeaderLabels(
        {tr("Column"), tr("Kind"), tr("Role"), tr("Personal data"), tr("Examples")});
    m_ui->columnsTable->setModel(&m_model);
    m_ui->columnsTable->setItemDelegateForColumn(
        KindColumn, new ImportColumnDelegate(ImportColumnDelegate::Field::Kind, m_ui->columnsTable));
    m_ui->columnsTable->setItemDelegateForColumn(
        RoleColumn, new ImportColumnDelegate(ImportColumnDelegate::Field::Role, m_ui->columnsTable));
    m_ui->columnsTable->verticalHeader()->setDefaultSectionSize(m_ui->columnsTable->fontMetrics().height() +
                                                                12);
    // The next page depends on it.
    connect(m_ui->invoiceCheck, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
}

ImportColumnsPage::~ImportColumnsPage() = default;

void ImportColumnsPage::initializePage() {
    const DataMatrix& data = m_preview.preview().data;
    if (m_guessed == data.columns())
        return; // back from a later page: keep the user's choices
    m_guessed = data.columns();
    m_model.removeRows(0, m_model.rowCount());
    QVariantList roles;
    for (ColumnRole role :
         {ColumnRole::Feature, ColumnRole::Identifier, ColumnRole::Label, ColumnRole::Ignored})
        roles << int(role);
    for (Index c = 0; c < data.cols(); ++c) {
        const ColumnInfo& column = data.column(c);
        auto* name = new QStandardItem(column.name);
        name->setEditable(false);
        auto* kind = new QStandardItem(ColumnText::kindName(column.kind));
        kind->setData(int(column.kind), Qt::UserRole);
        kind->setData(kindChoices(column), ImportColumnDelegate::kChoicesRole);
        auto* role = new QStandardItem(ColumnText::roleName(column.role));
        role->setData(int(column.role), Qt::UserRole);
        role->setData(roles, ImportColumnDelegate::kChoicesRole);
        auto* pii = new QStandardItem;
        pii->setCheckable(true);
        pii->setEditable(false);
        pii->setCheckState(column.pii ? Qt::Checked : Qt::Unchecked);
        auto* example = new QStandardItem(examples(data, c));
        example->setEditable(false);
        m_model.appendRow({name, kind, role, pii, example});
    }
    m_ui->columnsTable->resizeColumnsToContents();
    // Room for the longest choice in the combo boxes.
    m_ui->columnsTable->horizontalHeader()->resizeSection(
        KindColumn,
        m_ui->columnsTable->fontMetrics().horizontalAdvance(ColumnText::kindName(ColumnKind::Categorical)) +
            48);
    m_ui->columnsTable->horizontalHeader()->resizeSection(
        RoleColumn,
        m_ui->columnsTable->fontMetrics().horizontalAdvance(ColumnText::roleName(ColumnRole::Label)) + 48);
}

bool ImportColumnsPage::validatePage() {
    m_request.guessedColumns = m_guessed;
    m_request.chosenColumns = chosenColumns();
    if (!m_ui->invoiceCheck->isChecked())
        m_request.invoices.reset();
    return true;
}

int ImportColumnsPage::nextId() const {
    return m_ui->invoiceCheck->isChecked() ? ImportWizard::InvoicePage : ImportWizard::RunPage;
}

QList<ColumnInfo> ImportColumnsPage::chosenColumns() const {
    QList<ColumnInfo> columns = m_guessed;
    for (int row = 0; row < m_model.rowCount() && row < columns.size(); ++row) {
        ColumnInfo& column = columns[row];
        column.kind = ColumnKind(m_model.item(row, KindColumn)->data(Qt::UserRole).toInt());
        column.role = ColumnRole(m_model.item(row, RoleColumn)->data(Qt::UserRole).toInt());
        column.pii = m_model.item(row, PiiColumn)->checkState() == Qt::Checked;
    }
    return columns;
}

} // namespace segmenta
