#include "io/CsvReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QSet>
#include <QStringDecoder>
#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <functional>
#include <limits>
#include <map>
#include <optional>
#include <string_view>
#include <system_error>
#include <utility>
#include <vector>

namespace segmenta {

namespace {

constexpr qint64 kChunkBytes = qint64(1) << 20;
constexpr int kSampleLines = 20;
constexpr qsizetype kMaxListedIssues = 100;
constexpr std::array kDelimiters{u',', u';', u'\t', u'|'}; // comma first: it wins ties
constexpr double kMissing = std::numeric_limits<double>::quiet_NaN();

bool isLineBreak(QChar c) {
    return c == u'\n' || c == u'\r';
}
bool isBlank(QChar c) {
    return c == u' ' || c == u'\t';
}

QStringView trimBlanks(QStringView text) {
    while (!text.isEmpty() && isBlank(text.front()))
        text = text.sliced(1);
    while (!text.isEmpty() && isBlank(text.back()))
        text.chop(1);
    return text;
}

/// Index just past the n-th line break of text (CRLF counts once), or -1 when it has fewer.
qsizetype endOfLines(QStringView text, int n) {
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n')
            ++i;
        if (isLineBreak(text[i]) && --n == 0)
            return i + 1;
    }
    return -1;
}

ReadIssue issueAt(qint64 line, const QString& message) {
    ReadIssue issue;
    issue.line = line;
    issue.message = message;
    return issue;
}

// Names given by the reader stay untranslated: recipes refer to columns by name.
QString generatedName(qsizetype column) {
    return QStringLiteral("Column %1").arg(column + 1);
}

// ---------------------------------------------------------------------------------------------------
// Records

/// One record as the tokenizer delivers it: the unescaped fields, valid until the next record.
class Record {
public:
    qint64 line() const { return m_line; }
    qsizetype size() const { return qsizetype(m_ends.size()); }
    QStringView field(qsizetype i) const {
        const qsizetype begin = i == 0 ? 0 : m_ends[i - 1];
        return QStringView(m_text).sliced(begin, m_ends[i] - begin);
    }
    /// A line with nothing but spaces or tabs on it.
    bool isBlank() const { return size() == 1 && !m_quoted && trimBlanks(m_text).isEmpty(); }

private:
    friend class RecordTokenizer;
    QString m_text; // all fields, back to back
    std::vector<qsizetype> m_ends;
    qint64 m_line = 1;
    bool m_quoted = false;
};

/// Splits text into RFC 4180 records. Text arrives in pieces of any size; the tokenizer knows nothing
/// of headers, types or encodings, so later readers can reuse it with other decoders.
class RecordTokenizer {
public:
    using Sink = std::function<void(const Record&)>;

    RecordTokenizer(QChar delimiter, Sink sink)
        : m_delimiter(delimiter)
        , m_sink(std::move(sink)) {}

    void feed(QStringView text);
    /// Delivers the last record when the text does not end with a line break.
    void finish();

    /// The input ended inside a quoted field; it began at quoteLine() in field quoteField() (0-based).
    bool inQuotedField() const { return m_state == State::Quoted; }
    qint64 quoteLine() const { return m_quoteLine; }
    qsizetype quoteField() const { return m_quoteField; }
    /// The 1-based line the next character is on.
    qint64 line() const { return m_line; }

private:
    enum class State { FieldStart, Unquoted, Quoted, AfterQuote };

    qsizetype step(QStringView text, qsizetype i);
    qsizetype stepUnquoted(QStringView text, qsizetype i);
    qsizetype appendRun(QStringView text, qsizetype i, QChar stop);
    void endField() { m_record.m_ends.push_back(m_record.m_text.size()); }
    void endRecord();

    QChar m_delimiter;
    Sink m_sink;
    Record m_record;
    State m_state = State::FieldStart;
    bool m_recordStarted = false;
    bool m_afterCr = false;
    qint64 m_line = 1;
    qint64 m_quoteLine = 0;
    qsizetype m_quoteField = 0;
};

void RecordTokenizer::feed(QStringView text) {
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text[i];
        if (c == u'\n' && m_afterCr) {
            // The LF of a CRLF: the CR already counted the line and, outside quotes, ended the record.
            m_afterCr = false;
            if (m_state == State::Quoted)
                m_record.m_text.append(c);
            ++i;
            continue;
        }
        m_afterCr = c == u'\r';
        if (!m_recordStarted) {
            m_recordStarted = true;
            m_record.m_line = m_line;
        }
        i = step(text, i);
    }
}

