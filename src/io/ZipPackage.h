#pragma once

#include <QIODevice>
#include <QString>
#include <QStringList>

#include <memory>

namespace segmenta {

/// What the first bytes of a file say it is, so a reader can tell the user what they chose.
enum class FileSignature {
    Zip,         ///< a ZIP container: XLSX, XLSM, ODS
    OleCompound, ///< an OLE2 compound file: a legacy .xls, or an OOXML workbook encrypted with a password
    Text,        ///< anything else that is readable (e.g. a Git LFS pointer saved as .xlsx)
    Unreadable   ///< missing, empty or not readable
};

/// Reads the first bytes of @p path.
FileSignature sniffFile(const QString& path);

/// True when an OLE2 compound file holds an "EncryptionInfo" stream, i.e. is a password-protected OOXML
/// workbook rather than a legacy .xls.
bool isEncryptedOoxml(const QString& path);

/// A ZIP package (XLSX, ODS) whose entries are read as streams, without unpacking the archive, via QuaZip.
class ZipPackage {
public:
    explicit ZipPackage(QString path);

    /// Lists the entries; false with a message when the file is not a readable ZIP archive.
    bool open(QString* error);
    const QStringList& entries() const { return m_entries; }
    bool contains(const QString& entry) const { return m_entries.contains(entry); }
    /// A stream over one entry, decompressed as it is read; null with a message when it cannot be opened.
    std::unique_ptr<QIODevice> openEntry(const QString& entry, QString* error) const;

private:
    QString m_path;
    QStringList m_entries;
};

} // namespace segmenta
