#include "i18n/Languages.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <algorithm>

#include "i18n/Log.h"

namespace segmenta {

namespace {
// Installed translators speak for the whole process, so their language is a fact of the process.
QString g_installed = QStringLiteral("en");
/// Marks the translators installTranslators() owns, so that the next call replaces them.
const QString kOwned = QStringLiteral("segmenta.i18n");

void removeOwnedTranslators(QCoreApplication& app) {
    for (QTranslator* translator : app.findChildren<QTranslator*>(kOwned, Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}
} // namespace

QList<Language> shippedLanguages() {
    // Portuguese as written in Portugal, the home of the bundled sample.
    return {
        {QStringLiteral("en"), QStringLiteral("English"), QLocale(QLocale::English)},
        {QStringLiteral("de"), QStringLiteral("Deutsch"), QLocale(QLocale::German)},
        {QStringLiteral("es"), QStringLiteral("Español"), QLocale(QLocale::Spanish)},
        {QStringLiteral("fr"), QStringLiteral("Français"), QLocale(QLocale::French)},
        {QStringLiteral("pt"), QStringLiteral("Português"), QLocale(QLocale::Portuguese, QLocale::Portugal)}};
}

QString chooseLanguage(const QString& preferred, const QStringList& uiLanguages) {
    const QList<Language> languages = shippedLanguages();
    for (const Language& language : languages) {
        if (language.code == preferred)
            return language.code;
    }
    for (const QString& name : uiLanguages) {
        const QLocale::Language wanted = QLocale(name).language();
        for (const Language& language : languages) {
            if (language.locale.language() == wanted)
                return language.code;
        }
    }
    return languages.first().code;
}

bool installTranslators(QCoreApplication& app, const QString& code) {
    const QList<Language> languages = shippedLanguages();
    const auto language = std::find_if(languages.begin() + 1, languages.end(),
                                       [&code](const Language& shipped) { return shipped.code == code; });
    if (language == languages.end() && code != languages.first().code)
        return false;
    removeOwnedTranslators(app);
    g_installed = languages.first().code;
    if (language == languages.end())
        return true;

    auto* own = new QTranslator(&app);
    own->setObjectName(kOwned);
    if (!own->load(QStringLiteral(":/i18n/segmenta_") + code)) {
        qCWarning(lcI18n) << "no catalogue for language" << code;
        delete own;
        return false;
    }
    QCoreApplication::installTranslator(own);
    // Qt's catalogue is a separate Debian package (qt6-translations-l10n); without it the standard buttons
    // stay in English and everything else is still translated.
    auto* qt = new QTranslator(&app);
    qt->setObjectName(kOwned);
    if (qt->load(language->locale, QStringLiteral("qt"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    g_installed = code;
    qCInfo(lcI18n) << "interface language" << code;
    return true;
}

QString installedLanguage() {
    return g_installed;
}

} // namespace segmenta
