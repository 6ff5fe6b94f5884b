#include "io/TableBuilder.h"

#include "io/ImportLimits.h"
#include "io/TextDates.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QTime>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <optional>
#include <utility>
#include <vector>

namespace segmenta {

namespace {

constexpr qsizetype kHeaderSearchRows = 50;
constexpr qsizetype kMaxListedIssues = 100;
constexpr qsizetype kMaxCodes = 12; // integer columns with 2..12 distinct values may be category codes
constexpr double kHeaderWidthShare = 0.6;
constexpr double kMissing = std::numeric_limits<double>::quiet_NaN();

struct Text {
    Q_DECLARE_TR_FUNCTIONS(segmenta::TableBuilder)
};

/// Text sources call their rows "lines", spreadsheets "rows"; both wordings are whole sentences so that
/// translators see them.
QString perUnit(bool lines, const QString& rowText, const QString& lineText) {
    return lines ? lineText : rowText;
}

ReadIssue issueAt(qint64 line, const QString& message, int column = 0, const QString& columnName = {}) {
    return {.line = line, .column = column, .columnName = columnName, .message = message};
}

// Names given by the builder stay untranslated: recipes refer to columns by name.
QString generatedName(qsizetype column) {
    return QStringLiteral("Column %1").arg(column + 1);
}

bool isMissingMarker(QStringView text) {
    static const std::array markers{QLatin1String("NA"), QLatin1String("N/A"), QLatin1String("NaN"),
                                    QLatin1String("null"), QLatin1String("-")};
    const QStringView value = trimBlanks(text);
    return value.isEmpty() || std::any_of(markers.begin(), markers.end(), [value](QLatin1String marker) {
               return value.compare(marker, Qt::CaseInsensitive) == 0;
           });
}

/// A cell that holds nothing: empty, or text that is only blanks.
bool isEmptyCell(const RawCell& cell) {
    return cell.type == RawCell::Type::Empty ||
           (cell.type == RawCell::Type::Text && trimBlanks(cell.text).isEmpty());
}

qsizetype nonEmptyCount(const QList<RawCell>& cells) {
    return std::count_if(cells.begin(), cells.end(), [](const RawCell& cell) { return !isEmptyCell(cell); });
}

/// One past the last non-empty cell.
qsizetype usedWidth(const QList<RawCell>& cells) {
    qsizetype width = cells.size();
    while (width > 0 && isEmptyCell(cells.at(width - 1)))
        --width;
    return width;
}

bool isCommentRow(const QList<RawCell>& cells) {
    const auto first = std::find_if_not(cells.begin(), cells.end(), isEmptyCell);
    return first != cells.end() && first->type == RawCell::Type::Text &&
           trimBlanks(first->text).startsWith(u'#');
}

QString shortestNumber(double value) {
    return QLocale::c().toString(value, 'g', QLocale::FloatingPointShortest);
}

QString dateSpelling(double days) {
    const double whole = std::floor(days);
    const QDate date = QDate(1970, 1, 1).addDays(qint64(whole));
    const int seconds = int(std::lround((days - whole) * 86400.0));
    if (seconds == 0)
        return date.toString(Qt::ISODate);
    return date.toString(Qt::ISODate) + QLatin1Char(' ') +
           QTime(0, 0).addSecs(seconds).toString(QStringLiteral("HH:mm:ss"));
}

/// How the cell reads as text: its own spelling when the reader knew it.
QString spellingOf(const RawCell& cell) {
    if (!cell.text.isEmpty())
        return cell.text;
    switch (cell.type) {
    case RawCell::Type::Boolean:
        return cell.number != 0.0 ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    case RawCell::Type::DateTime:
        return dateSpelling(cell.number);
    default:
        return shortestNumber(cell.number);
    }
}

// ---------------------------------------------------------------------------------------------------
// What a header says

/// The lower-case words of a header: "CustomerID" -> customer, id; "Annual Income (k$)" -> annual, income, k.
QStringList nameWords(const QString& name) {
    QStringList words;
    QString word;
    const auto flush = [&] {
        if (!word.isEmpty())
            words.append(std::exchange(word, {}).toLower());
    };
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (!c.isLetterOrNumber()) {
            flush();
            continue;
        }
        const QChar previous = i > 0 ? name.at(i - 1) : QChar();
        const QChar next = i + 1 < name.size() ? name.at(i + 1) : QChar();
        const bool camelStart = c.isUpper() && (previous.isLower() || (previous.isUpper() && next.isLower()));
        const bool digitChange = !word.isEmpty() && c.isDigit() != previous.isDigit();
        if (camelStart || digitChange)
            flush();
        word.append(c);
    }
    flush();
    return words;
}

bool containsAny(const QStringList& words, std::initializer_list<const char*> candidates) {
    return std::any_of(candidates.begin(), candidates.end(),
                       [&](const char* candidate) { return words.contains(QLatin1String(candidate)); });
}

bool looksLikeIdentifierName(const QStringList& words) {
    if (words.isEmpty())
        return false;
    if (words.first() == QLatin1String("id"))
        return true;
    return containsAny({words.last()}, {"id", "code", "key", "number", "no", "nr", "num", "ref"}) &&
           !(words.size() > 1 && words.at(words.size() - 2) == QLatin1String("of"));
}

bool looksLikeMeasureName(const QStringList& words) {
    if (words.size() >= 2 && words.at(0) == QLatin1String("number") && words.at(1) == QLatin1String("of"))
        return true;
    return containsAny(
        words, {"amount",   "spend",  "spending",  "spent",  "sales",  "sale",    "revenue",  "price",
                "cost",     "costs",  "income",    "total",  "sum",    "qty",     "quantity", "count",
                "num",      "age",    "score",     "value",  "weight", "height",  "recency",  "frequency",
                "monetary", "visits", "purchases", "orders", "mnt",    "balance", "salary",   "days",
                "years",    "months", "percent",   "pct",    "rate",   "ratio",   "size",     "units"});
}

bool namesPerson(const QStringList& words) {
    const QString joined = words.join(QString());
    static const std::array joinedTerms{
        QLatin1String("email"),       QLatin1String("firstname"), QLatin1String("lastname"),
        QLatin1String("surname"),     QLatin1String("fullname"),  QLatin1String("birthdate"),
        QLatin1String("dateofbirth"), QLatin1String("postcode"),  QLatin1String("zipcode"),
        QLatin1String("postalcode"),  QLatin1String("phone"),     QLatin1String("address")};
    return std::any_of(joinedTerms.begin(), joinedTerms.end(),
                       [&](QLatin1String term) { return joined.contains(term); }) ||
           containsAny(words, {"name", "mobile", "street", "zip", "tel", "dob"});
}

bool isEmailText(const QString& text) {
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[A-Za-z]{2,}$"));
    return email.match(text.trimmed()).hasMatch();
}

/// 7 to 15 digits with the usual separators, written as a phone number is (a leading + or 0, or separators).
bool isPhoneText(const QString& text) {
    static const QRegularExpression phone(QStringLiteral("^\\+?[0-9][0-9 ./()-]{5,}[0-9]$"));
    const QString value = text.trimmed();
    if (!phone.match(value).hasMatch())
        return false;
    const qsizetype digits = std::count_if(value.begin(), value.end(), [](QChar c) { return c.isDigit(); });
    const bool written = value.startsWith(u'+') || value.startsWith(u'0') || digits < value.size();
    return digits >= 7 && digits <= 15 && written;
}

bool mostlyContacts(const QStringList& levels) {
    const qsizetype contacts = std::count_if(levels.begin(), levels.end(), [](const QString& level) {
        return isEmailText(level) || isPhoneText(level);
    });
    return !levels.isEmpty() && contacts * 2 > levels.size();
}

// ---------------------------------------------------------------------------------------------------
// Columns

ColumnKind textKind(qsizetype distinct, qsizetype present, qsizetype rows) {
    if (distinct <= std::max<qsizetype>(20, rows / 20))
        return ColumnKind::Categorical;
    return distinct == present ? ColumnKind::Identifier : ColumnKind::Text;
}

ColumnKind numberKind(const std::vector<double>& values, const QStringList& words) {
    std::vector<double> present;
    std::copy_if(values.begin(), values.end(), std::back_inserter(present),
                 [](double v) { return !std::isnan(v); });
    const bool integers = std::all_of(present.begin(), present.end(),
                                      [](double v) { return std::isfinite(v) && v == std::floor(v); });
    if (!integers || present.size() < 2)
        return ColumnKind::Numeric;
    std::sort(present.begin(), present.end());
    const auto distinct = qsizetype(std::unique(present.begin(), present.end()) - present.begin());
    const auto count = qsizetype(present.size());
    const bool codes = distinct >= 2 && distinct <= kMaxCodes && distinct * 2 <= count;
    if (codes && !looksLikeMeasureName(words))
        return ColumnKind::Categorical;
    if (!codes && looksLikeIdentifierName(words) && (distinct == count || distinct > kMaxCodes))
        return ColumnKind::Identifier;
    return ColumnKind::Numeric;
}

ColumnRole roleOf(ColumnKind kind) {
    switch (kind) {
    case ColumnKind::Numeric:
    case ColumnKind::Categorical:
        return ColumnRole::Feature;
    case ColumnKind::Identifier:
        return ColumnRole::Identifier;
    case ColumnKind::Date:
    case ColumnKind::Text:
        break;
    }
    return ColumnRole::Ignored;
}

/// Collects one column's cells: numbers while every present cell is one, level indices after that.
class ColumnBuilder {
public:
    explicit ColumnBuilder(qsizetype missingRows = 0)
        : m_values(std::size_t(missingRows), kMissing) {}

