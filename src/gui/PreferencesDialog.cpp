#include "gui/PreferencesDialog.h"

#include "gui/Settings.h"

#include <QPushButton>

#include "i18n/Languages.h"
#include "ui_PreferencesDialog.h"

namespace segmenta {

PreferencesDialog::PreferencesDialog(QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PreferencesDialog>()) {
    m_ui->setupUi(this);
    m_ui->languageCombo->addItem(tr("As the system"), QString());
    for (const Language& language : shippedLanguages())
        m_ui->languageCombo->addItem(language.nativeName, language.code);
    const Settings settings;
    m_ui->languageCombo->setCurrentIndex(std::max(0, m_ui->languageCombo->findData(settings.language())));
    m_ui->seedSpin->setValue(settings.defaultSeed());
    m_ui->restartsSpin->setValue(settings.defaultRestarts());
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
    connect(m_ui->buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &PreferencesDialog::restoreDefaults);
}

PreferencesDialog::~PreferencesDialog() = default;

void PreferencesDialog::restoreDefaults() {
    m_ui->languageCombo->setCurrentIndex(0);
    m_ui->seedSpin->setValue(0);
    m_ui->restartsSpin->setValue(Settings::kDefaultRestarts);
}

void PreferencesDialog::accept() {
    Settings settings;
    settings.setLanguage(m_ui->languageCombo->currentData().toString());
    settings.setDefaultSeed(m_ui->seedSpin->value());
    settings.setDefaultRestarts(m_ui->restartsSpin->value());
    QDialog::accept();
}

} // namespace segmenta
