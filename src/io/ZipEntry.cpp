#include "io/ZipEntry.h"

#include <QCoreApplication>
#include <quazip/quazipfile.h>

#include <zlib.h>

namespace segmenta {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(segmenta::ZipEntry)
};
} // namespace

ZipEntry::ZipEntry(std::unique_ptr<QuaZipFile> file, QString entry, QString fileName, qint64 size,
                   quint32 crc)
    : m_file(std::move(file))
    , m_entry(std::move(entry))
    , m_fileName(std::move(fileName))
    , m_size(size)
    , m_expectedCrc(crc) {
    QIODevice::open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

ZipEntry::~ZipEntry() = default;

bool ZipEntry::finish() {
    char buffer[1 << 14];
    while (!m_ended && read(buffer, sizeof buffer) >= 0) {
    }
    return m_problem.isEmpty();
}

qint64 ZipEntry::readData(char* data, qint64 maxSize) {
    if (m_ended)
        return m_problem.isEmpty() ? 0 : -1;
    const qint64 read = m_file->read(data, maxSize);
    if (read > 0) {
        m_crc = quint32(crc32(m_crc, reinterpret_cast<const Bytef*>(data), uInt(read)));
        m_delivered += read;
        return read;
    }
    m_ended = true;
    if (read < 0)
        fail(Text::tr("'%1' is damaged: the compressed data of its part '%2' cannot be unpacked (error %3). "
                      "Open it in Excel or LibreOffice, save it again and import the saved copy.")
                 .arg(m_fileName, m_entry)
                 .arg(m_file->getZipError()));
    else if (m_delivered != m_size)
        fail(Text::tr("'%1' is damaged: its part '%2' ends after %3 of the %4 bytes the archive declares. "
                      "Get a complete copy of the file.")
                 .arg(m_fileName, m_entry)
                 .arg(m_delivered)
                 .arg(m_size));
    else if (m_crc != m_expectedCrc)
        fail(Text::tr("'%1' is damaged: the checksum (CRC-32) of its part '%2' does not match its content. "
                      "Get an undamaged copy of the file, or open it in Excel or LibreOffice and save it "
                      "again.")
                 .arg(m_fileName, m_entry));
    return m_problem.isEmpty() ? 0 : -1;
}

void ZipEntry::fail(const QString& problem) {
    m_problem = problem;
    setErrorString(problem);
}

} // namespace segmenta