    void add(const RawCell& cell, qint64 row);
    /// Copies the values into column `column` of `matrix`, frees them and returns the column's metadata;
    /// how a column of text dates was read goes to @p notes' guesses (and warnings when it was assumed).
    ColumnInfo moveInto(Matrix& matrix, Index column, const QString& name, DateOrder dateOrder,
                        ReadResult& notes);
    /// A warning about error cells, read as missing; nullopt when there were none.
    std::optional<ReadIssue> errorWarning(int column, const QString& name, bool lines) const;

private:
    void addNumber(double value, const QString& spelling);
    void addText(const QString& text);
    void switchToLevels();
    double levelOf(const QString& text);
    ColumnKind decideKind(const QStringList& words, DateOrder dateOrder);

    std::vector<double> m_values; // NaN = missing
    // The spellings of the number cells so far (UTF-8, '\n'-separated), so that the levels keep the
    // source's spelling ("007", "1e3") if a later cell turns the column into text.
    QByteArray m_numberTexts;
    QStringList m_levels;
    QHash<QString, qsizetype> m_levelIndex;
    qsizetype m_present = 0;
    qsizetype m_dates = 0;
    bool m_numeric = true;
    std::optional<TextDateColumn> m_textDates;
    qsizetype m_errors = 0;
    qint64 m_firstErrorRow = 0;
    QString m_firstErrorCode;
};

void ColumnBuilder::add(const RawCell& cell, qint64 row) {
    switch (cell.type) {
    case RawCell::Type::Empty:
        m_values.push_back(kMissing);
        return;
    case RawCell::Type::Error:
        if (m_errors++ == 0) {
            m_firstErrorRow = row;
            m_firstErrorCode = cell.text;
        }
        m_values.push_back(kMissing);
        return;
    case RawCell::Type::Text:
        if (isMissingMarker(cell.text))
            m_values.push_back(kMissing);
        else
            addText(cell.text);
        return;
    case RawCell::Type::DateTime:
        ++m_dates;
        [[fallthrough]];
    case RawCell::Type::Number:
    case RawCell::Type::Boolean:
        if (std::isnan(cell.number)) {
            m_values.push_back(kMissing);
            m_dates -= cell.type == RawCell::Type::DateTime;
            return;
        }
        if (m_numeric)
            addNumber(cell.number, spellingOf(cell));
        else
            addText(spellingOf(cell));
        return;
    }
}

void ColumnBuilder::addNumber(double value, const QString& spelling) {
    ++m_present;
    m_values.push_back(value);
    m_numberTexts.append(spelling.toUtf8());
    m_numberTexts.append('\n');
}

void ColumnBuilder::addText(const QString& text) {
    if (m_numeric)
        switchToLevels();
    ++m_present;
    m_values.push_back(levelOf(text));
}

void ColumnBuilder::switchToLevels() {
    m_numeric = false;
    qsizetype begin = 0;
    for (double& value : m_values) {
        if (std::isnan(value))
            continue;
        const qsizetype end = m_numberTexts.indexOf('\n', begin);
        value = levelOf(QString::fromUtf8(QByteArrayView(m_numberTexts).sliced(begin, end - begin)));
        begin = end + 1;
    }
    m_numberTexts = QByteArray();
}

double ColumnBuilder::levelOf(const QString& text) {
    auto it = m_levelIndex.constFind(text);
    if (it == m_levelIndex.cend()) {
        it = m_levelIndex.insert(text, m_levels.size());
        m_levels.append(text);
    }
    return double(*it);
}

ColumnKind ColumnBuilder::decideKind(const QStringList& words, DateOrder dateOrder) {
    if (m_numeric) {
        if (m_present > 0 && m_dates == m_present)
            return ColumnKind::Date;
        return numberKind(m_values, words);
    }
    m_textDates = readTextDates(m_levels, dateOrder);
    if (!m_textDates)
        return textKind(m_levels.size(), m_present, qsizetype(m_values.size()));
    for (double& value : m_values)
        if (!std::isnan(value))
            value = m_textDates->days[std::size_t(value)];
    m_levels.clear();
    return ColumnKind::Date;
}

ColumnInfo ColumnBuilder::moveInto(Matrix& matrix, Index column, const QString& name, DateOrder dateOrder,
                                   ReadResult& notes) {
    const QStringList words = nameWords(name);
    ColumnInfo info;
    info.name = name;
    info.kind = decideKind(words, dateOrder);
    info.role = roleOf(info.kind);
    info.levels = std::exchange(m_levels, {});
    info.pii = namesPerson(words) || mostlyContacts(info.levels);
    matrix.col(column) = Eigen::Map<const Vector>(m_values.data(), Index(m_values.size()));
    if (m_textDates) {
        notes.guesses.append({QStringLiteral("date format: ") + name, m_textDates->layout});
        if (m_textDates->assumed)
            notes.warnings.append(issueAt(
                0,
                Text::tr("Column '%1' has dates in which no day is above 12, so day and month cannot be told "
                         "apart; they were read as %2 (day first). If the month comes first, import with "
                         "--date-format M/D/Y (or date-format=M/D/Y in --invoices; in the import wizard: "
                         "Dates, Month first).")
                    .arg(name, m_textDates->layout),
                int(column + 1), name));
    }
    *this = ColumnBuilder();
    return info;
}

std::optional<ReadIssue> ColumnBuilder::errorWarning(int column, const QString& name, bool lines) const {
    if (m_errors == 0)
        return std::nullopt;
    const QString message =
        perUnit(lines,
                Text::tr("Column '%1' has %2 error cells (the first on row %3: %4); they are read as "
                         "missing values. Fix the formulas in the source to use them."),
                Text::tr("Column '%1' has %2 error cells (the first on line %3: %4); they are read as "
                         "missing values. Fix the formulas in the source to use them."))
            .arg(name)
            .arg(m_errors)
            .arg(m_firstErrorRow)
            .arg(m_firstErrorCode);
    return issueAt(m_firstErrorRow, message, column, name);
}

// ---------------------------------------------------------------------------------------------------
// Issues

/// Keeps the first kMaxListedIssues issues of one kind in a list and counts the rest.
class CappedIssues {
public:
    explicit CappedIssues(QList<ReadIssue>& list)
        : m_list(list) {}

