#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class PreferencesDialog;
}

namespace segmenta {

/// The language of the interface and the defaults of new analyses (seed, restarts), kept in Settings.
/// Open it with open().
class PreferencesDialog : public QDialog {
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget* parent = nullptr);
    ~PreferencesDialog() override;

    void accept() override;

private:
    void restoreDefaults();

    std::unique_ptr<Ui::PreferencesDialog> m_ui;
};

} // namespace segmenta
