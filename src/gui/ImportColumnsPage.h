#pragma once

#include "core/DataMatrix.h"

#include <QStandardItemModel>
#include <QWizardPage>

#include <memory>

namespace Ui {
class ImportColumnsPage;
}

namespace segmenta {

class ImportPreviewPage;
struct ImportRequest;

/// The import wizard's column table: kind, role and personal-data flag of every column, as the reader typed
/// them until the user changes them; and whether the rows are invoice lines to turn into customers.
class ImportColumnsPage : public QWizardPage {
    Q_OBJECT

public:
    /// The table's columns.
    enum Column { NameColumn, KindColumn, RoleColumn, PiiColumn, ExampleColumn };

    ImportColumnsPage(ImportRequest& request, const ImportPreviewPage& preview, QWidget* parent = nullptr);
    ~ImportColumnsPage() override;

    void initializePage() override;
    bool validatePage() override;
    int nextId() const override;

    /// The columns with the user's choices.
    QList<ColumnInfo> chosenColumns() const;

private:
    std::unique_ptr<Ui::ImportColumnsPage> m_ui;
    ImportRequest& m_request;
    const ImportPreviewPage& m_preview;
    QStandardItemModel m_model;
    QList<ColumnInfo> m_guessed;
};

} // namespace segmenta
