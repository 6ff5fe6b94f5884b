#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace segmenta {

/// The order of day, month and year in dates written as text.
enum class DateOrder { Detect, DayMonthYear, MonthDayYear, YearMonthDay };

/// The order a `--date-format` (or `date-format=` of `--invoices`) value names: "D/M/Y", "M/D/Y" or "Y-M-D",
/// case-insensitive, with any of / - . as separators and letters written once or repeated ("DD.MM.YYYY",
/// "MM/DD/YY", "YYYY-MM-DD"); nullopt for anything else.
std::optional<DateOrder> dateOrderFromText(const QString& text);

/// A column of text dates: the day of each text, and how the column writes them.
struct TextDateColumn {
    std::vector<double> days; ///< per text: days since 1970-01-01, the time of day as the fraction
    DateOrder order = DateOrder::YearMonthDay;
    /// Neither a first field above 12 nor a second one above 12 told day and month apart, and no order was
    /// given: the order is the assumed one.
    bool assumed = false;
    QString layout; ///< as the report states it, e.g. "DD-MM-YYYY" or "MM/DD/YYYY hh:mm"
};

/// Reads @p texts as dates when every one of them is a date of one layout, with one separator for the whole
/// column:
/// - year first: YYYY-MM-DD (also with / or .);
/// - year last: D/M/Y or M/D/Y with / - or . between, one or two digits for day and month, two or four for
///   the year (two-digit years 69–99 are 1969–1999, 00–68 2000–2068, as POSIX strptime reads them);
/// - each optionally followed by a time, after a space or a T: h:mm or hh:mm:ss (fractions of a second are
///   accepted), with an optional AM/PM.
///
/// Day and month are told apart by the whole column: a first field above 12 means D/M/Y, a second field
/// above 12 means M/D/Y (both at once: not dates). A column that never tells them apart is read in
/// @p preferred order when that is D/M/Y or M/D/Y, else as D/M/Y, and marked as assumed. A given
/// @p preferred order also decides columns that could be either. nullopt when a text is not such a date
/// or not a valid day (31/02/2020).
std::optional<TextDateColumn> readTextDates(const QStringList& texts,
                                            DateOrder preferred = DateOrder::Detect);

} // namespace segmenta
