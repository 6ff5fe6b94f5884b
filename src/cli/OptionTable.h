#pragma once

#include <QString>
#include <QStringList>

#include <span>

class QCommandLineParser;

namespace segmenta::cli {

/// One command-line option of a command. `help` is marked with QT_TRANSLATE_NOOP("segmenta::cli", ...).
struct OptionSpec {
    const char* name;
    const char* valueName; ///< nullptr for a flag
    const char* help;
};

/// How optionHelp() and optionLines() write: plain text for --help, or roff for the man page that the
/// hidden command help-man writes from the same tables.
enum class HelpFormat { Text, Roff };
void setHelpFormat(HelpFormat format);

/// Adds every option of @p options to @p parser.
void addOptions(QCommandLineParser& parser, std::span<const OptionSpec> options);

/// The help of a command: its usage line, a description, then "--name VALUE  help" per option. Written
/// from the table rather than by QCommandLineParser, which prints one-letter options such as --k as "-k".
QString optionHelp(const QString& usage, const QString& description, std::span<const OptionSpec> options);

/// One "  --name VALUE  help" line per option, as optionHelp() lists them.
QString optionLines(std::span<const OptionSpec> options);

/// The one character an option such as --delimiter takes; "tab" and "\\t" stand for a tab. Throws
/// DataError for anything longer.
QChar singleCharacter(const QString& option, const QString& value);

/// Parses the arguments that follow @p command; throws DataError with the parser's message and a hint.
void parseArguments(QCommandLineParser& parser, const QString& command, const QStringList& arguments);

} // namespace segmenta::cli
