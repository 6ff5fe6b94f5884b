#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace segmenta {

/// File dialogs that do not block: the dialog is opened with open() and `chosen` receives the path once the
/// user accepts. They start in the folder last used and remember the folder chosen.
class FileChooser {
public:
    enum class Mode { OpenFile, SaveFile, Directory };

    /// `suggested` is a file name (SaveFile) or folder to start in; `suffix` is added to a saved file name
    /// typed without one.
    static void ask(QWidget* parent, Mode mode, const QString& caption, const QString& filter,
                    const QString& suggested, const QString& suffix,
                    std::function<void(const QString&)> chosen);
};

} // namespace segmenta