qsizetype RecordTokenizer::step(QStringView text, qsizetype i) {
    const QChar c = text[i];
    switch (m_state) {
    case State::FieldStart:
        if (c == u'"') {
            m_state = State::Quoted;
            m_record.m_quoted = true;
            m_quoteLine = m_line;
            m_quoteField = m_record.size();
            return i + 1;
        }
        break;
    case State::Unquoted:
        break;
    case State::Quoted:
        if (c == u'"') {
            m_state = State::AfterQuote;
            return i + 1;
        }
        if (isLineBreak(c)) {
            ++m_line;
            m_record.m_text.append(c);
            return i + 1;
        }
        return appendRun(text, i, u'"');
    case State::AfterQuote:
        if (c == u'"') { // a doubled quote stands for one
            m_record.m_text.append(c);
            m_state = State::Quoted;
            return i + 1;
        }
        break; // anything else after the closing quote is kept as in an unquoted field
    }
    m_state = State::Unquoted;
    return stepUnquoted(text, i);
}

qsizetype RecordTokenizer::stepUnquoted(QStringView text, qsizetype i) {
    const QChar c = text[i];
    if (c == m_delimiter) {
        endField();
        m_state = State::FieldStart;
        return i + 1;
    }
    if (isLineBreak(c)) {
        ++m_line;
        endRecord();
        return i + 1;
    }
    return appendRun(text, i, m_delimiter);
}

/// Appends text from i up to the next line break or `stop`, in one go rather than character by character.
qsizetype RecordTokenizer::appendRun(QStringView text, qsizetype i, QChar stop) {
    qsizetype end = i;
    while (end < text.size() && text[end] != stop && !isLineBreak(text[end]))
        ++end;
    m_record.m_text.append(text.sliced(i, end - i));
    return end;
}

void RecordTokenizer::endRecord() {
    endField();
    m_sink(m_record);
    m_record.m_text.resize(0); // keeps the capacity for the next record
    m_record.m_ends.clear();
    m_record.m_quoted = false;
    m_recordStarted = false;
    m_state = State::FieldStart;
}

void RecordTokenizer::finish() {
    if (m_recordStarted && m_state != State::Quoted)
        endRecord();
}

// ---------------------------------------------------------------------------------------------------
// Delimiter detection

/// How many sampled records the most common field count (> 1) accounts for.
int agreeingRecords(QStringView sample, QChar delimiter, bool complete) {
    std::map<qsizetype, int> recordsPerCount;
    RecordTokenizer tokenizer(delimiter, [&](const Record& record) {
        if (!record.isBlank() && record.size() > 1)
            ++recordsPerCount[record.size()];
    });
    tokenizer.feed(sample);
    if (complete)
        tokenizer.finish();
    int best = 0;
    for (const auto& [fields, records] : recordsPerCount)
        best = std::max(best, records);
    return best;
}

QChar detectDelimiter(QStringView text) {
    const qsizetype end = endOfLines(text, kSampleLines);
    const QStringView sample = end < 0 ? text : text.first(end);
    QChar best = QChar(kDelimiters.front());
    int bestScore = 0;
    for (const char16_t candidate : kDelimiters) {
        const int score = agreeingRecords(sample, QChar(candidate), end < 0);
        if (score > bestScore) {
            best = QChar(candidate);
            bestScore = score;
        }
    }
    return best;
}

// ---------------------------------------------------------------------------------------------------
// Cells and columns

bool isMissingMarker(QStringView value) {
    static const std::array markers{QLatin1String("NA"), QLatin1String("N/A"), QLatin1String("NaN"),
                                    QLatin1String("null"), QLatin1String("-")};
    if (value.isEmpty())
        return true;
    return std::any_of(markers.begin(), markers.end(), [value](QLatin1String marker) {
        return value.compare(marker, Qt::CaseInsensitive) == 0;
    });
}

