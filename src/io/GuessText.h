#pragma once

#include <QCoreApplication>
#include <QString>

namespace segmenta {

/// The guesses of an import report (ReadResult::guesses, the report's "guesses" object) as people read
/// them. The stored keys and values stay as the readers wrote them, so reports read the same in every
/// language.
class GuessText {
    Q_DECLARE_TR_FUNCTIONS(segmenta::GuessText)

public:
    /// The translated label of the guess stored under @p key ("delimiter" → "Delimiter", "date format: Since"
    /// → "Date format of Since"); a key this version does not know is shown as stored.
    static QString label(const QString& key);
    /// @p value spelled out where it would be invisible or is a keyword: a tab, a space, "none".
    static QString value(const QString& value);
};

} // namespace segmenta
