#pragma once

#include <QWizardPage>

#include <memory>

class QComboBox;

namespace Ui {
class ImportInvoicePage;
}

namespace segmenta {

struct ImportRequest;

/// Maps the columns of invoice lines for customerFeatures(): customer, date, quantity and unit price or an
/// amount, and optionally the invoice number and a category. Columns are preselected by their names.
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
