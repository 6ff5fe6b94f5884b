#pragma once

#include <QList>
#include <QString>
#include <QWizardPage>

#include <memory>

class QComboBox;

namespace Ui {
class ImportInvoicePage;
}

namespace segmenta {

struct ImportRequest;
struct ColumnInfo;

/// The column the invoice page proposes as the spend category: the first categorical column with 2 to 30
/// levels whose name says category, department, family, group, segment or type (in English, Portuguese,
/// Spanish or German), never a country, region or city. Empty when none fits: then no category is chosen.
QString proposedCategory(const QList<ColumnInfo>& columns);

/// Maps the columns of invoice lines for customerFeatures(): customer, date, quantity and unit price or an
/// amount, and optionally the invoice number and a category. Columns are preselected by their names; the
/// category only as proposedCategory() says.
class ImportInvoicePage : public QWizardPage {
    Q_OBJECT

public:
    explicit ImportInvoicePage(ImportRequest& request, QWidget* parent = nullptr);
    ~ImportInvoicePage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void updateValueMode();
    QList<QComboBox*> requiredCombos() const;

    std::unique_ptr<Ui::ImportInvoicePage> m_ui;
    ImportRequest& m_request;
};

} // namespace segmenta
