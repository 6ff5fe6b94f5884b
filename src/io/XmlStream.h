#pragma once

#include "io/ZipEntry.h"

#include <QString>
#include <QXmlStreamReader>

#include <memory>

namespace segmenta {

/// A QXmlStreamReader over one ZIP entry that cannot be made to crash, hang or exhaust memory:
/// elements nested deeper than ImportLimits::kMaxXmlDepth, a DTD (whose entities could expand without
/// bound), more than ImportLimits::kMaxXmlTokenBytes between two '<' (one text or tag the parser would hold
/// whole) and element text longer than ImportLimits::kMaxCellCharacters stop the parse with an error, as
/// does damage to the entry itself. The reading functions are the bounded ones; QXmlStreamReader's own are
/// not reachable, so the depth count stays right.
class XmlStream : private QXmlStreamReader {
public:
    explicit XmlStream(ZipEntry& entry);
    ~XmlStream();

    TokenType readNext();
    /// As QXmlStreamReader's, through the bounded readNext().
    bool readNextStartElement();
    void skipCurrentElement();
    /// The text of the current element (child elements' text included); stops with an error beyond
    /// ImportLimits::kMaxCellCharacters characters.
    QString readElementText();
    /// Stops the parse with @p problem, a whole sentence that problem() returns.
    void refuse(const QString& problem);
    /// The message for a cell text longer than ImportLimits::kMaxCellCharacters.
    QString textTooLong() const;

    /// Reads what is left of the entry, so that its CRC is checked, and returns what stopped or spoiled the
    /// parse as a whole sentence (damage to the entry, a limit); empty when nothing did, and then
    /// hasError() means the part is not well-formed XML.
    QString finish();

    using QXmlStreamReader::atEnd;
    using QXmlStreamReader::attributes;
    using QXmlStreamReader::errorString;
    using QXmlStreamReader::hasError;
    using QXmlStreamReader::isCharacters;
    using QXmlStreamReader::isEndElement;
    using QXmlStreamReader::isStartElement;
    using QXmlStreamReader::lineNumber;
    using QXmlStreamReader::name;
    using QXmlStreamReader::namespaceUri;
    using QXmlStreamReader::text;
    using QXmlStreamReader::TokenType;
    using QXmlStreamReader::tokenType;

private:
    class TokenGuard;
    std::unique_ptr<TokenGuard> m_guard;
    ZipEntry& m_entry;
    int m_depth = 0;
    QString m_problem;
};

} // namespace segmenta
