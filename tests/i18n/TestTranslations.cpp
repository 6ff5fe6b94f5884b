#include <QDirIterator>
#include <QLibraryInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include <map>
#include <tuple>

#include "TestSupport.h"
#include "i18n/Languages.h"

using namespace segmenta;

namespace {

// (context, source, disambiguation): how Qt finds a translation.
using Key = std::tuple<QString, QString, QString>;

struct Message {
    bool numerus = false;
    bool finished = false;
    QStringList translations; ///< one, or the plural forms
};

struct Catalogue {
    QString language;
    std::map<Key, Message> messages;
    QString error;
};

QString describe(const Key& key) {
    return QStringLiteral("[%1] \"%2\"").arg(std::get<0>(key), std::get<1>(key).left(80));
}

Catalogue readTs(const QString& path) {
    Catalogue catalogue;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        catalogue.error = QStringLiteral("cannot open ") + path;
        return catalogue;
    }
    QXmlStreamReader xml(&file);
    QString context, source, comment;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        const auto name = xml.name();
        if (xml.isStartElement()) {
            if (name == u"TS") {
                catalogue.language = xml.attributes().value(QLatin1String("language")).toString();
            } else if (name == u"name") {
                context = xml.readElementText();
            } else if (name == u"message") {
                message = Message{xml.attributes().value(QLatin1String("numerus")) == u"yes", false, {}};
                source.clear();
                comment.clear();
            } else if (name == u"source") {
                source = xml.readElementText();
            } else if (name == u"comment") {
                comment = xml.readElementText();
            } else if (name == u"translation") {
                message.finished = !xml.attributes().hasAttribute(QLatin1String("type"));
                if (!message.numerus)
                    message.translations << xml.readElementText();
            } else if (name == u"numerusform") {
                message.translations << xml.readElementText();
            }
        } else if (xml.isEndElement() && name == u"message") {
            catalogue.messages[{context, source, comment}] = message;
        }
    }
    if (xml.hasError())
        catalogue.error =
            QStringLiteral("%1: %2 at line %3").arg(path, xml.errorString()).arg(xml.lineNumber());
    return catalogue;
}

// What a translation must keep of its source for the interface to work: every placeholder, a keyboard
// mnemonic where the source has one, the line breaks and rich-text tags.
QStringList lostFromSource(const QString& source, const QString& translation) {
    static const QRegularExpression placeholder(QStringLiteral("%(?:L?\\d+|n)"));
    static const QRegularExpression mnemonic(QStringLiteral("&(?=[^&\\s])"));
    static const QRegularExpression tag(QStringLiteral("</?([a-zA-Z]+)[^>]*>"));
    const auto all = [](const QRegularExpression& pattern, QString text, int group) {
        text.replace(QStringLiteral("&&"), QString());
        QStringList found;
        for (const auto& match : pattern.globalMatch(text))
            found << match.captured(group);
        found.sort();
        return found;
    };
    QStringList lost;
    QStringList wanted = all(placeholder, source, 0);
    QStringList given = all(placeholder, translation, 0);
    wanted.removeDuplicates();
    given.removeDuplicates();
    if (wanted != given)
        lost << QStringLiteral("placeholders %1, not %2").arg(wanted.join(u' '), given.join(u' '));
    if (all(mnemonic, source, 0).size() != all(mnemonic, translation, 0).size())
        lost << QStringLiteral("one & mnemonic, as the source has");
    if (all(tag, source, 1) != all(tag, translation, 1))
        lost << QStringLiteral("the source's HTML tags");
    if (source.count(u'\n') != translation.count(u'\n'))
        lost << QStringLiteral("%1 line breaks").arg(source.count(u'\n'));
    if (translation.trimmed().isEmpty())
        lost << QStringLiteral("any text");
    return lost;
}

QString listed(const QStringList& problems) {
    const int shown = 15;
    return problems.mid(0, shown).join(QStringLiteral("\n  ")) +
           (problems.size() > shown ? QStringLiteral("\n  … and %1 more").arg(problems.size() - shown)
                                    : QString());
}

} // namespace

/// The shipped catalogues (translations/*.ts) against the strings the sources show users: every one
/// translated, nothing lost in translation, and compiled into the application.
class TestTranslations : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup() { installTranslators(*QCoreApplication::instance(), QStringLiteral("en")); }

    void sourcesGiveEveryStringItsContext();
    void everySourceStringIsTranslated_data();
    void everySourceStringIsTranslated();
    void translationsKeepPlaceholdersAndMnemonics_data() { languageRows(); }
    void translationsKeepPlaceholdersAndMnemonics();
    void catalogueIsCompiledIn_data() { languageRows(); }
    void catalogueIsCompiledIn();
    void qtsOwnStringsFollow();
    void languageFollowsPreferenceThenSystem();
    void guideIsTranslated_data() { languageRows(); }
    void guideIsTranslated();

