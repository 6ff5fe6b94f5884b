#include "io/ZipPackage.h"

#include <QCoreApplication>
#include <QFile>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

namespace segmenta {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(segmenta::ZipPackage)
};
} // namespace

FileSignature sniffFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return FileSignature::Unreadable;
    const QByteArray head = file.read(8);
    if (head.isEmpty())
        return FileSignature::Unreadable;
    if (head.startsWith("PK\x03\x04") || head.startsWith("PK\x05\x06"))
        return FileSignature::Zip;
    if (head == QByteArray::fromHex("d0cf11e0a1b11ae1"))
        return FileSignature::OleCompound;
    return FileSignature::Text;
}

bool isEncryptedOoxml(const QString& path) {
    // Directory entries of a compound file hold their names in UTF-16LE; the stream list is small enough
    // that a scan of the file's first megabytes finds it.
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QString name = QStringLiteral("EncryptionInfo");
    const QByteArray utf16(reinterpret_cast<const char*>(name.utf16()), name.size() * 2);
    return file.read(8 << 20).contains(utf16);
}

ZipPackage::ZipPackage(QString path)
    : m_path(std::move(path)) {}

bool ZipPackage::open(QString* error) {
    QuaZip zip(m_path);
    if (!zip.open(QuaZip::mdUnzip)) {
        if (error)
            *error =
                Text::tr("'%1' is not a readable ZIP archive (error %2).").arg(m_path).arg(zip.getZipError());
        return false;
    }
    m_entries = zip.getFileNameList();
    zip.close();
    return true;
}

std::unique_ptr<QIODevice> ZipPackage::openEntry(const QString& entry, QString* error) const {
    auto file = std::make_unique<QuaZipFile>(m_path, entry, QuaZip::csSensitive);
    if (!file->open(QIODevice::ReadOnly)) {
        if (error)
            *error = Text::tr("Cannot read '%1' inside '%2' (error %3).")
                         .arg(entry, m_path)
                         .arg(file->getZipError());
        return nullptr;
    }
    return file;
}

} // namespace segmenta
