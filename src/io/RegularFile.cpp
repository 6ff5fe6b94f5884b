#include "io/RegularFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace segmenta {

std::optional<QString> notRegularFileProblem(const QString& path) {
    const QFileInfo info(path);
    if (!info.exists() || info.isFile())
        return std::nullopt;
    const QString shown = QDir::toNativeSeparators(path);
    if (info.isDir())
        return QCoreApplication::translate(
                   "segmenta::RegularFile",
                   "'%1' is a folder. Choose a CSV, TSV, TXT, XLSX or ODS file in it.")
            .arg(shown);
    return QCoreApplication::translate(
               "segmenta::RegularFile",
               "'%1' is not a regular file but a pipe, device or socket, which could be read forever. Save "
               "the data to a CSV, TSV, TXT, XLSX or ODS file and import that file.")
        .arg(shown);
}

} // namespace segmenta
