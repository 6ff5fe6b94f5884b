#include "io/GuessText.h"

#include <utility>

namespace segmenta {

QString GuessText::label(const QString& key) {
    static constexpr std::pair<const char*, const char*> kLabels[]{
        {"encoding", QT_TRANSLATE_NOOP("segmenta::GuessText", "Encoding")},
        {"delimiter", QT_TRANSLATE_NOOP("segmenta::GuessText", "Delimiter")},
        {"decimal separator", QT_TRANSLATE_NOOP("segmenta::GuessText", "Decimal separator")},
        {"thousands separator", QT_TRANSLATE_NOOP("segmenta::GuessText", "Thousands separator")},
        {"header row", QT_TRANSLATE_NOOP("segmenta::GuessText", "Header row")},
        {"sheet", QT_TRANSLATE_NOOP("segmenta::GuessText", "Sheet")},
        {"sheet choice", QT_TRANSLATE_NOOP("segmenta::GuessText", "Sheet choice")},
        {"format", QT_TRANSLATE_NOOP("segmenta::GuessText", "Format")},
        {"date system", QT_TRANSLATE_NOOP("segmenta::GuessText", "Date system")},
        {"first column", QT_TRANSLATE_NOOP("segmenta::GuessText", "First column")},
    };
    for (const auto& [stored, text] : kLabels)
        if (key == QLatin1String(stored))
            return tr(text);
    if (const QLatin1String datePrefix("date format: "); key.startsWith(datePrefix))
        return tr("Date format of %1").arg(key.sliced(datePrefix.size()));
    return key;
}

QString GuessText::value(const QString& value) {
    if (value == QLatin1String("\t"))
        return tr("tab");
    if (value == QLatin1String(" "))
        return tr("space");
    if (value == QLatin1String("none"))
        return tr("none");
    return value;
}

} // namespace segmenta