    void add(ReadIssue issue) {
        if (m_listed == kMaxListedIssues) {
            ++m_unlisted;
            return;
        }
        m_list.append(std::move(issue));
        m_lastListed = m_list.size() - 1;
        ++m_listed;
    }
    qsizetype listed() const { return m_listed; }
    qint64 unlisted() const { return m_unlisted; }
    /// Puts the message right after the listed issues (other issues may have been added since).
    void summarize(const QString& message) { m_list.insert(m_lastListed + 1, issueAt(0, message)); }

private:
    QList<ReadIssue>& m_list;
    qsizetype m_listed = 0;
    qsizetype m_lastListed = -1;
    qint64 m_unlisted = 0;
};

void makeNamesUnique(QStringList& names, qint64 row, QList<ReadIssue>& warnings) {
    QSet<QString> taken(names.cbegin(), names.cend());
    QHash<QString, qsizetype> firstColumn;
    for (qsizetype c = 0; c < names.size(); ++c) {
        const QString name = names.at(c);
        const auto first = firstColumn.constFind(name);
        if (first == firstColumn.cend()) {
            firstColumn.insert(name, c);
            continue;
        }
        QString unique;
        for (int n = 2; taken.contains(unique = QStringLiteral("%1 (%2)").arg(name).arg(n)); ++n) {
        }
        taken.insert(unique);
        names[c] = unique;
        warnings.append(issueAt(row,
                                Text::tr("Columns %1 and %2 are both named '%3'; column %2 is called '%4'.")
                                    .arg(*first + 1)
                                    .arg(c + 1)
                                    .arg(name, unique),
                                int(c + 1), unique));
    }
}

struct BufferedRow {
    qint64 sourceRow;
    QList<RawCell> cells;
};

/// The most common number of non-empty cells among rows, the wider one on a tie; 0 without rows.
qsizetype typicalWidth(std::vector<BufferedRow>::const_iterator begin,
                       std::vector<BufferedRow>::const_iterator end) {
    QHash<qsizetype, int> rowsPerWidth;
    for (auto row = begin; row != end; ++row)
        if (!isCommentRow(row->cells) && nonEmptyCount(row->cells) > 0)
            ++rowsPerWidth[nonEmptyCount(row->cells)];
    qsizetype best = 0;
    int bestRows = 0;
    for (auto it = rowsPerWidth.cbegin(); it != rowsPerWidth.cend(); ++it) {
        if (it.value() > bestRows || (it.value() == bestRows && it.key() > best)) {
            best = it.key();
            bestRows = it.value();
        }
    }
    return best;
}

bool couldBeHeader(const BufferedRow& row, qsizetype followingWidth) {
    if (isCommentRow(row.cells))
        return false;
    const qsizetype filled = nonEmptyCount(row.cells);
    const bool allText = std::all_of(row.cells.begin(), row.cells.end(), [](const RawCell& cell) {
        return isEmptyCell(cell) || cell.type == RawCell::Type::Text;
    });
    return allText && filled >= 2 &&
           double(usedWidth(row.cells)) >= kHeaderWidthShare * double(followingWidth);
}

} // namespace

