#include "io/CsvReader.h"

#include "io/RegularFile.h"
#include "io/TableBuilder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <charconv>
#include <functional>
#include <map>
#include <optional>
#include <string_view>
#include <system_error>
#include <utility>
#include <vector>

namespace segmenta {

namespace {

constexpr qint64 kChunkBytes = qint64(1) << 20;
constexpr int kSampleLines = 200; // for the delimiter and the number format
constexpr qsizetype kMaxListedIssues = 100;
constexpr std::array kDelimiters{u',', u';', u'\t', u'|'}; // comma first: it wins ties
// Bounds that keep memory in check on input that is not a table (a binary file, /dev/zero copied to disk,
// one 100 MB line): Excel's and LibreOffice's column limit, and far more text than a record of a table holds.
constexpr qsizetype kMaxFields = 16384;
constexpr qsizetype kMaxRecordChars = qsizetype(1) << 24;
constexpr qsizetype kMaxSampleChars = qsizetype(1) << 23; // text held back to find the delimiter
constexpr qsizetype kUtf16SampleBytes = 4096;

bool isLineBreak(QChar c) {
    return c == u'\n' || c == u'\r';
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
    /// A record grew beyond kMaxFields fields or kMaxRecordChars characters; the rest of the input is
    /// ignored. The record began on recordLine().
    enum class Overflow { None, Fields, Characters };
    Overflow overflow() const { return m_overflow; }
    qint64 recordLine() const { return m_record.m_line; }

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
    Overflow m_overflow = Overflow::None;
};

void RecordTokenizer::feed(QStringView text) {
    qsizetype i = 0;
    while (i < text.size() && m_overflow == Overflow::None) {
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
        if (m_record.size() > kMaxFields)
            m_overflow = Overflow::Fields;
        else if (m_record.m_text.size() > kMaxRecordChars)
            m_overflow = Overflow::Characters;
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
    if (m_recordStarted && m_state != State::Quoted && m_overflow == Overflow::None)
        endRecord();
}

// ---------------------------------------------------------------------------------------------------
// Delimiter detection

/// How many sampled records the most common field count (> 1) accounts for. Comment lines ('#') and
/// title lines (one field) do not count, so text above the table does not sway the choice.
int agreeingRecords(QStringView sample, QChar delimiter, bool complete) {
    std::map<qsizetype, int> recordsPerCount;
    RecordTokenizer tokenizer(delimiter, [&](const Record& record) {
        if (!record.isBlank() && record.size() > 1 && !trimBlanks(record.field(0)).startsWith(u'#'))
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
// Numbers

/// How numbers are written: the decimal separator and the thousands separator (null = none).
struct NumberFormat {
    QChar decimal = u'.';
    QChar thousands;
};

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

/// Removes the thousands separators of an integer part grouped as 1,234,567 (the first group 1 to 3
/// digits, then groups of exactly 3); false when the separators are not placed so.
bool removeGrouping(QVarLengthArray<char, 64>& ascii, char thousands, char decimal) {
    char* const begin = ascii.begin();
    char* const intEnd = std::find(ascii.begin(), ascii.end(), decimal);
    if (std::find(intEnd, ascii.end(), thousands) != ascii.end())
        return false; // a separator after the decimal one
    const char* digits = begin + (*begin == '+' || *begin == '-');
    qsizetype group = 0;
    bool first = true;
    for (const char* p = digits; p != intEnd; ++p) {
        if (*p != thousands) {
            ++group;
            continue;
        }
        if (group == 0 || group > 3 || (!first && group != 3))
            return false;
        first = false;
        group = 0;
    }
    if (!first && group != 3)
        return false;
    ascii.erase(std::remove(ascii.begin(), ascii.end(), thousands), ascii.end());
    return true;
}

// Same acceptance and correctly rounded value as QLocale::c().toDouble() (after the separators are
// mapped to C's), which is several times slower and dominated reading large files.
std::optional<double> parseNumber(QStringView field, const NumberFormat& format) {
    const QStringView value = trimBlanks(field);
    QVarLengthArray<char, 64> ascii;
    for (const QChar c : value) {
        if (c.unicode() >= 0x80)
            return std::nullopt;
        ascii.append(char(c.unicode()));
    }
    if (ascii.isEmpty())
        return std::nullopt;
    const char decimal = char(format.decimal.unicode());
    const char thousands = char(format.thousands.unicode());
    if (thousands != 0 && std::find(ascii.begin(), ascii.end(), thousands) != ascii.end() &&
        !removeGrouping(ascii, thousands, decimal))
        return std::nullopt;
    if (decimal != '.') {
        if (std::find(ascii.begin(), ascii.end(), '.') != ascii.end())
            return std::nullopt;
        std::replace(ascii.begin(), ascii.end(), decimal, '.');
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

/// Votes of the numeric-looking cells of the sample for each way of writing numbers.
struct SeparatorVotes {
    int decimalComma = 0;   // 12,5  1234,56  1.234,56
    int decimalPoint = 0;   // 12.5  1234.56  1,234.56
    int groupedByPoint = 0; // 1.234  1.234.567  1.234,5
    int groupedByComma = 0; // 1,234  1,234,567  1,234.5

    void count(QStringView field);
};

void SeparatorVotes::count(QStringView field) {
    // Anchored patterns over trimmed cells; group 1 = integer part, 2 = separator, 3 = fraction digits.
    static const QRegularExpression plain(QStringLiteral("^[+-]?(\\d*)([.,])(\\d+)$"));
    static const QRegularExpression grouped(
        QStringLiteral("^[+-]?\\d{1,3}(?:([.,])\\d{3})+(?:([.,])\\d+)?$"));
    const QStringView value = trimBlanks(field);
    if (value.isEmpty() || value.size() > 40)
        return;
    if (const QRegularExpressionMatch match = plain.match(value); match.hasMatch()) {
        const bool comma = match.capturedView(2) == u",";
        const bool ambiguous = match.capturedView(3).size() == 3 && match.capturedView(1).size() >= 1 &&
                               match.capturedView(1).size() <= 3 && match.capturedView(1) != u"0";
        if (ambiguous)
            ++(comma ? groupedByComma : groupedByPoint);
        else
            ++(comma ? decimalComma : decimalPoint);
        return;
    }
    if (const QRegularExpressionMatch match = grouped.match(value); match.hasMatch()) {
        const bool pointGroups = match.capturedView(1) == u".";
        if (match.hasCaptured(2) && match.capturedView(2) == match.capturedView(1))
            return; // 1.234.5: no number
        ++(pointGroups ? groupedByPoint : groupedByComma);
        if (match.hasCaptured(2))
            ++(pointGroups ? decimalComma : decimalPoint);
    }
}

/// Decimal comma when the cells say so and the delimiter is not a comma; thousands separators when
/// cells are grouped by the other character.
NumberFormat chooseNumberFormat(const SeparatorVotes& votes, QChar delimiter) {
    NumberFormat format;
    if (delimiter != u',' && votes.decimalComma > votes.decimalPoint) {
        format.decimal = u',';
        if (votes.groupedByPoint > 0)
            format.thousands = u'.';
    } else if (votes.groupedByComma > 0 && votes.decimalComma == 0) {
        format.thousands = u',';
    }
    return format;
}

QString separatorName(QChar separator) {
    return separator.isNull() ? QStringLiteral("none") : QString(separator);
}

// ---------------------------------------------------------------------------------------------------
// Input

/// Bytes to text in one of the encodings CsvOptions::encoding names. Qt 6.4's QStringDecoder knows
/// UTF-8, UTF-16, UTF-32 and Latin-1 but not Windows-1252, which is mapped here.
class TextDecoder {
public:
    /// The decoder for an encoding name (case-insensitive); nullopt when unknown.
    static std::optional<TextDecoder> forName(const QString& name);

    QString operator()(QByteArrayView bytes);
    bool hasError() const { return m_qt && m_qt->hasError(); }
    bool isUtf8() const { return m_name == QLatin1String("UTF-8"); }
    const QString& name() const { return m_name; }

private:
    QString m_name;
    std::optional<QStringDecoder> m_qt; // empty for Windows-1252
};

std::optional<TextDecoder> TextDecoder::forName(const QString& name) {
    TextDecoder decoder;
    const QString key = name.trimmed().toLower();
    if (key == QLatin1String("windows-1252") || key == QLatin1String("cp1252")) {
        decoder.m_name = QStringLiteral("windows-1252");
        return decoder;
    }
    const std::optional<QStringConverter::Encoding> encoding =
        QStringConverter::encodingForName(name.trimmed().toLatin1().constData());
    if (!encoding || *encoding == QStringConverter::System)
        return std::nullopt;
    decoder.m_qt.emplace(*encoding); // skips a leading BOM
    decoder.m_name = QString::fromLatin1(QStringConverter::nameForEncoding(*encoding));
    return decoder;
}

QString TextDecoder::operator()(QByteArrayView bytes) {
    if (m_qt)
        return (*m_qt)(bytes);
    // Windows-1252 is Latin-1 except for 0x80-0x9F; its five unassigned bytes stay C1 controls.
    static constexpr std::array<char16_t, 32> high{
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};
    QString text(bytes.size(), Qt::Uninitialized);
    std::transform(bytes.begin(), bytes.end(), text.begin(), [](char byte) {
        const auto b = uchar(byte);
        return QChar(b >= 0x80 && b < 0xA0 ? high[b - 0x80] : char16_t(b));
    });
    return text;
}

/// "UTF-16LE" or "UTF-16BE" when @p head looks like UTF-16 without a BOM: text in Latin script has a zero
/// high byte in most characters, so zero bytes fill one of the even or odd positions and hardly any of
/// the other; single-byte encodings and UTF-8 never hold zero bytes in text.
std::optional<QString> utf16WithoutBom(QByteArrayView head) {
    const qsizetype pairs = std::min(head.size(), kUtf16SampleBytes) / 2;
    qsizetype evenZeros = 0;
    qsizetype oddZeros = 0;
    for (qsizetype i = 0; i < pairs; ++i) {
        evenZeros += head[2 * i] == '\0';
        oddZeros += head[2 * i + 1] == '\0';
    }
    if (pairs < 2 || std::max(evenZeros, oddZeros) * 2 < pairs || std::min(evenZeros, oddZeros) * 10 > pairs)
        return std::nullopt;
    return oddZeros > evenZeros ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE");
}

/// The encoding of a text that starts with @p head: its BOM's, else UTF-16 by the pattern of zero bytes
/// (utf16WithoutBom()), else UTF-8 when the bytes are valid
/// UTF-8 (an incomplete sequence at the very end counts as valid: the next chunk may complete it), else
/// Windows-1252.
TextDecoder detectEncoding(QByteArrayView head) {
    if (head.startsWith("\xFF\xFE"))
        return *TextDecoder::forName(QStringLiteral("UTF-16LE"));
    if (head.startsWith("\xFE\xFF"))
        return *TextDecoder::forName(QStringLiteral("UTF-16BE"));
    if (const std::optional<QString> wide = utf16WithoutBom(head))
        return *TextDecoder::forName(*wide);
    QStringDecoder trial(QStringDecoder::Utf8);
    const QString decoded = trial(head); // the conversion runs the decoder: its result is lazy
    return *TextDecoder::forName(trial.hasError() ? QStringLiteral("windows-1252") : QStringLiteral("UTF-8"));
}

/// Reads a device in chunks and decodes them, stopping before the first invalid sequence.
class TextSource {
public:
    enum class Status { Reading, End, Invalid, ReadFailed };

    /// @p decoder empty: detect the encoding from the first chunk.
    TextSource(QIODevice& device, std::optional<TextDecoder> decoder)
        : m_device(device)
        , m_buffer(kChunkBytes, Qt::Uninitialized)
        , m_decoder(std::move(decoder)) {}

    /// The next piece of text; false once the input ended, failed or held an invalid sequence.
    bool next(QString& text);
    Status status() const { return m_status; }
    /// The encoding in use, known after the first next().
    QString encodingName() const { return m_decoder ? m_decoder->name() : QString(); }

private:
    qint64 readChunk();
    bool endsInsideSequence() const;

    QIODevice& m_device;
    QByteArray m_buffer;
    qint64 m_lastSize = 0;
    std::optional<TextDecoder> m_decoder;
    Status m_status = Status::Reading;
};

bool TextSource::next(QString& text) {
    if (m_status != Status::Reading)
        return false;
    const qint64 size = readChunk();
    if (size < 0) {
        m_status = Status::ReadFailed;
        return false;
    }
    if (size == 0) {
        m_status = endsInsideSequence() ? Status::Invalid : Status::End;
        return false;
    }
    const QByteArrayView bytes(m_buffer.constData(), size);
    if (!m_decoder)
        m_decoder = detectEncoding(bytes);
    m_lastSize = size;
    text = (*m_decoder)(bytes);
    if (m_decoder->hasError()) {
        // The decoder marks invalid input with U+FFFD; a genuine U+FFFD earlier in this chunk would make
        // us point at its line instead, which is close enough for the message.
        m_status = Status::Invalid;
        if (const qsizetype bad = text.indexOf(QChar::ReplacementCharacter); bad >= 0)
            text.truncate(bad);
    }
    return true;
}

/// Fills the buffer as far as the device allows, so that the first chunk is large enough to tell
/// the encoding even from a device that hands out a few bytes at a time.
qint64 TextSource::readChunk() {
    qint64 filled = 0;
    while (filled < kChunkBytes) {
        const qint64 size = m_device.read(m_buffer.data() + filled, kChunkBytes - filled);
        if (size < 0)
            return filled > 0 ? filled : -1;
        if (size == 0 && !(m_device.isSequential() && m_device.waitForReadyRead(-1)))
            break;
        filled += size;
    }
    return filled;
}

// QStringDecoder keeps an incomplete sequence at the end of the input as state, without an error.
bool TextSource::endsInsideSequence() const {
    if (!m_decoder || !m_decoder->isUtf8())
        return false;
    for (qint64 back = 1; back <= std::min<qint64>(3, m_lastSize); ++back) {
        const auto byte = uchar(m_buffer.at(m_lastSize - back));
        if ((byte & 0xC0) == 0x80)
            continue;
        const int length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1;
        return length > back;
    }
    return false;
}

/// One read: bytes -> text -> records -> rows of raw cells -> TableBuilder. The first lines are held
/// back until the delimiter and the number format are known.
class CsvParse {
public:
    explicit CsvParse(const CsvOptions& options)
        : m_options(options)
        , m_table({.headerRow = options.headerRow,
                   .textLines = true,
                   .skipBadLines = options.skipBadLines,
                   .dateOrder = options.dateOrder}) {}

    ReadResult run(QIODevice& device);

private:
    std::optional<TextDecoder> chosenDecoder();
    void startTokenizer();
    void holdRecord(const Record& record);
    void decideNumberFormat(QChar delimiter);
    void addRecord(const Record& record);
    void addRow(qint64 line, const QStringList& fields);
    RawCell cellOf(QStringView field) const;
    void reportOpenQuote();
    void reportOverflow(const QString& encoding);
    void reportSourceError(TextSource::Status status, const QIODevice& device, const QString& encoding);

    CsvOptions m_options;
    ReadResult m_result;
    TableBuilder m_table;
    NumberFormat m_format;
    QString m_sample; // text held back until the delimiter is known
    std::vector<std::pair<qint64, QStringList>>
        m_heldRecords; // records of the sample, until the format is known
    bool m_holding = true;
    std::optional<RecordTokenizer> m_tokenizer;
};

std::optional<TextDecoder> CsvParse::chosenDecoder() {
    if (m_options.encoding.isEmpty())
        return std::nullopt;
    std::optional<TextDecoder> decoder = TextDecoder::forName(m_options.encoding);
    if (!decoder)
        m_result.errors.append(issueAt(
            0, QCoreApplication::translate("segmenta::CsvReader",
                                           "The encoding '%1' is not known. Choose UTF-8, UTF-16LE, "
                                           "UTF-16BE, windows-1252 or ISO-8859-1 (--encoding, or Encoding in "
                                           "the import wizard).")
                   .arg(m_options.encoding)));
    return decoder;
}

ReadResult CsvParse::run(QIODevice& device) {
    std::optional<TextDecoder> decoder = chosenDecoder();
    if (!m_result.ok())
        return std::move(m_result);
    const bool detectEncoding = !decoder;
    TextSource source(device, std::move(decoder));
    QString text;
    while (source.next(text)) {
        if (m_tokenizer) {
            m_tokenizer->feed(text);
        } else {
            m_sample += text;
            if (m_sample.size() > kMaxSampleChars || endOfLines(m_sample, kSampleLines) >= 0)
                startTokenizer();
        }
        if (m_tokenizer && m_tokenizer->overflow() != RecordTokenizer::Overflow::None)
            break;
    }
    if (detectEncoding && !source.encodingName().isEmpty())
        m_result.guesses.prepend({QStringLiteral("encoding"), source.encodingName()});
    if (!m_tokenizer)
        startTokenizer();
    if (m_tokenizer->overflow() != RecordTokenizer::Overflow::None)
        reportOverflow(source.encodingName());
    else if (source.status() == TextSource::Status::End)
        m_tokenizer->finish();
    else
        reportSourceError(source.status(), device, source.encodingName());
    m_table.finish(m_result);
    reportOpenQuote(); // after finish(): the header, and so the column's name, is known by then
    return std::move(m_result);
}

void CsvParse::startTokenizer() {
    QChar delimiter = m_options.delimiter;
    if (delimiter.isNull()) {
        delimiter = detectDelimiter(m_sample);
        m_result.guesses.append({QStringLiteral("delimiter"), QString(delimiter)});
    }
    m_tokenizer.emplace(delimiter, [this](const Record& record) { addRecord(record); });
    m_tokenizer->feed(m_sample);
    m_sample = QString();
    decideNumberFormat(delimiter);
}

void CsvParse::addRecord(const Record& record) {
    if (m_holding) {
        holdRecord(record);
        return;
    }
    QList<RawCell> cells;
    if (!record.isBlank()) {
        cells.reserve(record.size());
        for (qsizetype i = 0; i < record.size(); ++i)
            cells.append(cellOf(record.field(i)));
    }
    m_table.addRow(record.line(), std::move(cells));
}

void CsvParse::holdRecord(const Record& record) {
    QStringList fields;
    if (!record.isBlank())
        for (qsizetype i = 0; i < record.size(); ++i)
            fields.append(record.field(i).toString());
    m_heldRecords.emplace_back(record.line(), std::move(fields));
}

/// Decides the number format from the held records, then passes them on.
void CsvParse::decideNumberFormat(QChar delimiter) {
    m_holding = false;
    const bool detectDecimal = m_options.decimal.isNull();
    const bool detectThousands = !m_options.thousands.has_value();
    if (detectDecimal || detectThousands) {
        SeparatorVotes votes;
        for (const auto& [line, fields] : m_heldRecords)
            for (const QString& field : fields)
                votes.count(field);
        const NumberFormat detected = chooseNumberFormat(votes, delimiter);
        m_format.decimal = detectDecimal ? detected.decimal : m_options.decimal;
        m_format.thousands = detectThousands ? detected.thousands : *m_options.thousands;
        if (detectDecimal)
            m_result.guesses.append({QStringLiteral("decimal separator"), QString(m_format.decimal)});
        if (detectThousands)
            m_result.guesses.append(
                {QStringLiteral("thousands separator"), separatorName(m_format.thousands)});
    } else {
        m_format = {m_options.decimal, *m_options.thousands};
    }
    for (const auto& [line, fields] : std::exchange(m_heldRecords, {}))
        addRow(line, fields);
}

void CsvParse::addRow(qint64 line, const QStringList& fields) {
    QList<RawCell> cells;
    cells.reserve(fields.size());
    for (const QString& field : fields)
        cells.append(cellOf(field));
    m_table.addRow(line, std::move(cells));
}

RawCell CsvParse::cellOf(QStringView field) const {
    if (trimBlanks(field).isEmpty())
        return RawCell::empty();
    if (const std::optional<double> number = parseNumber(field, m_format))
        return RawCell::ofNumber(*number, field.toString());
    return RawCell::ofText(field.toString());
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
    m_result.data = DataMatrix();
    m_result.sourceLines.clear();
}

void CsvParse::reportOverflow(const QString& encoding) {
    const qint64 line = m_tokenizer->recordLine();
    const QString message =
        m_tokenizer->overflow() == RecordTokenizer::Overflow::Fields
            ? QCoreApplication::translate(
                  "segmenta::CsvReader",
                  "Line %1 has more than %2 fields, more than a table can have; reading stopped there. If "
                  "the file is a table, choose its delimiter (--delimiter, or Delimiter in the import "
                  "wizard).")
                  .arg(line)
                  .arg(kMaxFields)
            : QCoreApplication::translate(
                  "segmenta::CsvReader",
                  "Line %1 is longer than %2 characters, so this does not read as lines of a table (in %3); "
                  "reading stopped there. If the file is text, choose its encoding (--encoding, or Encoding "
                  "in the import wizard); otherwise save the data as CSV.")
                  .arg(line)
                  .arg(kMaxRecordChars)
                  .arg(encoding);
    m_result.errors.append(issueAt(line, message));
}

void CsvParse::reportSourceError(TextSource::Status status, const QIODevice& device,
                                 const QString& encoding) {
    const qint64 line = m_tokenizer->line();
    const QString message =
        status == TextSource::Status::Invalid
            ? QCoreApplication::translate("segmenta::CsvReader",
                                          "Line %1 is not valid %2 text. Re-save the file as UTF-8 "
                                          "(\"CSV UTF-8\") or choose the file's encoding (--encoding, or "
                                          "Encoding in the import wizard).")
                  .arg(line)
                  .arg(encoding)
            : QCoreApplication::translate("segmenta::CsvReader", "Reading failed on line %1: %2")
                  .arg(line)
                  .arg(device.errorString());
    m_result.errors.append(issueAt(line, message));
}

} // namespace

QString detectTextEncoding(QByteArrayView head) {
    return detectEncoding(head).name();
}

ReadResult CsvReader::read(const QString& path) const {
    if (const std::optional<QString> problem = notRegularFileProblem(path)) {
        ReadResult result;
        result.errors.append(issueAt(0, *problem));
        return result;
    }
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