/// [+-] digits [. digits] [(e|E) [+-] digits], with a digit somewhere in the mantissa: exactly what
/// QLocale::c().toDouble() accepts once group separators are rejected.
bool isNumberSyntax(std::string_view text) {
    std::size_t i = 0;
    const auto skipSign = [&] { i += i < text.size() && (text[i] == '+' || text[i] == '-'); };
    const auto skipDigits = [&] {
        const std::size_t start = i;
        while (i < text.size() && text[i] >= '0' && text[i] <= '9')
            ++i;
        return i - start;
    };
    skipSign();
    std::size_t mantissaDigits = skipDigits();
    if (i < text.size() && text[i] == '.') {
        ++i;
        mantissaDigits += skipDigits();
    }
    if (mantissaDigits == 0)
        return false;
    if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
        ++i;
        skipSign();
        if (skipDigits() == 0)
            return false;
    }
    return i == text.size();
}

// Same acceptance and correctly rounded value as QLocale::c().toDouble(), which is several times
// slower and dominated reading large files.
std::optional<double> parseNumber(QStringView value) {
    QVarLengthArray<char, 64> ascii;
    for (const QChar c : value) {
        if (c.unicode() >= 0x80)
            return std::nullopt;
        ascii.append(char(c.unicode()));
    }
    const std::string_view text(ascii.constData(), std::size_t(ascii.size()));
    if (!isNumberSyntax(text))
        return std::nullopt;
    const char* begin = text.data() + (text.front() == '+'); // from_chars takes no plus sign
    double number = 0;
    const auto [end, error] = std::from_chars(begin, text.data() + text.size(), number);
    if (error != std::errc() || end != text.data() + text.size())
        return std::nullopt; // out of range: overflow or underflow
    return number;
}

ColumnKind textKind(qsizetype distinct, qsizetype present, qsizetype rows) {
    if (distinct <= std::max<qsizetype>(20, rows / 20))
        return ColumnKind::Categorical;
    return distinct == present ? ColumnKind::Identifier : ColumnKind::Text;
}

/// Collects one column's cells: numbers while every present cell is one, level indices after that.
class ColumnBuilder {
public:
    void add(QStringView cell);
    /// Copies the values into column `column` of `matrix`, frees them and returns the column's metadata.
    ColumnInfo moveInto(Matrix& matrix, Index column, const QString& name);

private:
    void switchToLevels();
    double levelOf(const QString& text);

    std::vector<double> m_values; // NaN = missing
    // The texts of the number cells so far ('\n'-separated), so that the levels keep the file's spelling
    // ("007", "1e3") if a later cell turns the column into text. Numbers are ASCII, one byte a character.
    QByteArray m_numberTexts;
    QStringList m_levels;
    QHash<QString, qsizetype> m_levelIndex;
    qsizetype m_present = 0;
    bool m_numeric = true;
};

void ColumnBuilder::add(QStringView cell) {
    const QStringView value = trimBlanks(cell);
    if (isMissingMarker(value)) {
        m_values.push_back(kMissing);
        return;
    }
    ++m_present;
    if (m_numeric) {
        if (const std::optional<double> number = parseNumber(value)) {
            m_values.push_back(*number);
            const qsizetype at = m_numberTexts.size();
            m_numberTexts.resize(at + cell.size() + 1);
            // ASCII, as the number parsed
            std::transform(cell.begin(), cell.end(), m_numberTexts.begin() + at,
                           [](QChar c) { return char(c.unicode()); });
            m_numberTexts.back() = '\n';
            return;
        }
        switchToLevels();
    }
    m_values.push_back(levelOf(cell.toString()));
}

