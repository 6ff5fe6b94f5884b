#pragma once

#include "io/ZipEntry.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>

namespace segmenta {

/// What the first bytes of a file say it is, so a reader can tell the user what they chose.
enum class FileSignature {
    Zip,           ///< a ZIP container: XLSX, XLSM, ODS
    OleCompound,   ///< an OLE2 compound file: a legacy .xls, or an OOXML workbook encrypted with a password
    GitLfsPointer, ///< the small text file Git LFS leaves in place of the real file
    Text,          ///< text (no NUL byte in the first 4 KiB, or a UTF-16 byte order mark): e.g. CSV
    Binary,        ///< anything else
    Unreadable     ///< missing, empty or not readable
};

/// Reads the first bytes of @p path.
FileSignature sniffFile(const QString& path);

/// Why a Git LFS pointer cannot be imported, and how to get the real file named @p fileName.
QString gitLfsPointerProblem(const QString& fileName);

/// True when an OLE2 compound file holds an "EncryptionInfo" stream, i.e. is a password-protected OOXML
/// workbook rather than a legacy .xls.
bool isEncryptedOoxml(const QString& path);

/// A ZIP package (XLSX, ODS) whose entries are read as streams, without unpacking the archive, via QuaZip.
///
/// It refuses what would make a reader hang or run out of memory before reading it: encrypted entries,
/// unknown compression methods, more than ImportLimits::kMaxUncompressedBytes unpacked from the entries
/// opened, and an entry that unpacks to more than ImportLimits::kMaxCompressionRatio times its compressed
/// size (a "ZIP bomb"). The sizes are the archive directory's; ZipEntry never delivers more than declared
/// and checks the CRC-32 of what it delivered.
class ZipPackage {
public:
    explicit ZipPackage(QString path);

    /// Lists the entries; false with a message when the file is not a readable ZIP archive (for example
    /// one cut short, which ends before its directory).
    bool open(QString* error);
    const QStringList& entries() const { return m_entries; }
    bool contains(const QString& entry) const { return m_entries.contains(entry); }
    /// A stream over one entry, decompressed as it is read; null with a message when it cannot or may not
    /// be opened. Check the entry's problem() once parsed: it explains a parser error caused by damage.
    std::unique_ptr<ZipEntry> openEntry(const QString& entry, QString* error) const;

private:
    struct EntryInfo {
        qint64 compressedSize = 0;
        qint64 size = 0;
        quint32 crc = 0;
        quint16 method = 0;
        bool encrypted = false;
    };
    QString refusal(const QString& entry, const EntryInfo& info) const;

    QString m_path;
    QString m_fileName;
    QStringList m_entries;
    QHash<QString, EntryInfo> m_info;
    /// Declared bytes of the entries opened so far: the budget of kMaxUncompressedBytes.
    mutable qint64 m_unpacked = 0;
};

} // namespace segmenta
