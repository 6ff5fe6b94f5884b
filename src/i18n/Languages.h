#pragma once

#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace segmenta {

/// A language the interface is shipped in.
struct Language {
    QString code;       ///< "de", "es", ...: the catalogue is ":/i18n/segmenta_<code>.qm"; "en" has none
    QString nativeName; ///< the language in its own name, as a user looking for it reads it
    QLocale locale;     ///< the locale whose catalogue of Qt's own strings (dialog buttons) matches ours
};

/// Every shipped language, English (the language of the sources) first.
QList<Language> shippedLanguages();

/// The language to use: @p preferred when it is shipped, else the first of @p uiLanguages (the system's, as
/// QLocale::uiLanguages() names them, most preferred first) whose language is shipped, else English.
/// @return a shipped language's code.
QString chooseLanguage(const QString& preferred, const QStringList& uiLanguages);

/// Installs on @p app the translators for the shipped language @p code: Segmenta's catalogue and Qt's own
/// (standard buttons and dialogs) when the system has it, in place of those an earlier call installed.
/// Call before any widget exists. English installs none. @return false when @p code is not shipped (nothing
/// changes) or, with a warning logged and English in place, when its catalogue cannot be loaded.
bool installTranslators(QCoreApplication& app, const QString& code);

/// The code of the language installTranslators() last installed; "en" before any.
QString installedLanguage();

} // namespace segmenta
