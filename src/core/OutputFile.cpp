#include "core/OutputFile.h"

#include "core/Error.h"

#include <QDir>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

namespace segmenta {

namespace {

const QLatin1String kPartSuffix(".segmenta-part");

QString errnoText(int error) {
    return QString::fromLocal8Bit(std::strerror(error));
}

/// The process id written into a temporary's name (".NAME.PID.segmenta-part" or ".NAME.PID-N...").
qint64 ownerOf(QStringView middle) {
    bool ok = false;
    const qint64 pid =
        middle.left(middle.indexOf(u'-') < 0 ? middle.size() : middle.indexOf(u'-')).toLongLong(&ok);
    return ok ? pid : 0;
}

/// Removes temporaries of @p name in @p dir that were left by processes that no longer run.
void removeAbandoned(const QDir& dir, const QString& name) {
    const QString prefix = QLatin1Char('.') + name + QLatin1Char('.');
    for (const QString& entry : dir.entryList(QDir::Files | QDir::Hidden | QDir::System)) {
        if (!entry.startsWith(prefix) || !entry.endsWith(kPartSuffix))
            continue;
        const qint64 pid = ownerOf(
            QStringView(entry).sliced(prefix.size(), entry.size() - prefix.size() - kPartSuffix.size()));
        if (pid > 0 && ::kill(pid_t(pid), 0) == -1 && errno == ESRCH)
            QFile::remove(dir.filePath(entry));
    }
}

} // namespace

OutputFile::OutputFile(const QString& target)
    : m_target(target) {
    if (target == QLatin1String("-")) {
        if (!m_file.open(STDOUT_FILENO, QIODevice::WriteOnly, QFileDevice::DontCloseHandle))
            fail(m_file.errorString());
        return;
    }
    if (target.isEmpty())
        fail(tr("no file name was given"));
    struct stat existing {};
    const bool exists = ::stat(QFile::encodeName(target).constData(), &existing) == 0; // follows links
    if (exists && S_ISDIR(existing.st_mode))
        fail(tr("it is a folder"));
    if (exists && !S_ISREG(existing.st_mode)) {
        // A device, FIFO or socket (also behind a link such as /dev/stdout): written through, never
        // replaced by a regular file.
        m_file.setFileName(target);
        return;
    }
    const QFileInfo info(target);
    // A link's target is replaced in its own folder, so the link stays a link.
    m_final = !info.isSymLink() ? info.absoluteFilePath()
              : exists          ? info.canonicalFilePath()
                                : info.symLinkTarget();
    const QFileInfo finalInfo(m_final);
    const QDir dir = finalInfo.absoluteDir();
    if (!dir.exists())
        fail(tr("the folder %1 does not exist").arg(QDir::toNativeSeparators(dir.path())));
    removeAbandoned(dir, finalInfo.fileName());
    for (int attempt = 0;; ++attempt) {
        QString middle = QString::number(::getpid());
        if (attempt > 0)
            middle += QLatin1Char('-') + QString::number(attempt);
        const QString candidate =
            dir.filePath(QLatin1Char('.') + finalInfo.fileName() + QLatin1Char('.') + middle + kPartSuffix);
        const int fd = ::open(QFile::encodeName(candidate).constData(),
                              O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, S_IRUSR | S_IWUSR);
        if (fd < 0 && errno == EEXIST && attempt < 100)
            continue;
        if (fd < 0)
            fail(errnoText(errno));
        m_temporary = candidate;
        if (exists)
            ::fchmod(fd, existing.st_mode & 07777); // a replaced file keeps the permissions its owner gave it
        if (!m_file.open(fd, QIODevice::WriteOnly, QFileDevice::AutoCloseHandle)) {
            ::close(fd);
            fail(m_file.errorString());
        }
        return;
    }
}

OutputFile::~OutputFile() {
    if (m_committed || m_temporary.isEmpty())
        return;
    m_file.close();
    ::unlink(QFile::encodeName(m_temporary).constData());
}

QString OutputFile::writePath() const {
    if (!m_temporary.isEmpty())
        return m_temporary;
    return m_target == QLatin1String("-") ? QStringLiteral("/dev/stdout") : m_file.fileName();
}

void OutputFile::write(const QByteArray& bytes) {
    if (!m_file.isOpen() && !m_file.open(QIODevice::WriteOnly | QIODevice::Append))
        fail(m_file.errorString());
    if (m_file.write(bytes) != bytes.size())
        fail(m_file.errorString());
}

void OutputFile::commit() {
    if (m_file.isOpen() && !m_file.flush())
        fail(m_file.errorString());
    if (m_temporary.isEmpty()) {
        if (m_target != QLatin1String("-"))
            m_file.close();
        m_committed = true;
        return;
    }
    m_file.close();
    const QByteArray temporary = QFile::encodeName(m_temporary);
    // On disk before it replaces the old file, so a crash leaves the old file or the new one, never a hole.
    if (const int fd = ::open(temporary.constData(), O_RDONLY | O_CLOEXEC); fd >= 0) {
        const bool synced = ::fsync(fd) == 0;
        const int error = errno;
        ::close(fd);
        if (!synced)
            fail(errnoText(error));
    }
    if (::rename(temporary.constData(), QFile::encodeName(m_final).constData()) != 0)
        fail(errnoText(errno));
    m_committed = true;
}

void OutputFile::writeAll(const QString& target, const QByteArray& bytes) {
    OutputFile file(target);
    file.write(bytes);
    file.commit();
}

void OutputFile::fail(const QString& reason) const {
    throw DataError(tr("Cannot write %1: %2.").arg(QDir::toNativeSeparators(m_target), reason));
}

OutputFile& OutputSet::add(const QString& target) {
    m_files.push_back(std::make_unique<OutputFile>(target));
    return *m_files.back();
}

QStringList OutputSet::commit() {
    QStringList targets;
    for (const auto& file : m_files) {
        file->commit();
        targets << file->target();
    }
    return targets;
}

} // namespace segmenta