void ColumnBuilder::switchToLevels() {
    m_numeric = false;
    qsizetype begin = 0;
    for (double& value : m_values) {
        if (std::isnan(value))
            continue;
        const qsizetype end = m_numberTexts.indexOf('\n', begin);
        value = levelOf(QString::fromLatin1(QByteArrayView(m_numberTexts).sliced(begin, end - begin)));
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

ColumnInfo ColumnBuilder::moveInto(Matrix& matrix, Index column, const QString& name) {
    matrix.col(column) = Eigen::Map<const Vector>(m_values.data(), Index(m_values.size()));
    ColumnInfo info;
    info.name = name;
    if (!m_numeric) {
        info.kind = textKind(m_levels.size(), m_present, qsizetype(m_values.size()));
        info.levels = std::exchange(m_levels, {});
    }
    *this = ColumnBuilder();
    return info;
}

// ---------------------------------------------------------------------------------------------------
// Table

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
    qint64 unlisted() const { return m_unlisted; }
    /// Puts the message right after the listed issues (other issues may have been added since).
    void summarize(const QString& message) { m_list.insert(m_lastListed + 1, issueAt(0, message)); }

private:
    QList<ReadIssue>& m_list;
    qsizetype m_listed = 0;
    qsizetype m_lastListed = -1;
    qint64 m_unlisted = 0;
};

void makeNamesUnique(QStringList& names, qint64 line, QList<ReadIssue>& warnings) {
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
        warnings.append({.line = line,
                         .column = int(c + 1),
                         .columnName = unique,
                         .message = QCoreApplication::translate(
                                        "segmenta::CsvReader",
                                        "Columns %1 and %2 are both named '%3'; column %2 is called '%4'.")
                                        .arg(*first + 1)
                                        .arg(c + 1)
                                        .arg(name, unique)});
    }
}

QStringList headerNames(const Record& header, QList<ReadIssue>& warnings) {
    QStringList names;
    for (qsizetype c = 0; c < header.size(); ++c) {
        QString name = header.field(c).trimmed().toString();
        if (name.isEmpty()) {
            name = generatedName(c);
            warnings.append({.line = header.line(),
                             .column = int(c + 1),
                             .columnName = name,
                             .message = QCoreApplication::translate(
                                            "segmenta::CsvReader",
                                            "Column %1 has no name in the header; it is called '%2'.")
                                            .arg(c + 1)
                                            .arg(name)});
        }
        names.append(name);
    }
    makeNamesUnique(names, header.line(), warnings);
    return names;
}

/// Turns records into a table: header, field counts, blank lines, columns.
class TableBuilder {
public:
    TableBuilder(bool hasHeader, ReadResult& result)
        : m_hasHeader(hasHeader)
        , m_result(result)
        , m_fieldCountErrors(result.errors)
        , m_blankLineWarnings(result.warnings) {}

    void add(const Record& record);
    /// Builds the DataMatrix unless there are errors; reports an empty file or a header without data.
    void finish();
    QString columnName(qsizetype column) const { return m_names.value(column); }

private:
    void start(const Record& first);
    void addRow(const Record& record);
    void reportBlankLines();
    void summarizeIssues();
    void build();

    bool m_hasHeader;
    ReadResult& m_result;
    CappedIssues m_fieldCountErrors;
    CappedIssues m_blankLineWarnings;
    QStringList m_names;
    std::vector<ColumnBuilder> m_columns;
    qint64 m_firstBlank = 0; // pending run of blank lines, reported when a record follows
    qint64 m_lastBlank = 0;
};

void TableBuilder::add(const Record& record) {
    if (record.isBlank()) {
        if (m_firstBlank == 0)
            m_firstBlank = record.line();
        m_lastBlank = record.line();
        return;
    }
    reportBlankLines();
    if (m_names.isEmpty())
        start(record);
    else
        addRow(record);
}

void TableBuilder::start(const Record& first) {
    if (m_hasHeader) {
        m_names = headerNames(first, m_result.warnings);
        m_columns.resize(m_names.size());
        return;
    }
    for (qsizetype c = 0; c < first.size(); ++c)
        m_names.append(generatedName(c));
    m_columns.resize(m_names.size());
    addRow(first);
}

void TableBuilder::addRow(const Record& record) {
    if (record.size() != m_names.size()) {
        const QString message =
            m_hasHeader ? QCoreApplication::translate("segmenta::CsvReader",
                                                      "Line %1 has %2 fields but the header has %3.")
                        : QCoreApplication::translate("segmenta::CsvReader",
                                                      "Line %1 has %2 fields but the first line has %3.");
        m_fieldCountErrors.add(
            issueAt(record.line(), message.arg(record.line()).arg(record.size()).arg(m_names.size())));
        return;
    }
    if (!m_result.errors.isEmpty())
        return; // the table is unusable; keep reading only to report every problem
    for (qsizetype c = 0; c < record.size(); ++c)
        m_columns[c].add(record.field(c));
    m_result.sourceLines.append(record.line());
}