private:
    void languageRows();

    QTemporaryDir m_dir;
    QString m_lupdateOutput;
    Catalogue m_sources;
};

void TestTranslations::initTestCase() {
    QVERIFY(m_dir.isValid());
    // The strings as the sources have them now, extracted the way the update_translations target does.
    QStringList files;
    for (const QString& folder : {QStringLiteral("src"), QStringLiteral("ui")}) {
        QDirIterator it(test::sourcePath(folder),
                        {QStringLiteral("*.cpp"), QStringLiteral("*.h"), QStringLiteral("*.ui")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
    }
    QVERIFY(files.size() > 100);
    QFile list(m_dir.filePath(QStringLiteral("sources.lst")));
    QVERIFY(list.open(QIODevice::WriteOnly));
    list.write(files.join(u'\n').toUtf8());
    list.close();
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(SEGMENTA_LUPDATE_PATH),
                  {QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-no-obsolete"),
                   QStringLiteral("-I"), test::sourcePath(QStringLiteral("src")),
                   QLatin1Char('@') + list.fileName(), QStringLiteral("-ts"),
                   m_dir.filePath(QStringLiteral("sources.ts"))});
    QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
    m_lupdateOutput = QString::fromUtf8(lupdate.readAll());
    QCOMPARE(lupdate.exitCode(), 0);
    m_sources = readTs(m_dir.filePath(QStringLiteral("sources.ts")));
    QVERIFY2(m_sources.error.isEmpty(), qPrintable(m_sources.error));
    QVERIFY2(m_sources.messages.size() > 1000, qPrintable(m_lupdateOutput));
}

void TestTranslations::languageRows() {
    QTest::addColumn<Language>("language");
    for (const Language& language : shippedLanguages().mid(1))
        QTest::addRow("%s", qPrintable(language.code)) << language;
}

// A tr() outside any class, or in a class without Q_OBJECT or Q_DECLARE_TR_FUNCTIONS, is looked up at run
// time under another context than the catalogue files it under, so its translation is never found.
void TestTranslations::sourcesGiveEveryStringItsContext() {
    static const QRegularExpression diagnostic(QStringLiteral("^.+:\\d+: .+$"),
                                               QRegularExpression::MultilineOption);
    QStringList found;
    for (const auto& match : diagnostic.globalMatch(m_lupdateOutput))
        found << match.captured(0);
    QVERIFY2(found.isEmpty(), qPrintable(listed(found)));
}

void TestTranslations::everySourceStringIsTranslated_data() {
    languageRows();
}

void TestTranslations::everySourceStringIsTranslated() {
    QFETCH(Language, language);
    const Catalogue shipped =
        readTs(test::sourcePath(QStringLiteral("translations/segmenta_%1.ts").arg(language.code)));
    QVERIFY2(shipped.error.isEmpty(), qPrintable(shipped.error));
    QCOMPARE(shipped.language, language.locale.name());
    QStringList untranslated;
    for (const auto& [key, source] : m_sources.messages) {
        const auto found = shipped.messages.find(key);
        if (found == shipped.messages.end())
            untranslated << describe(key) + QStringLiteral(" is not in the catalogue");
        else if (!found->second.finished || found->second.translations.contains(QString()) ||
                 found->second.numerus != source.numerus)
            untranslated << describe(key) + QStringLiteral(" has no finished translation");
    }
    QStringList stale;
    for (const auto& entry : shipped.messages)
        if (!m_sources.messages.contains(entry.first))
            stale << describe(entry.first);
    QVERIFY2(
        untranslated.isEmpty(),
        qPrintable(QStringLiteral("%1 strings untranslated in %2 (build the update_translations target, then "
                                  "translate them in Qt Linguist):\n  %3")
                       .arg(untranslated.size())
                       .arg(language.code, listed(untranslated))));
    QVERIFY2(stale.isEmpty(), qPrintable(QStringLiteral("%1 strings no source shows any more (build the "
                                                        "update_translations target):\n  %2")
                                             .arg(stale.size())
                                             .arg(listed(stale))));
}

void TestTranslations::translationsKeepPlaceholdersAndMnemonics() {
    QFETCH(Language, language);
    const Catalogue shipped =
        readTs(test::sourcePath(QStringLiteral("translations/segmenta_%1.ts").arg(language.code)));
    QStringList problems;
    for (const auto& [key, message] : shipped.messages)
        for (const QString& translation : message.finished ? message.translations : QStringList()) {
            const QStringList lost = lostFromSource(std::get<1>(key), translation);
            if (!lost.isEmpty())
                problems << describe(key) + QStringLiteral(" → \"%1\" lacks ").arg(translation.left(80)) +
                                lost.join(QStringLiteral(", "));
        }
    QVERIFY2(problems.isEmpty(), qPrintable(listed(problems)));
}

// lrelease compiled each catalogue into the resources, and installTranslators() puts it in front of every
// string the application asks for.
void TestTranslations::catalogueIsCompiledIn() {
    QFETCH(Language, language);
    const Catalogue shipped =
        readTs(test::sourcePath(QStringLiteral("translations/segmenta_%1.ts").arg(language.code)));
    QVERIFY(installTranslators(*QCoreApplication::instance(), language.code));
    QCOMPARE(installedLanguage(), language.code);
    QStringList wrong;
    for (const auto& [key, message] : shipped.messages) {
        if (!message.finished)
            continue; // lrelease leaves them out; everySourceStringIsTranslated() names them
        const QByteArray context = std::get<0>(key).toUtf8();
        const QByteArray source = std::get<1>(key).toUtf8();
        const QByteArray comment = std::get<2>(key).toUtf8();
        const char* disambiguation = comment.isEmpty() ? nullptr : comment.constData();
        const QString one =
            QCoreApplication::translate(context, source, disambiguation, message.numerus ? 1 : -1);
        QString expected = message.translations.value(0);
        if (message.numerus) {
            expected.replace(QStringLiteral("%n"), QStringLiteral("1"));
            QString many = message.translations.value(1);
            many.replace(QStringLiteral("%n"), QStringLiteral("7"));
            if (QCoreApplication::translate(context, source, disambiguation, 7) != many)
                wrong << describe(key) + QStringLiteral(" (plural)");
        }
        if (one != expected)
            wrong << describe(key) + QStringLiteral(" → \"%1\"").arg(one.left(80));
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(listed(wrong)));
}

void TestTranslations::qtsOwnStringsFollow() {
    // Standard buttons come from Qt's catalogue (Debian's qt6-translations-l10n, which install-deps
    // installs).
    QVERIFY(installTranslators(*QCoreApplication::instance(), QStringLiteral("de")));
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));
    // Another language replaces the one installed before.
    QVERIFY(installTranslators(*QCoreApplication::instance(), QStringLiteral("en")));
    QCOMPARE(installedLanguage(), QStringLiteral("en"));
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
    QVERIFY(!installTranslators(*QCoreApplication::instance(), QStringLiteral("tlh")));
}

