#include "gui/ImportWizard.h"

#include "gui/ImportColumnsPage.h"
#include "gui/ImportInvoicePage.h"
#include "gui/ImportPreviewPage.h"
#include "gui/ImportReportPage.h"
#include "gui/ImportRunPage.h"
#include "gui/ImportSourcePage.h"

namespace segmenta {

ImportWizard::ImportWizard(ProjectStore& store, TaskRunner& runner, const QString& initialFile,
                           QWidget* parent)
    : QWizard(parent) {
    setWindowTitle(tr("Import data"));
    setOption(QWizard::NoCancelButtonOnLastPage);
    setOption(QWizard::NoBackButtonOnLastPage);
    setWizardStyle(QWizard::ModernStyle);
    auto* preview = new ImportPreviewPage(m_request, this);
    m_run = new ImportRunPage(store, runner, m_request, this);
    setPage(SourcePage, new ImportSourcePage(m_request, initialFile, this));
    setPage(PreviewPage, preview);
    setPage(ColumnsPage, new ImportColumnsPage(m_request, *preview, this));
    setPage(InvoicePage, new ImportInvoicePage(m_request, this));
    setPage(RunPage, m_run);
    setPage(ReportPage, new ImportReportPage(*m_run, this));
    connect(m_run, &ImportRunPage::datasetImported, this, &ImportWizard::datasetImported);
    resize(860, 640);
}

ImportWizard::~ImportWizard() = default;

void ImportWizard::reject() {
    m_run->cancelImport();
    QWizard::reject();
}

} // namespace segmenta