// ---------------------------------------------------------------------------------------------------
// Table

/// **Header.** With TableOptions::headerRow == 0 the header is the first of the first 50 rows that is not
/// a comment (first value starting with '#'), whose non-empty cells are all text, with at least 2 of them
/// and spanning (first column to its last non-empty cell) at least 60 % of the typical width (the most
/// common count of non-empty cells) of the rows after it, so that a header with a few unnamed columns
/// still qualifies.
/// The guess is recorded as ("header row", "N"). Non-empty rows above the header (titles, notes such as
/// "Exported by ERP on ...") are skipped with a warning each. Header names are trimmed; an empty name
/// becomes "Column N"; a repeated name becomes "Name (2)", "Name (3)", ... with a warning. headerRow > 0
/// forces the row; -1 means no header: every column is "Column N".
///
/// **Cells.** Empty cells, blank text and the texts "NA", "N/A", "NaN", "null", "-" (any case, surrounding
/// blanks ignored) are missing (NaN). Booleans are 0/1 numbers. Error cells (#DIV/0!, ...) are missing,
/// with one warning per column giving their count and the first row. Empty rows between data rows are
/// skipped with a warning per stretch; empty rows at the end are ignored.
///
/// **Kinds and roles.**
/// - All present cells dates/times: Date (days since 1970-01-01), role Ignored.
/// - All present cells numbers: Numeric (role Feature), except integer-valued columns with 2 to 12
///   distinct values, each appearing twice on average, whose name does not look like a measure (amount,
///   sales, income, price, count, age, score, Mnt..., number of ...): Categorical codes (Channel, Region;
///   role Feature, levels empty). Integer-valued columns that are not such codes, whose name looks like an
///   identifier (ends in id, code, key, number, no, nr, num, ref, or starts with id: "CustomerID",
///   "InvoiceNo") and whose values are all distinct or many: Identifier, role Identifier.
/// - Otherwise the column is text-coded (ColumnInfo::levels, in order of first appearance, keep the
///   source's spelling). When every distinct text is a date of one layout (readTextDates(): Y-M-D, D/M/Y or
///   M/D/Y with / - or ., optionally with a time; day and month told apart by the whole column, else
///   TableOptions::dateOrder or day first, with a warning) it is a Date, its layout recorded as the guess
///   ("date format: <column>", e.g. "DD-MM-YYYY"); else Categorical
///   with at most max(20, 5 % of rows) distinct texts (role Feature), Identifier when no text repeats (role
///   Identifier), Text otherwise (role Ignored).
/// - PII: a header naming a person or contact (name, first/last/sur-name, e-mail, phone, telephone, mobile,
///   tel, address, street, zip, postcode, postal code, birth date, date of birth, dob), or a text column
///   whose distinct values are mostly e-mail addresses or phone numbers.
///
/// **Errors.** No header among the first 50 rows (when detecting), no rows at all, a header without data
/// rows, and a data row with a value beyond the header's last column (or, for text lines, a line with a
/// different number of fields; with TableOptions::skipBadLines such a line is skipped with a warning
/// instead): each names the row, and the column where it applies.
class TableBuilder::Impl {
public:
    explicit Impl(const TableOptions& options)
        : m_options(options)
        , m_shapeErrors(m_result.errors)
        , m_blankWarnings(m_result.warnings) {}

