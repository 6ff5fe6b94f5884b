#include "io/TextDates.h"

#include <QDate>
#include <QRegularExpression>

#include <algorithm>
#include <array>

namespace segmenta {

namespace {

/// One text split into its date and time fields, before the order of day and month is known.
struct DateFields {
    std::array<int, 3> parts{};
    int yearDigits = 0;
    bool yearFirst = false;
    QChar separator;
    bool hasTime = false;
    bool hasSeconds = false;
    double dayFraction = 0.0;
};

std::optional<double> dayFraction(const QRegularExpressionMatch& match) {
    int hour = match.capturedView(5).toInt();
    const int minute = match.capturedView(6).toInt();
    const int second = match.hasCaptured(7) ? match.capturedView(7).toInt() : 0;
    const double fraction = match.hasCaptured(8) ? match.captured(8).toDouble() : 0.0;
    if (match.hasCaptured(9)) {
        if (hour < 1 || hour > 12)
            return std::nullopt;
        const bool pm = match.capturedView(9).compare(QLatin1String("pm"), Qt::CaseInsensitive) == 0;
        hour = hour % 12 + (pm ? 12 : 0);
    }
    if (hour > 23 || minute > 59 || second > 59)
        return std::nullopt;
    return (hour * 3600.0 + minute * 60.0 + second + fraction) / 86400.0;
}

std::optional<DateFields> splitDate(const QString& text) {
    // 1: first field, 2: separator, 3: middle field, 4: last field, 5-9: hour, minute, second, fraction,
    // AM/PM
    static const QRegularExpression pattern(QStringLiteral(
        R"(^\s*(\d{1,4})([-/.])(\d{1,2})\2(\d{1,4})(?:[ T]\s*(\d{1,2}):(\d{2})(?::(\d{2})(\.\d+)?)?(?:\s*([AaPp][Mm]))?)?\s*$)"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    DateFields fields;
    const qsizetype firstDigits = match.capturedLength(1);
    const qsizetype lastDigits = match.capturedLength(4);
    fields.yearFirst = firstDigits == 4;
    if (fields.yearFirst ? lastDigits > 2 : firstDigits > 2 || (lastDigits != 2 && lastDigits != 4))
        return std::nullopt;
    fields.yearDigits = int(fields.yearFirst ? firstDigits : lastDigits);
    fields.parts = {match.capturedView(1).toInt(), match.capturedView(3).toInt(),
                    match.capturedView(4).toInt()};
    fields.separator = match.capturedView(2).front();
    fields.hasTime = match.hasCaptured(5);
    fields.hasSeconds = match.hasCaptured(7);
    if (fields.hasTime) {
        const std::optional<double> fraction = dayFraction(match);
        if (!fraction)
            return std::nullopt;
        fields.dayFraction = *fraction;
    }
    return fields;
}

int fullYear(int year, int digits) {
    if (digits == 4)
        return year;
    return year + (year >= 69 ? 1900 : 2000);
}

std::optional<double> daysOf(const DateFields& fields, DateOrder order) {
    const auto [a, b, c] = fields.parts;
    QDate date;
    switch (order) {
    case DateOrder::YearMonthDay:
        date = QDate(a, b, c);
        break;
    case DateOrder::DayMonthYear:
        date = QDate(fullYear(c, fields.yearDigits), b, a);
        break;
    case DateOrder::MonthDayYear:
        date = QDate(fullYear(c, fields.yearDigits), a, b);
        break;
    case DateOrder::Detect:
        break;
    }
    if (!date.isValid())
        return std::nullopt;
    return double(QDate(1970, 1, 1).daysTo(date)) + fields.dayFraction;
}

QString layoutOf(DateOrder order, QChar separator, int yearDigits, bool time, bool seconds) {
    const QString year(yearDigits, u'Y');
    QStringList parts;
    switch (order) {
    case DateOrder::YearMonthDay:
        parts = {year, QStringLiteral("MM"), QStringLiteral("DD")};
        break;
    case DateOrder::DayMonthYear:
        parts = {QStringLiteral("DD"), QStringLiteral("MM"), year};
        break;
    case DateOrder::MonthDayYear:
    case DateOrder::Detect:
        parts = {QStringLiteral("MM"), QStringLiteral("DD"), year};
        break;
    }
    QString layout = parts.join(separator);
    if (time)
        layout += seconds ? QStringLiteral(" hh:mm:ss") : QStringLiteral(" hh:mm");
    return layout;
}

} // namespace

std::optional<DateOrder> dateOrderFromText(const QString& text) {
    static const QRegularExpression pattern(
        QStringLiteral(R"(^\s*(D+|M+|Y+)[-/.](D+|M+|Y+)[-/.](D+|M+|Y+)\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    QString letters;
    for (int i = 1; i <= 3; ++i)
        letters += match.capturedView(i).front().toUpper();
    if (letters == QLatin1String("DMY"))
        return DateOrder::DayMonthYear;
    if (letters == QLatin1String("MDY"))
        return DateOrder::MonthDayYear;
    if (letters == QLatin1String("YMD"))
        return DateOrder::YearMonthDay;
    return std::nullopt;
}

std::optional<TextDateColumn> readTextDates(const QStringList& texts, DateOrder preferred) {
    if (texts.isEmpty())
        return std::nullopt;
    std::vector<DateFields> fields;
    fields.reserve(std::size_t(texts.size()));
    bool dayFirstPossible = true;
    bool monthFirstPossible = true;
    for (const QString& text : texts) {
        std::optional<DateFields> parsed = splitDate(text);
        if (!parsed)
            return std::nullopt;
        const DateFields& first = fields.empty() ? *parsed : fields.front();
        if (parsed->yearFirst != first.yearFirst || parsed->separator != first.separator)
            return std::nullopt;
        dayFirstPossible = dayFirstPossible && parsed->parts[1] <= 12;
        monthFirstPossible = monthFirstPossible && parsed->parts[0] <= 12;
        fields.push_back(*parsed);
    }
    TextDateColumn column;
    if (fields.front().yearFirst) {
        column.order = DateOrder::YearMonthDay;
    } else if (preferred == DateOrder::DayMonthYear || preferred == DateOrder::MonthDayYear) {
        column.order = preferred;
        column.assumed = false;
    } else if (dayFirstPossible != monthFirstPossible) {
        column.order = dayFirstPossible ? DateOrder::DayMonthYear : DateOrder::MonthDayYear;
    } else if (dayFirstPossible) {
        column.order = DateOrder::DayMonthYear;
        column.assumed = true;
    } else {
        return std::nullopt;
    }
    bool time = false;
    bool seconds = false;
    int yearDigits = 0;
    column.days.reserve(fields.size());
    for (const DateFields& field : fields) {
        const std::optional<double> days = daysOf(field, column.order);
        if (!days)
            return std::nullopt;
        column.days.push_back(*days);
        time = time || field.hasTime;
        seconds = seconds || field.hasSeconds;
        yearDigits = std::max(yearDigits, field.yearDigits);
    }
    column.layout = layoutOf(column.order, fields.front().separator, yearDigits, time, seconds);
    return column;
}

} // namespace segmenta