void TestTranslations::languageFollowsPreferenceThenSystem() {
    const QStringList french{QStringLiteral("fr-CA"), QStringLiteral("en")};
    QCOMPARE(chooseLanguage(QStringLiteral("de"), french), QStringLiteral("de"));
    QCOMPARE(chooseLanguage(QString(), french), QStringLiteral("fr"));
    QCOMPARE(chooseLanguage(QStringLiteral("tlh"), french), QStringLiteral("fr"));
    QCOMPARE(chooseLanguage(QString(), {QStringLiteral("pt-BR")}), QStringLiteral("pt"));
    QCOMPARE(chooseLanguage(QString(), {QStringLiteral("ja-JP"), QStringLiteral("es-MX")}),
             QStringLiteral("es"));
    QCOMPARE(chooseLanguage(QString(), {QStringLiteral("ja-JP")}), QStringLiteral("en"));
    QCOMPARE(chooseLanguage(QString(), {}), QStringLiteral("en"));
}

// Help > User Guide opens the guide in the interface's language: the same sections, translated.
void TestTranslations::guideIsTranslated() {
    QFETCH(Language, language);
    const auto read = [](const QString& name) {
        QFile file(test::sourcePath(QStringLiteral("resources/guide/") + name));
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    };
    const QString english = read(QStringLiteral("index.html"));
    const QString translated = read(QStringLiteral("index_%1.html").arg(language.code));
    QVERIFY2(!translated.isEmpty(), "no translated guide");
    QVERIFY(translated.contains(QStringLiteral("lang=\"%1\"").arg(language.code)));
    static const QRegularExpression anchor(QStringLiteral("(?:id|href)=\"([^\"]*)\"|<(h\\d|li|table|tr)\\b"));
    const auto structure = [](const QString& html) {
        QStringList found;
        for (const auto& match : anchor.globalMatch(html))
            found << match.captured(0);
        return found;
    };
    QCOMPARE(structure(translated), structure(english));
    // Translated, not copied: few of the English guide's runs of five words are left.
    const auto words = [](QString html) {
        static const QRegularExpression markup(QStringLiteral("<[^>]*>|&[a-z]+;|[^\\w]+"));
        return html.replace(markup, QStringLiteral(" ")).simplified().split(u' ');
    };
    const QStringList englishWords = words(english);
    const QString translatedText = words(translated).join(u' ');
    int kept = 0, total = 0;
    for (qsizetype i = 0; i + 5 <= englishWords.size(); i += 5, ++total)
        kept += translatedText.contains(englishWords.mid(i, 5).join(u' '));
    QVERIFY(total > 200);
    QVERIFY2(kept * 20 < total,
             qPrintable(QStringLiteral("%1 of %2 English phrases left").arg(kept).arg(total)));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"
