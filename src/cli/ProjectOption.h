#pragma once

#include "store/ProjectStore.h"

#include <QString>

#include <memory>

class QCommandLineParser;

namespace segmenta::cli {

/// The value of --project, which `command` requires. Throws DataError when it is missing.
QString requireProject(const QCommandLineParser& parser, const QString& command);

/// Opens a project that must exist already (commands that read a project never create one).
/// Throws DataError naming the path when there is no such file, StoreError when it cannot be opened.
std::unique_ptr<ProjectStore> openExistingProject(const QString& path);

} // namespace segmenta::cli
