#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

namespace segmenta::fuzz {

/// The bytes of one fuzz input as a file named `name` in a private folder, rewritten for every input: the
/// readers under test open files by name, as users give them.
inline QString inputFile(const QString& name, const std::uint8_t* data, std::size_t size) {
    static int argc = 1;
    static char arg0[] = "segmenta-fuzz";
    static char* argv[] = {arg0, nullptr};
    static QCoreApplication app(argc, argv); // SQL drivers are plugins found through the application
    static QTemporaryDir dir;
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write the fuzz input %s", qPrintable(path));
    file.write(reinterpret_cast<const char*>(data), qint64(size));
    return path;
}

} // namespace segmenta::fuzz
