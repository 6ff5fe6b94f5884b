#include "gui/Project.h"

#include "gui/Log.h"
#include "store/ProjectStore.h"
#include "store/StoreError.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace segmenta {

Project::Project(std::unique_ptr<ProjectStore> store, QString path)
    : m_store(std::move(store))
    , m_path(std::move(path)) {}

Project::~Project() = default;

std::unique_ptr<Project> Project::createUntitled() {
    return std::unique_ptr<Project>(new Project(ProjectStore::openInMemory(), {}));
}

std::unique_ptr<Project> Project::open(const QString& path) {
    const QString absolute = QFileInfo(path).absoluteFilePath();
    qCInfo(lcGui) << "opening project" << absolute;
    return std::unique_ptr<Project>(new Project(ProjectStore::openFile(absolute), absolute));
}

QString Project::displayName() const {
    return isUntitled() ? tr("Untitled") : QFileInfo(m_path).fileName();
}

void Project::saveAs(const QString& path) {
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (absolute == m_path)
        return; // a file project is always saved
    QSaveFile file(absolute);
    // Customer data: readable by its owner only, whatever the umask (the temporary file is renamed).
    if (!file.open(QIODevice::WriteOnly) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        file.write(m_store->serialize()) < 0 || !file.commit())
        throw StoreError(tr("Could not save the project as %1: %2. Choose a folder you can write to.")
                             .arg(QDir::toNativeSeparators(absolute), file.errorString()));
    std::unique_ptr<ProjectStore> reopened = ProjectStore::openFile(absolute);
    qCInfo(lcGui) << "project saved as" << absolute;
    m_store->close();
    m_store = std::move(reopened);
    m_path = absolute;
    m_modified = false;
}

} // namespace segmenta