void TableBuilder::reportBlankLines() {
    if (m_firstBlank == 0)
        return;
    const QString message =
        m_firstBlank == m_lastBlank
            ? QCoreApplication::translate("segmenta::CsvReader", "Line %1 is blank and was skipped.")
                  .arg(m_firstBlank)
            : QCoreApplication::translate("segmenta::CsvReader", "Lines %1 to %2 are blank and were skipped.")
                  .arg(m_firstBlank)
                  .arg(m_lastBlank);
    m_blankLineWarnings.add(issueAt(m_firstBlank, message));
    m_firstBlank = m_lastBlank = 0;
}

void TableBuilder::summarizeIssues() {
    if (m_fieldCountErrors.unlisted() > 0)
        m_fieldCountErrors.summarize(
            QCoreApplication::translate("segmenta::CsvReader",
                                        "%1 more lines have the wrong number of fields.")
                .arg(m_fieldCountErrors.unlisted()));
    if (m_blankLineWarnings.unlisted() > 0)
        m_blankLineWarnings.summarize(
            QCoreApplication::translate("segmenta::CsvReader", "Blank lines were skipped at %1 more places.")
                .arg(m_blankLineWarnings.unlisted()));
}

void TableBuilder::finish() {
    summarizeIssues();
    if (!m_result.errors.isEmpty())
        return;
    if (m_names.isEmpty())
        m_result.errors.append(
            issueAt(0, QCoreApplication::translate("segmenta::CsvReader", "The file is empty.")));
    else if (m_result.sourceLines.isEmpty())
        m_result.errors.append(
            issueAt(0, QCoreApplication::translate("segmenta::CsvReader",
                                                   "The file has a header row but no data rows.")));
    else
        build();
}

void TableBuilder::build() {
    Matrix values(m_result.sourceLines.size(), m_names.size());
    QList<ColumnInfo> columns;
    for (qsizetype c = 0; c < m_names.size(); ++c)
        columns.append(m_columns[c].moveInto(values, c, m_names.at(c)));
    m_result.data = DataMatrix(std::move(values), std::move(columns));
}

// ---------------------------------------------------------------------------------------------------
// Input

/// Reads a device in chunks and decodes them as UTF-8, stopping before the first invalid sequence.
class Utf8Source {
public:
    enum class Status { Reading, End, InvalidUtf8, ReadFailed };

    explicit Utf8Source(QIODevice& device)
        : m_device(device)
        , m_buffer(kChunkBytes, Qt::Uninitialized) {}

    /// The next piece of text; false once the input ended, failed or held invalid UTF-8.
    bool next(QString& text);
    Status status() const { return m_status; }

private:
    qint64 readChunk();
    bool endsInsideSequence() const;

    QIODevice& m_device;
    QByteArray m_buffer;
    qint64 m_lastSize = 0;
    QStringDecoder m_decoder{QStringDecoder::Utf8}; // skips a leading BOM
    Status m_status = Status::Reading;
};

bool Utf8Source::next(QString& text) {
    if (m_status != Status::Reading)
        return false;
    const qint64 size = readChunk();
    if (size < 0) {
        m_status = Status::ReadFailed;
        return false;
    }
    if (size == 0) {
        m_status = endsInsideSequence() ? Status::InvalidUtf8 : Status::End;
        return false;
    }
    m_lastSize = size;
    text = m_decoder(QByteArrayView(m_buffer.constData(), size));
    if (m_decoder.hasError()) {
        // The decoder marks invalid input with U+FFFD; a genuine U+FFFD earlier in this chunk would make
        // us point at its line instead, which is close enough for the message.
        m_status = Status::InvalidUtf8;
        if (const qsizetype bad = text.indexOf(QChar::ReplacementCharacter); bad >= 0)
            text.truncate(bad);
    }
    return true;
}

qint64 Utf8Source::readChunk() {
    qint64 size = m_device.read(m_buffer.data(), kChunkBytes);
    while (size == 0 && m_device.isSequential() && m_device.waitForReadyRead(-1))
        size = m_device.read(m_buffer.data(), kChunkBytes);
    return size;
}

