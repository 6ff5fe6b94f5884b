#pragma once

#include <QMessageBox>

#include <functional>

namespace segmenta {

/// Message boxes that never block: opened with open(), deleted when closed.
class Notice {
public:
    /// A problem: `text` says what happened and what to do.
    static QMessageBox* error(QWidget* parent, const QString& title, const QString& text);
    /// A question; `answered` receives the button the user chose (Escape gives the escape button).
    static QMessageBox* ask(QWidget* parent, const QString& title, const QString& text,
                            QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton,
                            std::function<void(QMessageBox::StandardButton)> answered);
};

} // namespace segmenta
