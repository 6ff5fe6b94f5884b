#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

#include <memory>

class QThread;

namespace segmenta {

/// One open project: a SQLite database in a .segmenta file or only in memory, with foreign keys on and its
/// schema brought up to the version this build knows (Schema). Repositories reach the database through it.
///
/// The connection belongs to the thread that opened it: database() throws StoreError on any other thread
/// (in every build, not only in debug, because a shared connection corrupts transactions silently).
class ProjectStore {
public:
    /// Opens the project file at `path`, creating it owner-only (0600) when it does not exist; a file this
    /// user cannot write is opened read-only. Throws StoreError when the path is a folder, the file is not
    /// a Segmenta project, lacks one of its tables, was written by a newer version (the file is left
    /// untouched), or cannot be opened.
    static std::unique_ptr<ProjectStore> openFile(const QString& path);
    /// Opens a project held only in memory: empty, or the database whose file image is `image` (as
    /// serialize() returns it). Behaves exactly as a file; closing it discards it.
    static std::unique_ptr<ProjectStore> openInMemory(const QByteArray& image = {});

    ~ProjectStore();
    ProjectStore(const ProjectStore&) = delete;
    ProjectStore& operator=(const ProjectStore&) = delete;

    /// The file path, or "(in memory)", for messages.
    const QString& location() const { return m_location; }
    /// True for a project file this user may not write: it is opened read-only, and any change fails with
    /// a StoreError that says so.
    bool isReadOnly() const { return m_readOnly; }
    bool isOpen() const { return m_open; }
    /// Closes the connection and removes it; later use throws StoreError. Idempotent.
    void close();
    /// The whole database as a file image, e.g. to encrypt an in-memory project and write it out.
    QByteArray serialize() const;

    /// The open connection. Throws StoreError when closed or called from another thread than the one
    /// that opened the project.
    QSqlDatabase database() const;

private:
    friend class Transaction; // keeps the savepoint depth

    explicit ProjectStore(QString location);
    void open(const QString& databaseName, const QByteArray& image);

    QString m_location;
    QString m_connection;
    QThread* m_thread = nullptr;
    bool m_open = false;
    bool m_readOnly = false;
    int m_savepointDepth = 0;
};

} // namespace segmenta
