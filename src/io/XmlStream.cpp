#include "io/XmlStream.h"

#include "io/ImportLimits.h"

#include <QCoreApplication>

#include <cstring>

namespace segmenta {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(segmenta::XmlStream)
};
} // namespace

/// Passes the entry's bytes on and ends the stream once more than kMaxXmlTokenBytes follow a '<' without
/// the next one: every token (text, tag, comment) lies between two '<', so none the parser buffers can
/// grow beyond that.
class XmlStream::TokenGuard : public QIODevice {
public:
    explicit TokenGuard(QIODevice& source)
        : m_source(source) {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    bool isSequential() const override { return true; }
    bool atEnd() const override { return m_tripped || m_source.atEnd(); }
    bool tripped() const { return m_tripped; }
    qint64 position() const { return m_position; }

protected:
    qint64 readData(char* data, qint64 maxSize) override {
        if (m_tripped)
            return 0;
        const qint64 read = m_source.read(data, maxSize);
        for (qint64 at = 0; at < read;) {
            const void* lt = std::memchr(data + at, '<', std::size_t(read - at));
            const qint64 next = lt ? static_cast<const char*>(lt) - data : read;
            m_sinceLt += next - at;
            if (m_sinceLt > ImportLimits::kMaxXmlTokenBytes) {
                m_tripped = true;
                m_position += next;
                return 0;
            }
            if (lt)
                m_sinceLt = 0;
            at = next + 1;
        }
        m_position += std::max<qint64>(read, 0);
        return read;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QIODevice& m_source;
    qint64 m_sinceLt = 0;
    qint64 m_position = 0;
    bool m_tripped = false;
};

XmlStream::XmlStream(ZipEntry& entry)
    : m_guard(std::make_unique<TokenGuard>(entry))
    , m_entry(entry) {
    setDevice(m_guard.get());
}

XmlStream::~XmlStream() = default;

QXmlStreamReader::TokenType XmlStream::readNext() {
    const TokenType token = QXmlStreamReader::readNext();
    if (token == StartElement && ++m_depth > ImportLimits::kMaxXmlDepth) {
        refuse(Text::tr("'%1' is refused: its part '%2' nests XML elements more than %3 levels deep (line "
                        "%4). Real files nest about a dozen levels; this one is damaged or made to crash "
                        "the programs that read it.")
                   .arg(m_entry.fileName(), m_entry.entry())
                   .arg(ImportLimits::kMaxXmlDepth)
                   .arg(lineNumber()));
    } else if (token == EndElement) {
        --m_depth;
    } else if (token == DTD) {
        refuse(Text::tr("'%1' is refused: its part '%2' declares a DTD (line %3). Workbooks never do, and "
                        "its entities could expand to gigabytes, so they are not read.")
                   .arg(m_entry.fileName(), m_entry.entry())
                   .arg(lineNumber()));
    } else if (token == Invalid && m_problem.isEmpty() && m_guard->tripped()) {
        refuse(Text::tr("'%1' is refused: its part '%2' holds more than %3 MB of XML without markup (near "
                        "byte %4). No cell holds that much; the file is damaged or made to exhaust memory.")
                   .arg(m_entry.fileName(), m_entry.entry())
                   .arg(ImportLimits::kMaxXmlTokenBytes >> 20)
                   .arg(m_guard->position()));
    }
    return QXmlStreamReader::tokenType();
}

bool XmlStream::readNextStartElement() {
    while (readNext() != Invalid) {
        if (isEndElement())
            return false;
        if (isStartElement())
            return true;
    }
    return false;
}

void XmlStream::skipCurrentElement() {
    for (int depth = 1; depth > 0 && readNext() != Invalid;) {
        if (isEndElement())
            --depth;
        else if (isStartElement())
            ++depth;
    }
}

QString XmlStream::readElementText() {
    QString text;
    for (int depth = 1; depth > 0 && readNext() != Invalid;) {
        if (isEndElement())
            --depth;
        else if (isStartElement())
            ++depth;
        else if (isCharacters())
            text += QXmlStreamReader::text();
        if (text.size() > ImportLimits::kMaxCellCharacters) {
            refuse(textTooLong());
            return {};
        }
    }
    return text;
}

void XmlStream::refuse(const QString& problem) {
    if (m_problem.isEmpty())
        m_problem = problem;
    raiseError(problem);
}

QString XmlStream::textTooLong() const {
    return Text::tr("'%1' is refused: its part '%2' holds a text of more than %3 characters at line %4, "
                    "more than a cell can hold.")
        .arg(m_entry.fileName(), m_entry.entry())
        .arg(ImportLimits::kMaxCellCharacters)
        .arg(lineNumber());
}

QString XmlStream::finish() {
    if (!m_problem.isEmpty())
        return m_problem;
    m_entry.finish();
    return m_entry.problem();
}

} // namespace segmenta