// QStringDecoder keeps an incomplete sequence at the end of the input as state, without an error.
bool Utf8Source::endsInsideSequence() const {
    for (qint64 back = 1; back <= std::min<qint64>(3, m_lastSize); ++back) {
        const auto byte = uchar(m_buffer.at(m_lastSize - back));
        if ((byte & 0xC0) == 0x80)
            continue;
        const int length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1;
        return length > back;
    }
    return false;
}

/// One read: bytes -> text -> records -> table, deciding the delimiter from the first lines.
class CsvParse {
public:
    explicit CsvParse(const CsvOptions& options)
        : m_options(options)
        , m_table(options.hasHeader, m_result) {}

    ReadResult run(QIODevice& device);

private:
    void startTokenizer();
    void reportOpenQuote();
    void reportSourceError(Utf8Source::Status status, const QIODevice& device);

    CsvOptions m_options;
    ReadResult m_result;
    TableBuilder m_table;
    QString m_sample; // text held back until the delimiter is known
    std::optional<RecordTokenizer> m_tokenizer;
};

ReadResult CsvParse::run(QIODevice& device) {
    if (!m_options.delimiter.isNull())
        startTokenizer();
    Utf8Source source(device);
    QString text;
    while (source.next(text)) {
        if (m_tokenizer) {
            m_tokenizer->feed(text);
            continue;
        }
        m_sample += text;
        if (endOfLines(m_sample, kSampleLines) >= 0)
            startTokenizer();
    }
    if (!m_tokenizer)
        startTokenizer();
    if (source.status() == Utf8Source::Status::End) {
        m_tokenizer->finish();
        reportOpenQuote();
    } else {
        reportSourceError(source.status(), device);
    }
    m_table.finish();
    return std::move(m_result);
}

void CsvParse::startTokenizer() {
    QChar delimiter = m_options.delimiter;
    if (delimiter.isNull()) {
        delimiter = detectDelimiter(m_sample);
        m_result.guesses.append({QStringLiteral("delimiter"), QString(delimiter)});
    }
    m_tokenizer.emplace(delimiter, [this](const Record& record) { m_table.add(record); });
    m_tokenizer->feed(m_sample);
    m_sample = QString();
}

void CsvParse::reportOpenQuote() {
    if (!m_tokenizer->inQuotedField())
        return;
    const qsizetype field = m_tokenizer->quoteField();
    m_result.errors.append(
        {.line = m_tokenizer->quoteLine(),
         .column = int(field + 1),
         .columnName = m_table.columnName(field),
         .message = QCoreApplication::translate("segmenta::CsvReader",
                                                "The quoted field that begins on line %1 is never closed; "
                                                "a closing quote (\") is missing.")
                        .arg(m_tokenizer->quoteLine())});
}

void CsvParse::reportSourceError(Utf8Source::Status status, const QIODevice& device) {
    const qint64 line = m_tokenizer->line();
    const QString message =
        status == Utf8Source::Status::InvalidUtf8
            ? QCoreApplication::translate("segmenta::CsvReader",
                                          "Line %1 is not valid UTF-8 text. Re-save the file as UTF-8 "
                                          "(\"CSV UTF-8\") or choose the file's encoding.")
                  .arg(line)
            : QCoreApplication::translate("segmenta::CsvReader", "Reading failed on line %1: %2")
                  .arg(line)
                  .arg(device.errorString());
    m_result.errors.append(issueAt(line, message));
}

} // namespace

ReadResult CsvReader::read(const QString& path) const {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ReadResult result;
        result.errors.append(
            issueAt(0, QCoreApplication::translate("segmenta::CsvReader", "Cannot open %1: %2")
                           .arg(QDir::toNativeSeparators(path), file.errorString())));
        return result;
    }
    return read(file);
}

ReadResult CsvReader::read(QIODevice& device) const {
    if (!device.isReadable()) {
        ReadResult result;
        result.errors.append(issueAt(
            0, QCoreApplication::translate("segmenta::CsvReader", "The input is not open for reading.")));
        return result;
    }
    return CsvParse(m_options).run(device);
}

} // namespace segmenta
