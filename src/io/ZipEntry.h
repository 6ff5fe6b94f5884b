#pragma once

#include <QIODevice>
#include <QString>

#include <memory>

class QuaZipFile;

namespace segmenta {

/// One entry of a ZIP package, decompressed as it is read. Unlike a bare QuaZipFile it ends (atEnd())
/// after a read error instead of waiting for data that never comes, and it checks what it delivered: a
/// damaged deflate stream, an entry that ends before its declared size and a CRC-32 that does not match
/// the archive's directory each leave a message in problem() that names the entry.
class ZipEntry : public QIODevice {
public:
    /// Takes @p file open for reading; @p size and @p crc as the archive's directory declares them.
    ZipEntry(std::unique_ptr<QuaZipFile> file, QString entry, QString fileName, qint64 size, quint32 crc);
    ~ZipEntry() override;

    bool isSequential() const override { return true; }
    bool atEnd() const override { return m_ended; }
    qint64 size() const override { return m_size; }
    qint64 pos() const override { return m_delivered; }
    const QString& entry() const { return m_entry; }
    /// The package's file name, for messages.
    const QString& fileName() const { return m_fileName; }
    /// What went wrong while reading, as a whole sentence naming the entry; empty while all is well.
    const QString& problem() const { return m_problem; }
    /// Reads what the parser left unread so that the CRC is checked; false (with problem()) when the entry
    /// is damaged.
    bool finish();

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    void fail(const QString& problem);

    std::unique_ptr<QuaZipFile> m_file;
    QString m_entry;
    QString m_fileName;
    qint64 m_size;
    quint32 m_expectedCrc;
    quint32 m_crc = 0;
    qint64 m_delivered = 0;
    bool m_ended = false;
    QString m_problem;
};

} // namespace segmenta
