#include "gui/ReportExporter.h"

#include "core/Error.h"
#include "gui/AnalysisSession.h"
#include "gui/Log.h"
#include "gui/Project.h"
#include "gui/TaskRunner.h"
#include "report/CsvExport.h"
#include "report/PdfReport.h"
#include "report/ReportInput.h"
#include "report/XlsxExport.h"
#include "store/AuditLog.h"
#include "store/DatasetRepository.h"

#include <QApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonObject>

namespace segmenta {

namespace {

QString formatName(ExportRequest::Format format) {
    switch (format) {
    case ExportRequest::Format::Pdf:
        return QStringLiteral("pdf");
    case ExportRequest::Format::Xlsx:
        return QStringLiteral("xlsx");
    case ExportRequest::Format::Csv:
        break;
    }
    return QStringLiteral("csv");
}

} // namespace

ReportExporter::ReportExporter(AnalysisSession& session, QObject* parent)
    : QObject(parent)
    , m_session(session) {}

ReportInput ReportExporter::input(const ExportRequest& request) const {
    const DatasetInfo dataset = DatasetRepository(m_session.project()->store()).info(m_session.datasetId());
    ReportInput input;
    input.title = request.title.isEmpty() ? tr("Customer segments") : request.title;
    input.author = request.author;
    input.datasetName = dataset.name;
    input.createdAt = QDateTime::currentDateTime();
    input.importReport = dataset.importReport;
    input.settings = m_session.settings();
    input.segmentNames = m_session.segmentNames();
    for (int s = 0; s < input.segmentNames.size(); ++s)
        input.segmentActions << m_session.segmentNotes(s);
    input.sourceSha256 = QString::fromLatin1(dataset.sourceSha256.toHex());
    input.appVersion = QStringLiteral(SEGMENTA_VERSION);
    input.includePii = request.includePii;
    return input;
}

bool ReportExporter::start(const ExportRequest& request) {
    const auto data = m_session.data();
    const auto result = m_session.result();
    if (!m_session.project() || !data || !result) {
        emit failed(tr("Nothing to Export"),
                    tr("Run an analysis first; the export describes the segments shown."));
        return false;
    }
    if (m_session.runner().isBusy()) {
        emit failed(tr("Export Not Started"),
                    tr("Another task is running; wait for it to finish or cancel it, then "
                       "export again."));
        return false;
    }
    ReportInput prepared;
    try {
        prepared = input(request);
    } catch (const DataError& error) {
        emit failed(tr("Export Failed"), error.message());
        return false;
    }
    if (request.format == ExportRequest::Format::Pdf) {
        prepared.data = data.get();
        prepared.result = result.get();
        QApplication::setOverrideCursor(Qt::WaitCursor);
        try {
            PdfReport::write(prepared, request.path, request.pageSize);
            QApplication::restoreOverrideCursor();
            record(request, {request.path});
        } catch (const DataError& error) {
            QApplication::restoreOverrideCursor();
            emit failed(tr("Report Not Written"), error.message());
            return false;
        }
        return true;
    }
    // The worker keeps the data and the result alive through its own references; its failures are reported
    // by the task runner like those of any task.
    auto work = [prepared, data, result, request](const TaskControl&) {
        ReportInput input = prepared;
        input.data = data.get();
        input.result = result.get();
        if (request.format == ExportRequest::Format::Xlsx) {
            XlsxExport::write(input, request.path);
            return QStringList{request.path};
        }
        return CsvExport::write(input, request.path, request.csv);
    };
    return m_session.runner().run<QStringList>(
        tr("Export"), work, [this, request](QStringList paths) { record(request, paths); });
}

void ReportExporter::record(const ExportRequest& request, const QStringList& paths) {
    AuditLog log(m_session.project()->store());
    for (const QString& path : paths)
        log.record(QStringLiteral("export"), {{QStringLiteral("format"), formatName(request.format)},
                                              {QStringLiteral("path"), QFileInfo(path).absoluteFilePath()},
                                              {QStringLiteral("pii_included"), request.includePii},
                                              {QStringLiteral("run_id"), m_session.runId()},
                                              {QStringLiteral("k"), m_session.result()->k},
                                              {QStringLiteral("dataset"), m_session.datasetName()}});
    m_session.project()->setModified(true);
    qCInfo(lcGui) << "exported" << paths;
    emit written(paths);
}

} // namespace segmenta
