#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>

namespace segmenta {

/// The application's preferences and window state, typed, over QSettings (under the application's
/// organisation and name, which tests set to their own).
class Settings {
public:
    QStringList recentProjects() const;
    /// Puts `path` first in the recent projects, keeping at most kMaxRecent existing entries.
    void addRecentProject(const QString& path);
    void removeRecentProject(const QString& path);
    void clearRecentProjects();

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray& state);

    /// Folder the last file dialog was in.
    QString lastDirectory() const;
    void setLastDirectory(const QString& directory);

    /// UI language as a locale name ("en", "de", ...); empty = the system's.
    QString language() const;
    void setLanguage(const QString& language);

    /// Defaults of the analysis form.
    int defaultSeed() const;
    void setDefaultSeed(int seed);
    int defaultRestarts() const;
    void setDefaultRestarts(int restarts);

    static constexpr int kMaxRecent = 8;
    static constexpr int kDefaultRestarts = 10; // scikit-learn's n_init

private:
    mutable QSettings m_settings;
};

} // namespace segmenta
