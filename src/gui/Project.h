#pragma once

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace segmenta {

class ProjectStore;

/// The open project: a .segmenta file written as the user works, or an untitled project held in memory
/// until it is saved with Save As (its image is written atomically, then the file is reopened).
class Project {
    Q_DECLARE_TR_FUNCTIONS(segmenta::Project)

public:
    /// An empty untitled project in memory.
    static std::unique_ptr<Project> createUntitled();
    /// Opens (or creates) the project file. Throws StoreError with a message saying what to do.
    static std::unique_ptr<Project> open(const QString& path);
    ~Project();

    ProjectStore& store() const { return *m_store; }
    /// Empty for an untitled project.
    const QString& path() const { return m_path; }
    bool isUntitled() const { return m_path.isEmpty(); }
    /// "Untitled" or the file's name, for the window title.
    QString displayName() const;

    /// An untitled project has unsaved work once something was added to it; a file project never has.
    bool hasUnsavedWork() const { return isUntitled() && m_modified; }
    void setModified(bool modified) { m_modified = modified; }

    /// Writes the whole project to `path` and continues on that file. Throws StoreError naming the file
    /// when it cannot be written or reopened; the project then stays as it was.
    void saveAs(const QString& path);

private:
    Project(std::unique_ptr<ProjectStore> store, QString path);

    std::unique_ptr<ProjectStore> m_store;
    QString m_path;
    bool m_modified = false;
};

} // namespace segmenta
