#include "cli/OptionTable.h"

#include "cli/CliText.h"
#include "core/Error.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include "manpage/Roff.h"

namespace segmenta::cli {

namespace {
HelpFormat g_helpFormat = HelpFormat::Text;
} // namespace

void setHelpFormat(HelpFormat format) {
    g_helpFormat = format;
}

void addOptions(QCommandLineParser& parser, std::span<const OptionSpec> options) {
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    for (const OptionSpec& spec : options) {
        const QString name = QString::fromLatin1(spec.name);
        if (spec.valueName)
            parser.addOption(
                QCommandLineOption(name, CliText::tr(spec.help), QString::fromLatin1(spec.valueName)));
        else
            parser.addOption(QCommandLineOption(name, CliText::tr(spec.help)));
    }
}

QString optionHelp(const QString& usage, const QString& description, std::span<const OptionSpec> options) {
    if (g_helpFormat == HelpFormat::Roff)
        return roff::verbatim(usage) + roff::paragraph(description) + optionLines(options);
    return usage + QLatin1String("\n\n") + description + QLatin1String("\n\n") + CliText::tr("Options:") +
           QLatin1Char('\n') + optionLines(options);
}

QString optionLines(std::span<const OptionSpec> options) {
    QString text;
    for (const OptionSpec& spec : options) {
        if (g_helpFormat == HelpFormat::Roff) {
            text += roff::option(QString::fromLatin1(spec.name), QString::fromLatin1(spec.valueName),
                                 CliText::tr(spec.help));
            continue;
        }
        QString left = QStringLiteral("  --") + QString::fromLatin1(spec.name);
        if (spec.valueName)
            left += QLatin1Char(' ') + QString::fromLatin1(spec.valueName);
        text += left.leftJustified(36) + QLatin1Char(' ') + CliText::tr(spec.help) + QLatin1Char('\n');
    }
    return text;
}

void parseArguments(QCommandLineParser& parser, const QString& command, const QStringList& arguments) {
    if (!parser.parse(QStringList{command} + arguments))
        throw DataError(parser.errorText() + QLatin1Char('\n') +
                        CliText::tr("Run 'segmenta-cli %1 --help' for the options.").arg(command));
}

QChar singleCharacter(const QString& option, const QString& value) {
    if (value == QLatin1String("tab") || value == QLatin1String("\\t"))
        return QLatin1Char('\t');
    if (value.size() != 1)
        throw DataError(CliText::tr("--%1 takes one character, not '%2'.").arg(option, value));
    return value.front();
}

} // namespace segmenta::cli
