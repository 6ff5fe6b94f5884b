#include "gui/Notice.h"

#include "gui/Log.h"

namespace segmenta {

QMessageBox* Notice::error(QWidget* parent, const QString& title, const QString& text) {
    qCInfo(lcGui) << "error shown:" << title << text;
    auto* box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    return box;
}

QMessageBox* Notice::ask(QWidget* parent, const QString& title, const QString& text,
                         QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton,
                         std::function<void(QMessageBox::StandardButton)> answered) {
    auto* box = new QMessageBox(QMessageBox::Question, title, text, buttons, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDefaultButton(defaultButton);
    QObject::connect(box, &QMessageBox::finished, box, [box, answered = std::move(answered)](int) {
        answered(box->standardButton(box->clickedButton()));
    });
    box->open();
    return box;
}

} // namespace segmenta