    void addRow(qint64 sourceRow, QList<RawCell> cells);
    void finish(ReadResult& result);
    QString columnName(qsizetype column) const { return m_names.value(column); }

private:
    enum class State { Searching, Reading };

    void addBeforeForcedHeader(qint64 sourceRow, const QList<RawCell>& cells);
    void decideHeader();
    static std::optional<qsizetype> detectHeader(const std::vector<BufferedRow>& rows);
    void reportSkipped(qint64 sourceRow, const QList<RawCell>& cells, qint64 headerRow);
    void startColumns(const BufferedRow& header);
    /// Records an error when a row is wider than ImportLimits::kMaxTableColumns (SQLite allows 2,000).
    void refuseWidth(qint64 sourceRow, qsizetype width);
    void addDataRow(qint64 sourceRow, const QList<RawCell>& cells);
    bool checkShape(qint64 sourceRow, const QList<RawCell>& cells);
    void reportFieldCount(qint64 sourceRow, qsizetype fields);
    void reportBlankRows();
    void summarizeIssues();
    void reportEmptyTable();
    void build();

    TableOptions m_options;
    ReadResult m_result;
    CappedIssues m_shapeErrors;
    CappedIssues m_blankWarnings;
    State m_state = State::Searching;
    std::vector<BufferedRow> m_buffer; // rows before the header is known
    bool m_sawValues = false;
    bool m_headerMissing = false;
    qint64 m_headerRow = 0;
    QStringList m_names;
    std::vector<ColumnBuilder> m_columns;
    qint64 m_firstBlank = 0; // pending stretch of empty rows, reported when a row follows
    qint64 m_lastBlank = 0;
};

