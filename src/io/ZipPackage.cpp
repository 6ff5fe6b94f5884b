#include "io/ZipPackage.h"

#include "io/ImportLimits.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <algorithm>
#include <zlib.h>

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
    const QByteArray head = file.read(4096);
    if (head.isEmpty())
        return FileSignature::Unreadable;
    if (head.startsWith("PK\x03\x04") || head.startsWith("PK\x05\x06"))
        return FileSignature::Zip;
    if (head.startsWith(QByteArray::fromHex("d0cf11e0a1b11ae1")))
        return FileSignature::OleCompound;
    if (head.startsWith("version https://git-lfs.github.com/spec/"))
        return FileSignature::GitLfsPointer;
    if (head.startsWith("\xff\xfe") || head.startsWith("\xfe\xff") || !head.contains('\0'))
        return FileSignature::Text;
    return FileSignature::Binary;
}

QString gitLfsPointerProblem(const QString& fileName) {
    return Text::tr("'%1' is not an Excel workbook or a spreadsheet but a Git LFS pointer: a small text "
                    "file that stands in for the real file in a Git repository. Fetch the real file (git lfs "
                    "pull) and import it.")
        .arg(fileName);
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
    : m_path(std::move(path))
    , m_fileName(QFileInfo(m_path).fileName()) {}

bool ZipPackage::open(QString* error) {
    QuaZip zip(m_path);
    if (!zip.open(QuaZip::mdUnzip)) {
        if (error)
            *error = Text::tr("'%1' is damaged or incomplete: it ends before its table of contents (the ZIP "
                              "directory at the end of the file), so it was probably cut short while being "
                              "downloaded or copied. Get a complete copy of the file and import it again.")
                         .arg(m_fileName);
        return false;
    }
    const QList<QuaZipFileInfo64> infos = zip.getFileInfoList64();
    if (zip.getZipError() != UNZ_OK) {
        if (error)
            *error = Text::tr("'%1' is damaged: its table of contents (the ZIP directory) cannot be read "
                              "(error %2). Get an undamaged copy of the file.")
                         .arg(m_fileName)
                         .arg(zip.getZipError());
        return false;
    }
    for (const QuaZipFileInfo64& info : infos) {
        m_entries << info.name;
        m_info.insert(info.name, {qint64(std::min<quint64>(info.compressedSize, INT64_MAX)),
                                  qint64(std::min<quint64>(info.uncompressedSize, INT64_MAX)), info.crc,
                                  info.method, info.isEncrypted()});
    }
    zip.close();
    return true;
}

QString ZipPackage::refusal(const QString& entry, const EntryInfo& info) const {
    if (info.encrypted)
        return Text::tr("'%1' is protected with a password: its part '%2' is encrypted. Open it, save it "
                        "without a password and import the saved copy.")
            .arg(m_fileName, entry);
    if (info.method != 0 && info.method != Z_DEFLATED)
        return Text::tr("'%1' cannot be read: its part '%2' is compressed with method %3, but Segmenta "
                        "reads only deflate (8) and uncompressed (0) parts. Open it in Excel or LibreOffice, "
                        "save it again and import the saved copy.")
            .arg(m_fileName, entry)
            .arg(info.method);
    if (info.size > ImportLimits::kRatioFreeBytes &&
        info.size / ImportLimits::kMaxCompressionRatio > info.compressedSize)
        return Text::tr("'%1' is refused: its part '%2' would unpack %3 bytes from %4, more than %5 times "
                        "its compressed size. Real workbooks compress far less; this one may be built to "
                        "exhaust memory (a \"ZIP bomb\").")
            .arg(m_fileName, entry)
            .arg(info.size)
            .arg(info.compressedSize)
            .arg(ImportLimits::kMaxCompressionRatio);
    if (info.size > ImportLimits::kMaxUncompressedBytes - m_unpacked)
        return Text::tr("'%1' is too large to import: its parts unpack to more than %2 MB. Save the table "
                        "you need in a workbook of its own, or as CSV, and import that.")
            .arg(m_fileName)
            .arg(ImportLimits::kMaxUncompressedBytes >> 20);
    return {};
}

std::unique_ptr<ZipEntry> ZipPackage::openEntry(const QString& entry, QString* error) const {
    const auto info = m_info.constFind(entry);
    QString problem = info == m_info.constEnd()
                          ? Text::tr("'%1' is damaged: it has no part '%2'.").arg(m_fileName, entry)
                          : refusal(entry, *info);
    auto file = std::make_unique<QuaZipFile>(m_path, entry, QuaZip::csSensitive);
    if (problem.isEmpty() && !file->open(QIODevice::ReadOnly))
        problem = Text::tr("'%1' is damaged: its part '%2' cannot be opened (error %3).")
                      .arg(m_fileName, entry)
                      .arg(file->getZipError());
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return nullptr;
    }
    m_unpacked += info->size;
    return std::make_unique<ZipEntry>(std::move(file), entry, m_fileName, info->size, info->crc);
}

} // namespace segmenta
