#pragma once

#include "core/TaskControl.h"
#include "io/ReadResult.h"
#include "io/TableReader.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

namespace segmenta {

/// The rows the import wizard previews from a file with these options, read as the import will read them:
/// delimited text from its first lines only (enough for every guess the reader makes), spreadsheets whole
/// (their reader types columns from all rows). Throws Cancelled when the control is cancelled.
ReadResult readFilePreview(const QString& path, const ImportOptions& options, const TaskControl& control);

/// Runs one preview read at a time in the background. A new request cancels the one still running, whose
/// result is then dropped, so that ready() always brings the result of the latest request.
class PreviewReader : public QObject {
    Q_OBJECT

public:
    using Job = std::function<ReadResult(const TaskControl&)>;

    explicit PreviewReader(QObject* parent = nullptr);
    ~PreviewReader() override;

    void request(Job job);
    bool isBusy() const { return m_running != nullptr; }
    /// The result of the latest finished request.
    const ReadResult& result() const { return m_result; }

signals:
    void started();
    void ready();

private:
    void onFinished(QFutureWatcher<ReadResult>* watcher);

    std::shared_ptr<std::atomic_bool> m_cancel;
    QFutureWatcher<ReadResult>* m_running = nullptr;
    ReadResult m_result;
};

} // namespace segmenta