void TableBuilder::Impl::addRow(qint64 sourceRow, QList<RawCell> cells) {
    m_sawValues = m_sawValues || nonEmptyCount(cells) > 0;
    if (m_headerMissing)
        return;
    if (m_state == State::Reading || m_options.headerRow < 0) {
        m_state = State::Reading;
        addDataRow(sourceRow, cells);
    } else if (m_options.headerRow > 0) {
        addBeforeForcedHeader(sourceRow, cells);
    } else {
        m_buffer.push_back({sourceRow, std::move(cells)});
        if (qsizetype(m_buffer.size()) >= kHeaderSearchRows)
            decideHeader();
    }
}

void TableBuilder::Impl::addBeforeForcedHeader(qint64 sourceRow, const QList<RawCell>& cells) {
    const qint64 header = m_options.headerRow;
    if (sourceRow < header) {
        reportSkipped(sourceRow, cells, header);
    } else if (sourceRow == header && nonEmptyCount(cells) > 0) {
        startColumns({sourceRow, cells});
        m_state = State::Reading;
    } else {
        m_headerMissing = true;
    }
}

void TableBuilder::Impl::decideHeader() {
    const std::vector<BufferedRow> rows = std::exchange(m_buffer, {});
    const std::optional<qsizetype> header = detectHeader(rows);
    if (!header) {
        m_headerMissing = true;
        return;
    }
    m_state = State::Reading;
    const BufferedRow& headerRow = rows[std::size_t(*header)];
    m_result.guesses.append({QStringLiteral("header row"), QString::number(headerRow.sourceRow)});
    for (qsizetype r = 0; r < *header; ++r)
        reportSkipped(rows[std::size_t(r)].sourceRow, rows[std::size_t(r)].cells, headerRow.sourceRow);
    startColumns(headerRow);
    for (auto row = rows.begin() + *header + 1; row != rows.end(); ++row)
        addDataRow(row->sourceRow, row->cells);
}

std::optional<qsizetype> TableBuilder::Impl::detectHeader(const std::vector<BufferedRow>& rows) {
    for (auto row = rows.cbegin(); row != rows.cend(); ++row)
        if (couldBeHeader(*row, typicalWidth(row + 1, rows.cend())))
            return row - rows.cbegin();
    return std::nullopt;
}

void TableBuilder::Impl::reportSkipped(qint64 sourceRow, const QList<RawCell>& cells, qint64 headerRow) {
    if (nonEmptyCount(cells) == 0)
        return;
    m_result.warnings.append(
        issueAt(sourceRow,
                perUnit(m_options.textLines, Text::tr("Row %1 is above the header (row %2) and was skipped."),
                        Text::tr("Line %1 is above the header (line %2) and was skipped."))
                    .arg(sourceRow)
                    .arg(headerRow)));
}

void TableBuilder::Impl::refuseWidth(qint64 sourceRow, qsizetype width) {
    if (width <= ImportLimits::kMaxTableColumns || !m_result.errors.isEmpty())
        return;
    m_result.errors.append(issueAt(
        sourceRow,
        perUnit(m_options.textLines,
                Text::tr("Row %1 has %2 columns: Segmenta imports tables of at most %3 columns. Delete the "
                         "columns you do not need, or copy the ones you need to a sheet of their own, and "
                         "import again."),
                Text::tr("Line %1 has %2 fields: Segmenta imports tables of at most %3 columns. Save a copy "
                         "with only the columns you need (for example from a spreadsheet) and import that."))
            .arg(sourceRow)
            .arg(width)
            .arg(ImportLimits::kMaxTableColumns),
        ImportLimits::kMaxTableColumns + 1));
}

void TableBuilder::Impl::startColumns(const BufferedRow& header) {
    m_headerRow = header.sourceRow;
    const qsizetype width = m_options.textLines ? header.cells.size() : usedWidth(header.cells);
    refuseWidth(header.sourceRow, width);
    for (qsizetype c = 0; c < width; ++c) {
        const RawCell& cell = header.cells.at(c);
        QString name = isEmptyCell(cell) ? QString() : spellingOf(cell).trimmed();
        if (name.isEmpty()) {
            name = generatedName(c);
            m_result.warnings.append(issueAt(
                header.sourceRow,
                Text::tr("Column %1 has no name in the header; it is called '%2'.").arg(c + 1).arg(name),
                int(c + 1), name));
        }
        m_names.append(name);
    }
    makeNamesUnique(m_names, header.sourceRow, m_result.warnings);
    m_columns.resize(std::size_t(m_names.size()));
}

