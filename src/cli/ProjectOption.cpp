#include "cli/ProjectOption.h"

#include "cli/CliText.h"
#include "core/Error.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

namespace segmenta::cli {

QString requireProject(const QCommandLineParser& parser, const QString& command) {
    const QString project = parser.value(QStringLiteral("project"));
    if (project.isEmpty())
        throw DataError(CliText::tr("%1 needs --project with the project file.").arg(command));
    return project;
}

std::unique_ptr<ProjectStore> openExistingProject(const QString& path) {
    if (!QFileInfo::exists(path))
        throw DataError(CliText::tr("The project '%1' does not exist.").arg(path));
    return ProjectStore::openFile(path);
}

} // namespace segmenta::cli
