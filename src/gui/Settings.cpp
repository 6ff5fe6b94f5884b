#include "gui/Settings.h"

#include <QFileInfo>

namespace segmenta {

namespace {
const QString kRecent = QStringLiteral("recentProjects");
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kDirectory = QStringLiteral("lastDirectory");
const QString kLanguage = QStringLiteral("language");
const QString kSeed = QStringLiteral("analysis/seed");
const QString kRestarts = QStringLiteral("analysis/restarts");
} // namespace

QStringList Settings::recentProjects() const {
    QStringList recent;
    for (const QString& path : m_settings.value(kRecent).toStringList())
        if (QFileInfo::exists(path))
            recent << path;
    return recent;
}

void Settings::addRecentProject(const QString& path) {
    const QString canonical = QFileInfo(path).absoluteFilePath();
    QStringList recent = recentProjects();
    recent.removeAll(canonical);
    recent.prepend(canonical);
    m_settings.setValue(kRecent, recent.mid(0, kMaxRecent));
}

void Settings::removeRecentProject(const QString& path) {
    QStringList recent = m_settings.value(kRecent).toStringList();
    recent.removeAll(QFileInfo(path).absoluteFilePath());
    m_settings.setValue(kRecent, recent);
}

void Settings::clearRecentProjects() {
    m_settings.remove(kRecent);
}

QByteArray Settings::windowGeometry() const {
    return m_settings.value(kGeometry).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray& geometry) {
    m_settings.setValue(kGeometry, geometry);
}

QByteArray Settings::windowState() const {
    return m_settings.value(kState).toByteArray();
}

void Settings::setWindowState(const QByteArray& state) {
    m_settings.setValue(kState, state);
}

QString Settings::lastDirectory() const {
    return m_settings.value(kDirectory).toString();
}

void Settings::setLastDirectory(const QString& directory) {
    m_settings.setValue(kDirectory, directory);
}

QString Settings::language() const {
    return m_settings.value(kLanguage).toString();
}

void Settings::setLanguage(const QString& language) {
    m_settings.setValue(kLanguage, language);
}

int Settings::defaultSeed() const {
    return m_settings.value(kSeed, 0).toInt();
}

void Settings::setDefaultSeed(int seed) {
    m_settings.setValue(kSeed, seed);
}

int Settings::defaultRestarts() const {
    return m_settings.value(kRestarts, Settings::kDefaultRestarts).toInt();
}

void Settings::setDefaultRestarts(int restarts) {
    m_settings.setValue(kRestarts, restarts);
}

} // namespace segmenta
