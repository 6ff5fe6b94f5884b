#include "gui/ImportInvoicePage.h"

#include "gui/ImportJob.h"

#include <QRegularExpression>

#include "ui_ImportInvoicePage.h"

namespace segmenta {

namespace {

constexpr qsizetype kMaxProposedCategories = 30;

} // namespace

QString proposedCategory(const QList<ColumnInfo>& columns) {
    // Spend per country, region or city is rarely what sets kinds of customers apart, and a place column
    // of a shop selling abroad makes dozens of spend features: places are never proposed.
    static const QRegularExpression category(
        QStringLiteral("categor|kategor|department|famil|group|grupp|grupo|segment|type|tipo"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression place(
        QStringLiteral("countr|region|city|state|province|land|pais|país|pays|stadt|cidade|ciudad|ville"),
        QRegularExpression::CaseInsensitiveOption);
    for (const ColumnInfo& column : columns) {
        const qsizetype levels = column.levels.size();
        const bool fewLevels = column.isTextCoded() ? levels >= 2 && levels <= kMaxProposedCategories
                                                    : column.kind == ColumnKind::Categorical;
        if (fewLevels && category.match(column.name).hasMatch() && !place.match(column.name).hasMatch())
            return column.name;
    }
    return {};
}

ImportInvoicePage::ImportInvoicePage(ImportRequest& request, QWidget* parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::ImportInvoicePage>())
    , m_request(request) {
    m_ui->setupUi(this);
    for (QComboBox* combo : {m_ui->customerCombo, m_ui->dateCombo, m_ui->quantityCombo, m_ui->priceCombo,
                             m_ui->amountCombo, m_ui->invoiceCombo, m_ui->categoryCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, &QWizardPage::completeChanged);
    connect(m_ui->priceRadio, &QRadioButton::toggled, this, &ImportInvoicePage::updateValueMode);
}

ImportInvoicePage::~ImportInvoicePage() = default;

void ImportInvoicePage::initializePage() {
    QStringList names;
    for (const ColumnInfo& column : std::as_const(m_request.chosenColumns))
        names << column.name;
    // Each combo offers every column and preselects the first whose name matches.
    const std::pair<QComboBox*, const char*> combos[] = {
        {m_ui->customerCombo, "customer|client|account"},
        {m_ui->dateCombo, "date|day|time"},
        {m_ui->quantityCombo, "quantity|qty|units"},
        {m_ui->priceCombo, "price"},
        {m_ui->amountCombo, "amount|total|value|revenue"},
        {m_ui->invoiceCombo, "invoice|order|receipt"},
        {m_ui->categoryCombo, nullptr},
    };
    for (const auto& [combo, pattern] : combos) {
        const QSignalBlocker blocker(combo);
        combo->clear();
        if (combo != m_ui->customerCombo && combo != m_ui->dateCombo)
            combo->addItem(tr("(none)"), QString());
        for (const QString& name : std::as_const(names))
            combo->addItem(name, name);
        if (!pattern) {
            combo->setCurrentIndex(combo->findData(proposedCategory(m_request.chosenColumns)));
            continue;
        }
        const QRegularExpression matches(QString::fromLatin1(pattern),
                                         QRegularExpression::CaseInsensitiveOption);
        const auto found = std::find_if(names.cbegin(), names.cend(), [&matches](const QString& name) {
            return matches.match(name).hasMatch();
        });
        if (found != names.cend())
            combo->setCurrentIndex(combo->findData(*found));
    }
    m_ui->amountRadio->setChecked(m_ui->quantityCombo->currentData().toString().isEmpty() &&
                                  !m_ui->amountCombo->currentData().toString().isEmpty());
    updateValueMode();
}

bool ImportInvoicePage::isComplete() const {
    for (const QComboBox* combo : requiredCombos())
        if (combo->currentData().toString().isEmpty())
            return false;
    return true;
}

bool ImportInvoicePage::validatePage() {
    InvoiceMapping mapping;
    mapping.customerId = m_ui->customerCombo->currentData().toString();
    mapping.date = m_ui->dateCombo->currentData().toString();
    if (m_ui->priceRadio->isChecked()) {
        mapping.quantity = m_ui->quantityCombo->currentData().toString();
        mapping.unitPrice = m_ui->priceCombo->currentData().toString();
    } else {
        mapping.amount = m_ui->amountCombo->currentData().toString();
    }
    mapping.invoiceId = m_ui->invoiceCombo->currentData().toString();
    mapping.category = m_ui->categoryCombo->currentData().toString();
    mapping.cancellationPrefix = m_ui->prefixEdit->text().trimmed();
    m_request.invoices = mapping;
    return true;
}

void ImportInvoicePage::updateValueMode() {
    const bool price = m_ui->priceRadio->isChecked();
    for (QWidget* widget : std::initializer_list<QWidget*>{m_ui->quantityLabel, m_ui->quantityCombo,
                                                           m_ui->priceLabel, m_ui->priceCombo})
        widget->setEnabled(price);
    m_ui->amountLabel->setEnabled(!price);
    m_ui->amountCombo->setEnabled(!price);
    emit completeChanged();
}

QList<QComboBox*> ImportInvoicePage::requiredCombos() const {
    if (m_ui->priceRadio->isChecked())
        return {m_ui->customerCombo, m_ui->dateCombo, m_ui->quantityCombo, m_ui->priceCombo};
    return {m_ui->customerCombo, m_ui->dateCombo, m_ui->amountCombo};
}

} // namespace segmenta