bool TableBuilder::Impl::checkShape(qint64 sourceRow, const QList<RawCell>& cells) {
    const bool header = m_headerRow > 0;
    if (m_options.textLines) {
        if (cells.size() == m_names.size())
            return true;
        reportFieldCount(sourceRow, cells.size());
        return false;
    }
    const qsizetype width = usedWidth(cells);
    if (!header || width <= m_names.size())
        return true;
    m_shapeErrors.add(issueAt(
        sourceRow,
        Text::tr(
            "Row %1 has a value in column %2, right of the header's %3 columns. Give that column a name in "
            "the header row (row %4) or delete the value.")
            .arg(sourceRow)
            .arg(width)
            .arg(m_names.size())
            .arg(m_headerRow),
        int(width)));
    return false;
}

void TableBuilder::Impl::reportFieldCount(qint64 sourceRow, qsizetype fields) {
    const bool header = m_headerRow > 0;
    if (m_options.skipBadLines) {
        const QString reason =
            header ? Text::tr("Line %1 has %2 fields, the header has %3; it was skipped.")
                   : Text::tr("Line %1 has %2 fields, the first line has %3; it was skipped.");
        m_result.warnings.append(issueAt(sourceRow, reason.arg(sourceRow).arg(fields).arg(m_names.size())));
        return;
    }
    // The first message says what to do; it is the one a one-line report shows.
    const bool first = m_shapeErrors.listed() == 0;
    const QString message =
        header
            ? (first ? Text::tr("Line %1 has %2 fields but the header has %3. Correct the line, or skip "
                                "such lines with --skip-bad-lines (in the import wizard: \"Skip lines with "
                                "the wrong number of fields\").")
                     : Text::tr("Line %1 has %2 fields but the header has %3."))
            : (first ? Text::tr("Line %1 has %2 fields but the first line has %3. Correct the line, or skip "
                                "such lines with --skip-bad-lines (in the import wizard: \"Skip lines with "
                                "the wrong number of fields\").")
                     : Text::tr("Line %1 has %2 fields but the first line has %3."));
    m_shapeErrors.add(issueAt(sourceRow, message.arg(sourceRow).arg(fields).arg(m_names.size())));
}

void TableBuilder::Impl::addDataRow(qint64 sourceRow, const QList<RawCell>& cells) {
    if (nonEmptyCount(cells) == 0) {
        if (m_firstBlank == 0)
            m_firstBlank = sourceRow;
        m_lastBlank = sourceRow;
        return;
    }
    reportBlankRows();
    if (m_names.isEmpty() && m_headerRow == 0) { // no header: the first row sets the width
        refuseWidth(sourceRow, cells.size());
        for (qsizetype c = 0; c < cells.size(); ++c)
            m_names.append(generatedName(c));
        m_columns.resize(std::size_t(m_names.size()));
    }
    if (!checkShape(sourceRow, cells))
        return;
    if (!m_result.errors.isEmpty())
        return; // the table is unusable; keep reading only to report every problem
    refuseWidth(sourceRow, usedWidth(cells));
    if (!m_result.errors.isEmpty())
        return;
    for (qsizetype c = m_names.size(); c < usedWidth(cells); ++c) { // no header and a wider row
        m_names.append(generatedName(c));
        m_columns.emplace_back(m_result.sourceLines.size());
    }
    for (qsizetype c = 0; c < m_names.size(); ++c)
        m_columns[std::size_t(c)].add(c < cells.size() ? cells.at(c) : RawCell::empty(), sourceRow);
    m_result.sourceLines.append(sourceRow);
}

void TableBuilder::Impl::reportBlankRows() {
    if (m_firstBlank == 0)
        return;
    const bool lines = m_options.textLines;
    const QString message = m_firstBlank == m_lastBlank
                                ? perUnit(lines, Text::tr("Row %1 is empty and was skipped."),
                                          Text::tr("Line %1 is blank and was skipped."))
                                      .arg(m_firstBlank)
                                : perUnit(lines, Text::tr("Rows %1 to %2 are empty and were skipped."),
                                          Text::tr("Lines %1 to %2 are blank and were skipped."))
                                      .arg(m_firstBlank)
                                      .arg(m_lastBlank);
    m_blankWarnings.add(issueAt(m_firstBlank, message));
    m_firstBlank = m_lastBlank = 0;
}

