#include "gui/FileChooser.h"

#include "gui/Settings.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QStandardPaths>

namespace segmenta {

void FileChooser::ask(QWidget* parent, Mode mode, const QString& caption, const QString& filter,
                      const QString& suggested, const QString& suffix,
                      std::function<void(const QString&)> chosen) {
    QString directory = Settings().lastDirectory();
    if (directory.isEmpty() || !QFileInfo(directory).isDir())
        directory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    auto* dialog = new QFileDialog(parent, caption, directory, filter);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    switch (mode) {
    case Mode::OpenFile:
        dialog->setFileMode(QFileDialog::ExistingFile);
        dialog->setAcceptMode(QFileDialog::AcceptOpen);
        break;
    case Mode::SaveFile:
        dialog->setFileMode(QFileDialog::AnyFile);
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->setDefaultSuffix(suffix);
        if (!suggested.isEmpty())
            dialog->selectFile(suggested);
        break;
    case Mode::Directory:
        dialog->setFileMode(QFileDialog::Directory);
        dialog->setOption(QFileDialog::ShowDirsOnly);
        dialog->setAcceptMode(QFileDialog::AcceptOpen);
        if (!suggested.isEmpty())
            dialog->setDirectory(suggested);
        break;
    }
    QObject::connect(dialog, &QFileDialog::fileSelected, dialog,
                     [mode, chosen = std::move(chosen)](const QString& path) {
                         const QFileInfo info(path);
                         Settings().setLastDirectory(mode == Mode::Directory ? info.absoluteFilePath()
                                                                             : info.absolutePath());
                         chosen(path);
                     });
    dialog->open();
}

} // namespace segmenta
