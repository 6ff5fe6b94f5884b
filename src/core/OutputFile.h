#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace segmenta {

/// One file that an export or report writes, so that no one ever sees it half written and no other user
/// can read it.
///
/// **Regular files** (and names that do not exist yet) are written to a temporary file in the same folder,
/// `.NAME.PID.segmenta-part`, created readable and writable by the owner only (0600) whatever the umask,
/// and renamed over the target by commit(). A file that is replaced keeps its own permissions; a new one
/// stays 0600. The temporary is removed when the OutputFile is destroyed without commit(); one left behind
/// by a process that no longer runs (a killed export) is removed by the next OutputFile for the same name.
///
/// **Symbolic links** are followed: the file the link points to is replaced, in its own folder, and the
/// link stays. **Devices, FIFOs and sockets** (`/dev/null`, `/dev/stdout`, a pipe) are written through,
/// never replaced; `-` is the standard output. A folder is refused.
class OutputFile {
    Q_DECLARE_TR_FUNCTIONS(segmenta::OutputFile)

public:
    /// Prepares @p target: creates the temporary file, or opens the device. Throws DataError naming
    /// @p target when that is not possible.
    explicit OutputFile(const QString& target);
    ~OutputFile();
    OutputFile(const OutputFile&) = delete;
    OutputFile& operator=(const OutputFile&) = delete;

    /// The target as the caller named it, for messages.
    const QString& target() const { return m_target; }
    /// The path to write to for a writer that opens files by name (the temporary file, or the device).
    QString writePath() const;
    /// Appends @p bytes; throws DataError naming the target when they cannot be written.
    void write(const QByteArray& bytes);
    /// Makes the written bytes the target's (flushed to disk, renamed into place). Throws DataError.
    void commit();

    /// Writes @p bytes to @p target as one committed OutputFile.
    static void writeAll(const QString& target, const QByteArray& bytes);

private:
    [[noreturn]] void fail(const QString& reason) const;

    QString m_target;
    QString m_final;     ///< the file that commit() replaces (a symlink's target); empty when direct
    QString m_temporary; ///< empty when written through
    QFile m_file;
    bool m_committed = false;
};

/// Outputs that are made visible together: each is written in full to its temporary file first, and
/// commit() renames them all only then, so a failure before commit() leaves every target as it was.
class OutputSet {
public:
    /// Adds @p target (see OutputFile) and returns it for writing.
    OutputFile& add(const QString& target);
    /// Commits every output in the order added and returns their targets.
    QStringList commit();
    bool isEmpty() const { return m_files.empty(); }

private:
    std::vector<std::unique_ptr<OutputFile>> m_files;
};

} // namespace segmenta
