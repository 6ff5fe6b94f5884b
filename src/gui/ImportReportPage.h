#pragma once

#include <QWizardPage>

#include <memory>

namespace Ui {
class ImportReportPage;
}

namespace segmenta {

class ImportRunPage;

/// The last page of the import wizard: rows read, imported and skipped (with their row numbers and
/// reasons), values that could not be used, the reader's guesses, the columns, and for invoice lines what
/// became of them.
class ImportReportPage : public QWizardPage {
    Q_OBJECT

public:
    explicit ImportReportPage(const ImportRunPage& run, QWidget* parent = nullptr);
    ~ImportReportPage() override;

    void initializePage() override;

private:
    std::unique_ptr<Ui::ImportReportPage> m_ui;
    const ImportRunPage& m_run;
};

} // namespace segmenta