void TableBuilder::Impl::summarizeIssues() {
    const bool lines = m_options.textLines;
    if (m_shapeErrors.unlisted() > 0)
        m_shapeErrors.summarize(perUnit(lines, Text::tr("%1 more rows have values right of the header."),
                                        Text::tr("%1 more lines have the wrong number of fields."))
                                    .arg(m_shapeErrors.unlisted()));
    if (m_blankWarnings.unlisted() > 0)
        m_blankWarnings.summarize(perUnit(lines, Text::tr("Empty rows were skipped at %1 more places."),
                                          Text::tr("Blank lines were skipped at %1 more places."))
                                      .arg(m_blankWarnings.unlisted()));
}

void TableBuilder::Impl::reportEmptyTable() {
    const bool lines = m_options.textLines;
    if (!m_sawValues) {
        m_result.errors.append(issueAt(0, Text::tr("There is no data: the source has no values at all.")));
    } else if (m_headerMissing && m_options.headerRow > 0) {
        m_result.errors.append(issueAt(
            m_options.headerRow, perUnit(lines,
                                         Text::tr("Row %1, chosen as the header, is empty or missing. Choose "
                                                  "the row that names the columns (--header-row, or "
                                                  "Header in the import wizard)."),
                                         Text::tr("Line %1, chosen as the header, is empty or missing. "
                                                  "Choose the line that names the columns "
                                                  "(--header-row, or Header in the import wizard)."))
                                     .arg(m_options.headerRow)));
    } else if (m_headerMissing) {
        m_result.errors.append(issueAt(
            0,
            perUnit(
                lines,
                Text::tr(
                    "No header row was found in the first %1 rows: none has at least two cells that are all "
                    "text and about as many as the data rows. Choose the header row (--header-row N, or "
                    "Header in the import wizard), or import without a header (--header-row 0, or No header "
                    "row)."),
                Text::tr(
                    "No header line was found in the first %1 lines: none has at least two fields that are "
                    "all text and about as many as the data lines. Choose the header line (--header-row N, "
                    "or Header in the import wizard), or import without a header (--header-row 0, or No "
                    "header row)."))
                .arg(kHeaderSearchRows)));
    } else {
        m_result.errors.append(issueAt(
            m_headerRow, perUnit(lines, Text::tr("The header is on row %1, but no data rows follow it."),
                                 Text::tr("The header is on line %1, but no data lines follow it."))
                             .arg(m_headerRow)));
    }
}

void TableBuilder::Impl::finish(ReadResult& result) {
    if (m_state == State::Searching && m_options.headerRow == 0 && !m_headerMissing)
        decideHeader();
    else if (m_state == State::Searching && m_options.headerRow > 0)
        m_headerMissing = true;
    summarizeIssues();
    const bool readerFailed = !result.errors.isEmpty();
    if (!readerFailed && m_result.errors.isEmpty() && m_result.sourceLines.isEmpty())
        reportEmptyTable();
    if (!readerFailed && m_result.errors.isEmpty())
        build();
    else
        m_result.sourceLines.clear();
    // The reader's own findings (delimiter, encoding, ...) come first.
    result.errors.append(m_result.errors);
    result.warnings.append(m_result.warnings);
    result.guesses.append(m_result.guesses);
    result.sourceLines = std::move(m_result.sourceLines);
    result.data = std::move(m_result.data);
}

void TableBuilder::Impl::build() {
    Matrix values(m_result.sourceLines.size(), m_names.size());
    QList<ColumnInfo> columns;
    for (qsizetype c = 0; c < m_names.size(); ++c) {
        ColumnBuilder& column = m_columns[std::size_t(c)];
        if (const auto warning = column.errorWarning(int(c + 1), m_names.at(c), m_options.textLines))
            m_result.warnings.append(*warning);
        columns.append(column.moveInto(values, c, m_names.at(c), m_options.dateOrder, m_result));
    }
    m_result.data = DataMatrix(std::move(values), std::move(columns));
}

TableBuilder::TableBuilder(const TableOptions& options)
    : m_impl(std::make_unique<Impl>(options)) {}

TableBuilder::~TableBuilder() = default;

void TableBuilder::addRow(qint64 sourceRow, QList<RawCell> cells) {
    m_impl->addRow(sourceRow, std::move(cells));
}

void TableBuilder::finish(ReadResult& result) {
    m_impl->finish(result);
}

QString TableBuilder::columnName(qsizetype column) const {
    return m_impl->columnName(column);
}

QStringView trimBlanks(QStringView text) {
    const auto isBlank = [](QChar c) { return c == u' ' || c == u'\t'; };
    while (!text.isEmpty() && isBlank(text.front()))
        text = text.sliced(1);
    while (!text.isEmpty() && isBlank(text.back()))
        text.chop(1);
    return text;
}

} // namespace segmenta
