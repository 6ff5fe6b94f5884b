#pragma once

#include <QString>

#include <optional>

namespace segmenta {

/// Why @p path cannot be read as a file to import: it names a FIFO, a device (/dev/zero), a socket or a
/// directory, whose reading would block or never end. nullopt for a regular file, a link to one, or a path
/// that does not exist (opening it reports that).
std::optional<QString> notRegularFileProblem(const QString& path);

} // namespace segmenta
