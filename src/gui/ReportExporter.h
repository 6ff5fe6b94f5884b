#pragma once

#include "gui/ExportDialog.h"

#include <QObject>
#include <QStringList>

namespace segmenta {

class AnalysisSession;
struct ReportInput;

/// Writes the PDF report, the workbook or the CSV files of the segmentation shown (its K and segment
/// names) and records each file written in the project's audit log. The PDF is drawn on the GUI thread
/// (its figures are graphics items); the workbook and CSV files are written on the task runner.
class ReportExporter : public QObject {
    Q_OBJECT

public:
    explicit ReportExporter(AnalysisSession& session, QObject* parent = nullptr);

    /// Starts the export; false (with failed()) when there is nothing to export or the runner is busy.
    bool start(const ExportRequest& request);

signals:
    void written(const QStringList& paths);
    void failed(const QString& title, const QString& message);

private:
    ReportInput input(const ExportRequest& request) const;
    void record(const ExportRequest& request, const QStringList& paths);

    AnalysisSession& m_session;
};

} // namespace segmenta
