#pragma once

#include "report/CsvExport.h"

#include <QDialog>
#include <QPageSize>

#include <memory>

namespace Ui {
class ExportDialog;
}

namespace segmenta {

/// What the user asked to export, and where.
struct ExportRequest {
    enum class Format { Pdf, Xlsx, Csv };
    Format format = Format::Pdf;
    QString path; ///< a file, or the folder of the CSV files
    QString title;
    QString author;
    QPageSize::PageSizeId pageSize = QPageSize::A4;
    CsvExportOptions csv;
    bool includePii = false;
};

/// Asks how to export the segmentation shown: format, file (or folder), title, paper or CSV delimiter, and
/// whether the columns flagged as personal data go into this one export (off by default). Open it with
/// open(); `accepted` carries the request.
class ExportDialog : public QDialog {
    Q_OBJECT

public:
    /// `piiColumns`: the dataset's personal-data columns; `baseName` names the suggested file.
    ExportDialog(ExportRequest::Format format, const QStringList& piiColumns, const QString& baseName,
                 QWidget* parent = nullptr);
    ~ExportDialog() override;

    ExportRequest request() const;

    void accept() override;

signals:
    void exportRequested(const ExportRequest& request);

private:
    void formatChanged();
    void browse();
    ExportRequest::Format format() const;

    std::unique_ptr<Ui::ExportDialog> m_ui;
    QString m_baseName;
};

} // namespace segmenta
