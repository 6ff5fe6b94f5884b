#include "gui/PreviewReader.h"

#include "core/Error.h"
#include "io/CsvReader.h"
#include "io/RegularFile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QtConcurrent/QtConcurrentRun>

namespace segmenta {

namespace {

/// More than the 200 lines from which CsvReader guesses the delimiter and the number format.
constexpr int kPreviewLines = 250;
constexpr qint64 kMaxPreviewBytes = 8 << 20;

bool isUtf16(const QByteArray& head, const QString& chosen, bool* littleEndian) {
    // The reader's own guess, so that UTF-16 without a BOM is cut at whole characters too.
    const QString encoding = chosen.isEmpty() ? detectTextEncoding(head) : chosen;
    *littleEndian = encoding.compare(QLatin1String("UTF-16LE"), Qt::CaseInsensitive) == 0;
    return *littleEndian || encoding.startsWith(QLatin1String("UTF-16"), Qt::CaseInsensitive);
}

/// The bytes up to and including the kPreviewLines-th line break.
qsizetype previewLength(const QByteArray& bytes, const QString& encoding) {
    bool littleEndian = false;
    const bool wide = isUtf16(bytes, encoding, &littleEndian);
    const qsizetype step = wide ? 2 : 1;
    int lines = 0;
    for (qsizetype i = 0; i + step <= bytes.size(); i += step) {
        const bool lineFeed = !wide          ? bytes.at(i) == '\n'
                              : littleEndian ? bytes.at(i) == '\n' && bytes.at(i + 1) == '\0'
                                             : bytes.at(i) == '\0' && bytes.at(i + 1) == '\n';
        if (lineFeed && ++lines == kPreviewLines)
            return i + step;
    }
    return bytes.size();
}

ReadResult readTextPreview(const QString& path, const ImportOptions& options) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw DataError(QCoreApplication::translate("segmenta::PreviewReader", "Cannot read '%1': %2.")
                            .arg(path, file.errorString()));
    QByteArray head = file.read(kMaxPreviewBytes);
    head.truncate(previewLength(head, options.csv.encoding));
    QBuffer buffer(&head);
    buffer.open(QIODevice::ReadOnly);
    CsvOptions csv = options.csv;
    csv.headerRow = options.headerRow;
    return CsvReader(csv).read(buffer);
}

} // namespace

ReadResult readFilePreview(const QString& path, const ImportOptions& options, const TaskControl& control) {
    // Before anything opens it: a FIFO or a device would block the preview or never end.
    if (const std::optional<QString> problem = notRegularFileProblem(path))
        throw DataError(*problem);
    ReadResult result = tableFormatOf(path) == TableFormat::DelimitedText
                            ? readTextPreview(path, options)
                            : readTableFile(path, options, control);
    control.checkCancelled();
    return result;
}

PreviewReader::PreviewReader(QObject* parent)
    : QObject(parent) {}

PreviewReader::~PreviewReader() {
    if (m_running) {
        m_cancel->store(true);
        m_running->waitForFinished();
    }
}

void PreviewReader::request(Job job) {
    if (m_running)
        m_cancel->store(true);
    m_cancel = std::make_shared<std::atomic_bool>(false);
    auto* watcher = new QFutureWatcher<ReadResult>(this);
    connect(watcher, &QFutureWatcher<ReadResult>::finished, this, [this, watcher] { onFinished(watcher); });
    watcher->setFuture(QtConcurrent::run([job = std::move(job), cancel = m_cancel] {
        try {
            return job(TaskControl({}, cancel.get()));
        } catch (const Cancelled&) {
            return ReadResult();
        } catch (const DataError& error) {
            ReadResult failed;
            failed.errors.append({0, 0, {}, error.message()});
            return failed;
        }
    }));
    m_running = watcher;
    emit started();
}

void PreviewReader::onFinished(QFutureWatcher<ReadResult>* watcher) {
    watcher->deleteLater();
    if (watcher != m_running)
        return;
    m_running = nullptr;
    m_result = watcher->result();
    emit ready();
}

} // namespace segmenta
