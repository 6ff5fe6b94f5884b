#include "io/OdsReader.h"

#include "io/ImportLimits.h"
#include "io/SheetChoice.h"
#include "io/XlsxReader.h"
#include "io/XmlStream.h"
#include "io/ZipPackage.h"

#include <QCoreApplication>
#include <QDate>
#include <QFileInfo>
#include <QSet>

#include <algorithm>
#include <array>
#include <cmath>

namespace segmenta {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(segmenta::OdsReader)
};

const QString kOfficeNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:office:1.0");
const QString kTableNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:table:1.0");
const QString kTextNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:text:1.0");
const QString kStyleNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:style:1.0");
const QString kCalcExtNs =
    QStringLiteral("urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0");
const QString kSpreadsheetMime = QStringLiteral("application/vnd.oasis.opendocument.spreadsheet");
const QString kContentEntry = QStringLiteral("content.xml");

constexpr qint64 kMaxSpaces = 1000;
constexpr qint64 kMaxSmallEntryBytes = 1 << 20; // mimetype, manifest
constexpr int kRowsPerProgressReport = 256;

bool isElement(const XmlStream& xml, const QString& ns, QLatin1String name) {
    return xml.name() == name && xml.namespaceUri() == ns;
}

qint64 repeatCount(const QXmlStreamAttributes& attributes, QLatin1String name) {
    bool ok = false;
    const qint64 count = attributes.value(kTableNs, name).toLongLong(&ok);
    return ok && count > 1 ? count : 1;
}

ReadIssue issueAt(qint64 line, int column, const QString& message) {
    ReadIssue issue;
    issue.line = line;
    issue.column = column;
    issue.message = message;
    return issue;
}

// ---------------------------------------------------------------------------------------------------
// The package

QString readSmallEntry(const ZipPackage& zip, const QString& entry) {
    const std::unique_ptr<ZipEntry> device = zip.openEntry(entry, nullptr);
    return device ? QString::fromUtf8(device->read(kMaxSmallEntryBytes)) : QString();
}

/// What a ZIP that is not a spreadsheet holds, in words ("an OpenDocument text document (.odt)").
QString describeOtherPackage(const ZipPackage& zip, const QString& mimetype) {
    static const std::array<std::pair<const char*, const char*>, 6> kOpenDocument{{
        {"text", QT_TRANSLATE_NOOP("segmenta::OdsReader", "an OpenDocument text document (.odt)")},
        {"presentation", QT_TRANSLATE_NOOP("segmenta::OdsReader", "an OpenDocument presentation (.odp)")},
        {"graphics", QT_TRANSLATE_NOOP("segmenta::OdsReader", "an OpenDocument drawing (.odg)")},
        {"formula", QT_TRANSLATE_NOOP("segmenta::OdsReader", "an OpenDocument formula (.odf)")},
        {"chart", QT_TRANSLATE_NOOP("segmenta::OdsReader", "an OpenDocument chart (.odc)")},
        {"base", QT_TRANSLATE_NOOP("segmenta::OdsReader", "a LibreOffice Base database (.odb)")},
    }};
    for (const auto& [suffix, description] : kOpenDocument) {
        if (mimetype.startsWith(QStringLiteral("application/vnd.oasis.opendocument.") +
                                QLatin1String(suffix)))
            return Text::tr(description);
    }
    if (!mimetype.isEmpty())
        return Text::tr("a document of type '%1'").arg(mimetype);
    const QStringList& entries = zip.entries();
    const auto hasFolder = [&entries](const char* folder) {
        return std::any_of(entries.begin(), entries.end(), [folder](const QString& entry) {
            return entry.startsWith(QLatin1String(folder));
        });
    };
    if (hasFolder("xl/"))
        return Text::tr("an Excel workbook (.xlsx)");
    if (hasFolder("word/"))
        return Text::tr("a Word document (.docx)");
    if (hasFolder("ppt/"))
        return Text::tr("a PowerPoint presentation (.pptx)");
    return Text::tr("a ZIP archive without spreadsheet content");
}

/// Why the ZIP at hand is not a readable spreadsheet, or an empty string when it is one.
QString checkPackageContent(const ZipPackage& zip, const QString& path) {
    const QString name = QFileInfo(path).fileName();
    const QString mimetype = zip.contains(QStringLiteral("mimetype"))
                                 ? readSmallEntry(zip, QStringLiteral("mimetype")).trimmed()
                                 : QString();
    const bool spreadsheet = mimetype.startsWith(kSpreadsheetMime); // the template (.ots) too
    if (!spreadsheet && (!mimetype.isEmpty() || !zip.contains(kContentEntry))) {
        return Text::tr(
                   "'%1' is not a LibreOffice spreadsheet but %2. Choose the matching import, or open it and "
                   "save it as an .ods spreadsheet.")
            .arg(name, describeOtherPackage(zip, mimetype));
    }
    const QString manifest = QStringLiteral("META-INF/manifest.xml");
    if (zip.contains(manifest) && readSmallEntry(zip, manifest).contains(QLatin1String("encryption-data"))) {
        return Text::tr(
                   "'%1' is protected with a password. Open it in LibreOffice and save it without a password "
                   "(File > Properties > Security, or File > Save As without \"Save with password\").")
            .arg(name);
    }
    if (!zip.contains(kContentEntry))
        return Text::tr("'%1' is damaged: it has no content.xml. Open it in LibreOffice and save it again.")
            .arg(name);
    return {};
}

/// Opens @p zip as a spreadsheet package; the error message, or an empty string on success.
QString openSpreadsheet(ZipPackage& zip, const QString& path) {
    const QString name = QFileInfo(path).fileName();
    if (!QFileInfo::exists(path))
        return Text::tr("The file '%1' does not exist. Check the name and folder.").arg(path);
    switch (sniffFile(path)) {
    case FileSignature::Unreadable:
        return Text::tr("'%1' cannot be read: it is empty or you lack permission to read it.").arg(name);
    case FileSignature::OleCompound:
        return Text::tr("'%1' is not a LibreOffice spreadsheet but a legacy Excel .xls file or a "
                        "password-protected "
                        "Excel workbook. Open it in LibreOffice and save it as .ods without a password.")
            .arg(name);
    case FileSignature::GitLfsPointer:
        return gitLfsPointerProblem(name);
    case FileSignature::Text:
        return Text::tr("'%1' is not a LibreOffice spreadsheet but a text file; import it as a CSV or text "
                        "file.")
            .arg(name);
    case FileSignature::Binary:
        return Text::tr("'%1' is not a LibreOffice spreadsheet: its first bytes match none of the formats "
                        "Segmenta reads (ODS, XLSX, XLSM, CSV). Check that you chose the right file.")
            .arg(name);
    case FileSignature::Zip:
        break;
    }
    QString zipError;
    if (!zip.open(&zipError))
        return zipError;
    return checkPackageContent(zip, path);
}

// ---------------------------------------------------------------------------------------------------
// Cells

bool isFormulaErrorCode(const QString& text) {
    static const std::array kCodes{QLatin1String("#DIV/0!"), QLatin1String("#N/A"),  QLatin1String("#NAME?"),
                                   QLatin1String("#NULL!"),  QLatin1String("#NUM!"), QLatin1String("#REF!"),
                                   QLatin1String("#VALUE!")};
    return text.startsWith(QLatin1String("Err:")) ||
           std::find(kCodes.begin(), kCodes.end(), text) != kCodes.end();
}

/// Reads content.xml: hidden table styles, the tables' names and, for the tables asked for, their rows.
class ContentParser {
public:
    enum class TableAction { Skip, Read, ReadThenStop };
    /// Called at the start of each table: whether to read its rows, and whether to stop after them.
    using TableFn = std::function<TableAction(const SheetInfo&)>;

    ContentParser(ZipEntry& content, QSet<QString> hiddenStyles, ReadResult& result,
                  const TaskControl& control)
        : m_device(content)
        , m_xml(content)
        , m_hiddenStyles(std::move(hiddenStyles))
        , m_result(result)
        , m_control(control) {}

    /// Walks the document; false when it is damaged, not well-formed XML or beyond the limits (the error
    /// is in the result).
    bool run(const TableFn& onTable, const OdsReader::RowFn& onRow);
    /// Collects the table styles with table:display="false" of a styles.xml or content.xml.
    static void collectHiddenStyles(ZipEntry& entry, QSet<QString>& hidden);

private:
    static bool isHiddenStyle(XmlStream& xml);
    void refuseRows(qint64 lastRow);
    void readTable(const OdsReader::RowFn& onRow);
    void readRow(const OdsReader::RowFn& onRow);
    RawCell readCell(qint64 column);
    RawCell cellOf(const QXmlStreamAttributes& attributes, const QString& shown, qint64 column);
    RawCell unreadableValue(const QString& shown, QStringView value, qint64 column);
    QString readCellText();
    void appendInline(QString& text, bool& atStart, bool& afterSpace);
    void reportProgress();

    QIODevice& m_device;
    XmlStream m_xml;
    QSet<QString> m_hiddenStyles;
    ReadResult& m_result;
    const TaskControl& m_control;
    QString m_sheet;
    qint64 m_row = 1;           // sheet row of the next table-row element
    qint64 m_repeatedCells = 0; // cells added by repeats so far, against ImportLimits::kMaxRepeatedCells
    int m_rowsSinceReport = 0;
};

bool ContentParser::isHiddenStyle(XmlStream& xml) {
    const bool tableFamily =
        xml.attributes().value(kStyleNs, QLatin1String("family")) == QLatin1String("table");
    bool hidden = false;
    while (xml.readNextStartElement()) {
        hidden =
            hidden || (tableFamily && isElement(xml, kStyleNs, QLatin1String("table-properties")) &&
                       xml.attributes().value(kTableNs, QLatin1String("display")) == QLatin1String("false"));
        xml.skipCurrentElement();
    }
    return hidden;
}

void ContentParser::collectHiddenStyles(ZipEntry& entry, QSet<QString>& hidden) {
    XmlStream xml(entry);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (isElement(xml, kOfficeNs, QLatin1String("body")))
            return;
        if (isElement(xml, kStyleNs, QLatin1String("style"))) {
            const QString name = xml.attributes().value(kStyleNs, QLatin1String("name")).toString();
            if (isHiddenStyle(xml))
                hidden.insert(name);
        }
    }
}

bool ContentParser::run(const TableFn& onTable, const OdsReader::RowFn& onRow) {
    while (!m_xml.atEnd()) {
        if (m_xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (isElement(m_xml, kStyleNs, QLatin1String("style"))) {
            const QString name = m_xml.attributes().value(kStyleNs, QLatin1String("name")).toString();
            if (isHiddenStyle(m_xml))
                m_hiddenStyles.insert(name);
        } else if (isElement(m_xml, kTableNs, QLatin1String("table"))) {
            const QXmlStreamAttributes attributes = m_xml.attributes();
            SheetInfo info;
            info.name = attributes.value(kTableNs, QLatin1String("name")).toString();
            info.hidden =
                attributes.value(kTableNs, QLatin1String("display")) == QLatin1String("false") ||
                m_hiddenStyles.contains(attributes.value(kTableNs, QLatin1String("style-name")).toString());
            const TableAction action = onTable(info);
            if (action == TableAction::Skip) {
                m_xml.skipCurrentElement();
                continue;
            }
            m_sheet = info.name;
            m_row = 1;
            m_repeatedCells = 0;
            readTable(onRow);
            if (action == TableAction::ReadThenStop)
                break;
        }
    }
    const QString problem = m_xml.finish();
    if (!problem.isEmpty()) {
        m_result.errors.append(issueAt(0, 0, problem));
        return false;
    }
    if (!m_xml.hasError())
        return true;
    const QString where =
        m_sheet.isEmpty() ? QString() : Text::tr(" in sheet '%1' near row %2").arg(m_sheet).arg(m_row);
    m_result.errors.append(issueAt(
        m_sheet.isEmpty() ? 0 : m_row, 0,
        Text::tr("The spreadsheet is damaged%1: its content.xml cannot be read (%2 at line %3). Open it in "
                 "LibreOffice and save it again.")
            .arg(where, m_xml.errorString())
            .arg(m_xml.lineNumber())));
    return false;
}

void ContentParser::readTable(const OdsReader::RowFn& onRow) {
    while (!m_xml.atEnd()) {
        const QXmlStreamReader::TokenType token = m_xml.readNext();
        if (token == QXmlStreamReader::EndElement && isElement(m_xml, kTableNs, QLatin1String("table")))
            return;
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (isElement(m_xml, kTableNs, QLatin1String("table-row")))
            readRow(onRow);
        else if (!isElement(m_xml, kTableNs, QLatin1String("table-header-rows")) &&
                 !isElement(m_xml, kTableNs, QLatin1String("table-row-group")) &&
                 !isElement(m_xml, kTableNs, QLatin1String("table-rows")))
            m_xml.skipCurrentElement(); // columns, shapes, named ranges: no cells
    }
}

void ContentParser::readRow(const OdsReader::RowFn& onRow) {
    m_control.checkCancelled();
    // Bounded so that row numbers cannot overflow; rows beyond the sheet's last hold no values.
    const qint64 repeats = std::min(repeatCount(m_xml.attributes(), QLatin1String("number-rows-repeated")),
                                    ImportLimits::kMaxSheetRows);
    QList<RawCell> cells;
    qint64 column = 0;       // columns seen so far
    qint64 emptyPending = 0; // empty cells not yet appended: dropped unless a value follows
    while (m_xml.readNextStartElement()) {
        if (!isElement(m_xml, kTableNs, QLatin1String("table-cell")) &&
            !isElement(m_xml, kTableNs, QLatin1String("covered-table-cell"))) {
            m_xml.skipCurrentElement();
            continue;
        }
        const qint64 count =
            std::min(repeatCount(m_xml.attributes(), QLatin1String("number-columns-repeated")),
                     ImportLimits::kMaxSheetColumns - column);
        const RawCell cell = readCell(column + 1);
        if (cell.type == RawCell::Type::Empty) {
            emptyPending += count;
        } else if (count > 0) {
            if (column + count > ImportLimits::kMaxTableColumns) {
                const int beyond = int(std::max(column + 1, qint64(ImportLimits::kMaxTableColumns) + 1));
                m_xml.refuse(ImportLimits::tooWide(m_sheet, XlsxReader::columnLetters(beyond) +
                                                                QString::number(m_row)));
                return;
            }
            m_repeatedCells += count - 1;
            cells.reserve(column + count);
            for (qint64 i = 0; i < emptyPending; ++i)
                cells.append(RawCell::empty());
            for (qint64 i = 0; i < count; ++i)
                cells.append(cell);
            emptyPending = 0;
        }
        column += count;
    }
    if (m_xml.hasError())
        return; // a row cut short is not delivered
    if (!cells.isEmpty()) {
        m_repeatedCells += (repeats - 1) * cells.size();
        if (m_row + repeats - 1 > ImportLimits::kMaxSheetRows ||
            m_repeatedCells > ImportLimits::kMaxRepeatedCells)
            return refuseRows(m_row + repeats - 1);
        for (qint64 i = 0; i < repeats; ++i) {
            m_control.checkCancelled();
            onRow(m_row + i, cells);
        }
    }
    m_row = std::min(m_row + repeats, ImportLimits::kMaxSheetRows + 1);
    reportProgress();
}

void ContentParser::refuseRows(qint64 lastRow) {
    if (lastRow > ImportLimits::kMaxSheetRows)
        m_xml.refuse(Text::tr("Sheet '%1' has values beyond row %2, the last a sheet can have. Keep only the "
                              "rows you need, or save them as CSV, and import again.")
                         .arg(m_sheet)
                         .arg(ImportLimits::kMaxSheetRows));
    else
        m_xml.refuse(Text::tr("Sheet '%1' repeats its rows and cells into more than %2 cells (at row %3). "
                              "Such a sheet is damaged or made to exhaust memory; open it in LibreOffice, "
                              "keep the rows you need and save it again.")
                         .arg(m_sheet)
                         .arg(ImportLimits::kMaxRepeatedCells)
                         .arg(m_row));
}

void ContentParser::reportProgress() {
    if (++m_rowsSinceReport < kRowsPerProgressReport)
        return;
    m_rowsSinceReport = 0;
    const qint64 size = m_device.size();
    if (size > 0)
        m_control.report(double(m_device.pos()) / double(size), Text::tr("Reading sheet %1").arg(m_sheet));
}

RawCell ContentParser::readCell(qint64 column) {
    const QXmlStreamAttributes attributes = m_xml.attributes();
    const QString shown = readCellText();
    RawCell cell = cellOf(attributes, shown, column);
    if (cell.text.size() > ImportLimits::kMaxCellCharacters) {
        m_xml.refuse(m_xml.textTooLong());
        return RawCell::empty();
    }
    return cell;
}

RawCell ContentParser::cellOf(const QXmlStreamAttributes& attributes, const QString& shown, qint64 column) {
    const QStringView type = attributes.value(kOfficeNs, QLatin1String("value-type"));
    const bool formula = attributes.hasAttribute(kTableNs, QLatin1String("formula"));
    if (attributes.value(kCalcExtNs, QLatin1String("value-type")) == QLatin1String("error") ||
        (formula && type == QLatin1String("string") && isFormulaErrorCode(shown)))
        return RawCell::ofError(shown);
    if (type == QLatin1String("float") || type == QLatin1String("percentage") ||
        type == QLatin1String("currency")) {
        const QStringView value = attributes.value(kOfficeNs, QLatin1String("value"));
        bool ok = false;
        const double number = value.toDouble(&ok);
        return ok && std::isfinite(number) ? RawCell::ofNumber(number, shown)
                                           : unreadableValue(shown, value, column);
    }
    if (type == QLatin1String("date")) {
        const QStringView value = attributes.value(kOfficeNs, QLatin1String("date-value"));
        const std::optional<double> days = OdsReader::parseDate(value);
        return days ? RawCell::ofDateTime(*days, shown) : unreadableValue(shown, value, column);
    }
    if (type == QLatin1String("time")) {
        const QStringView value = attributes.value(kOfficeNs, QLatin1String("time-value"));
        const std::optional<double> fraction = OdsReader::parseTime(value);
        return fraction ? RawCell::ofNumber(*fraction, shown) : unreadableValue(shown, value, column);
    }
    if (type == QLatin1String("boolean"))
        return RawCell::ofBoolean(attributes.value(kOfficeNs, QLatin1String("boolean-value")) ==
                                  QLatin1String("true"));
    const QString text = attributes.hasAttribute(kOfficeNs, QLatin1String("string-value"))
                             ? attributes.value(kOfficeNs, QLatin1String("string-value")).toString()
                             : shown;
    return text.isEmpty() ? RawCell::empty() : RawCell::ofText(text);
}

RawCell ContentParser::unreadableValue(const QString& shown, QStringView value, qint64 column) {
    m_result.warnings.append(
        issueAt(m_row, int(column),
                Text::tr("Cell %1%2 of sheet '%3' holds the value '%4', which is not a valid "
                         "number, date or time; the text it shows ('%5') is used instead.")
                    .arg(XlsxReader::columnLetters(int(column)))
                    .arg(m_row)
                    .arg(m_sheet, value.toString(), shown)));
    return shown.isEmpty() ? RawCell::empty() : RawCell::ofText(shown);
}

QString ContentParser::readCellText() {
    QString text;
    bool firstParagraph = true;
    while (m_xml.readNextStartElement()) {
        if (!isElement(m_xml, kTextNs, QLatin1String("p")) &&
            !isElement(m_xml, kTextNs, QLatin1String("h"))) {
            m_xml.skipCurrentElement(); // annotations, frames, nested tables: not the cell's text
            continue;
        }
        if (!firstParagraph)
            text.append(u'\n');
        firstParagraph = false;
        bool atStart = true;
        bool afterSpace = false;
        appendInline(text, atStart, afterSpace);
    }
    return text;
}

// ODF collapses each run of white space in the XML text to one space and drops it at the start of a
// paragraph; further spaces are written as text:s, tabs and line breaks as elements. A space at the end is
// kept, as LibreOffice keeps it.
void ContentParser::appendInline(QString& text, bool& atStart, bool& afterSpace) {
    const auto beginContent = [&] {
        afterSpace = false;
        atStart = false;
    };
    while (!m_xml.atEnd()) {
        if (text.size() > ImportLimits::kMaxCellCharacters)
            return m_xml.refuse(m_xml.textTooLong());
        switch (m_xml.readNext()) {
        case QXmlStreamReader::Characters:
            for (const QChar c : m_xml.text()) {
                const bool space = c == u' ' || c == u'\t' || c == u'\n' || c == u'\r';
                if (!space) {
                    beginContent();
                    text.append(c);
                } else if (!atStart && !afterSpace) {
                    text.append(u' ');
                    afterSpace = true;
                }
            }
            break;
        case QXmlStreamReader::StartElement:
            if (isElement(m_xml, kTextNs, QLatin1String("s"))) {
                beginContent();
                bool ok = false;
                const qint64 count = m_xml.attributes().value(kTextNs, QLatin1String("c")).toLongLong(&ok);
                text.append(QString(std::clamp<qint64>(ok ? count : 1, 1, kMaxSpaces), u' '));
                m_xml.skipCurrentElement();
            } else if (isElement(m_xml, kTextNs, QLatin1String("tab"))) {
                beginContent();
                text.append(u'\t');
                m_xml.skipCurrentElement();
            } else if (isElement(m_xml, kTextNs, QLatin1String("line-break"))) {
                beginContent();
                text.append(u'\n');
                m_xml.skipCurrentElement();
            } else if (isElement(m_xml, kOfficeNs, QLatin1String("annotation")) ||
                       isElement(m_xml, kTextNs, QLatin1String("note"))) {
                m_xml.skipCurrentElement();
            } else {
                appendInline(text, atStart, afterSpace); // span, a, and other inline markup
            }
            break;
        case QXmlStreamReader::EndElement:
            return;
        default:
            break;
        }
    }
}

QSet<QString> hiddenStylesOf(const ZipPackage& zip) {
    QSet<QString> hidden;
    QString ignored;
    if (zip.contains(QStringLiteral("styles.xml"))) {
        if (const std::unique_ptr<ZipEntry> entry = zip.openEntry(QStringLiteral("styles.xml"), &ignored))
            ContentParser::collectHiddenStyles(*entry, hidden);
    }
    return hidden;
}

/// Opens the package and parses content.xml; false with the errors in @p result when it cannot.
bool parseContent(const QString& path, const ContentParser::TableFn& onTable, const OdsReader::RowFn& onRow,
                  ReadResult& result, const TaskControl& control) {
    ZipPackage zip(path);
    QString error = openSpreadsheet(zip, path);
    std::unique_ptr<ZipEntry> content;
    if (error.isEmpty()) {
        content = zip.openEntry(kContentEntry, &error);
    }
    if (!error.isEmpty()) {
        result.errors.append(issueAt(0, 0, error));
        return false;
    }
    ContentParser parser(*content, hiddenStylesOf(zip), result, control);
    return parser.run(onTable, onRow);
}

/// The sheet SheetChoice picks, recording why in @p result's guesses; none (with the error in @p result)
/// when the spreadsheet cannot be read or has no sheets.
std::optional<QString> largestSheet(const QString& path, ReadResult& result, const TaskControl& control) {
    QList<SheetChoice::Candidate> sheets;
    const auto onTable = [&sheets](const SheetInfo& info) {
        sheets.append({info, 0});
        return ContentParser::TableAction::Read;
    };
    const auto onRow = [&sheets](qint64, const QList<RawCell>& cells) {
        qint64& rows = sheets.last().tableRows;
        const auto values = std::count_if(cells.begin(), cells.end(), [](const RawCell& cell) {
            return cell.type != RawCell::Type::Empty;
        });
        if (rows < SheetChoice::kScanRows && values >= 2)
            ++rows;
    };
    ReadResult scan; // its cell warnings come again when the sheet is read
    if (!parseContent(path, onTable, onRow, scan, control)) {
        result.errors += scan.errors;
        return std::nullopt;
    }
    if (sheets.isEmpty()) {
        result.errors.append(issueAt(0, 0, Text::tr("'%1' has no sheets.").arg(QFileInfo(path).fileName())));
        return std::nullopt;
    }
    const qsizetype chosen = SheetChoice::choose(sheets);
    if (sheets.size() > 1)
        result.guesses.append({QStringLiteral("sheet choice"), SheetChoice::describe(sheets, chosen)});
    return sheets.at(chosen).info.name;
}

QString sheetList(const QList<SheetInfo>& sheets) {
    QStringList names;
    for (const SheetInfo& sheet : sheets)
        names.append(sheet.hidden ? Text::tr("'%1' (hidden)").arg(sheet.name)
                                  : QStringLiteral("'%1'").arg(sheet.name));
    return names.join(QStringLiteral(", "));
}

} // namespace

QList<SheetInfo> OdsReader::sheets(const QString& path, QString* error) {
    QList<SheetInfo> sheets;
    ReadResult result;
    const bool ok = parseContent(path,
                                 [&sheets](const SheetInfo& info) {
                                     sheets.append(info);
                                     return ContentParser::TableAction::Skip;
                                 },
                                 {}, result, {});
    if (ok)
        return sheets;
    if (error)
        *error = result.errors.constFirst().message;
    return {};
}

bool OdsReader::readRows(const QString& path, const QString& sheet, const RowFn& onRow, ReadResult& result,
                         const TaskControl& control) const {
    if (sheet.isEmpty()) {
        const std::optional<QString> largest = largestSheet(path, result, control.sub(0.0, 0.3));
        return largest && readRows(path, *largest, onRow, result, control.sub(0.3, 1.0));
    }
    QList<SheetInfo> seen;
    QString chosen;
    const auto onTable = [&](const SheetInfo& info) {
        seen.append(info);
        if (!chosen.isEmpty() || info.name.compare(sheet, Qt::CaseInsensitive) != 0)
            return ContentParser::TableAction::Skip;
        chosen = info.name;
        return ContentParser::TableAction::ReadThenStop;
    };
    if (!parseContent(path, onTable, onRow, result, control))
        return false;
    if (chosen.isEmpty()) {
        const QString name = QFileInfo(path).fileName();
        result.errors.append(
            issueAt(0, 0,
                    seen.isEmpty() ? Text::tr("'%1' has no sheets.").arg(name)
                                   : Text::tr("'%1' has no sheet named '%2'. Choose one of its sheets: %3.")
                                         .arg(name, sheet, sheetList(seen))));
        return false;
    }
    result.guesses.append({QStringLiteral("sheet"), chosen});
    return result.errors.isEmpty();
}

ReadResult OdsReader::read(const QString& path, const QString& sheet, const TableOptions& options,
                           const TaskControl& control) const {
    ReadResult result;
    TableBuilder builder(options);
    const auto onRow = [&builder](qint64 sheetRow, QList<RawCell> cells) {
        builder.addRow(sheetRow, std::move(cells));
    };
    if (readRows(path, sheet, onRow, result, control.sub(0.0, 0.9)))
        builder.finish(result);
    control.report(1.0, Text::tr("Sheet read"));
    return result;
}

std::optional<double> OdsReader::parseDate(QStringView value) {
    const qsizetype timeAt = value.indexOf(u'T');
    const QDate date =
        QDate::fromString(value.first(timeAt < 0 ? value.size() : timeAt).toString(), Qt::ISODate);
    if (!date.isValid())
        return std::nullopt;
    double seconds = 0.0;
    if (timeAt >= 0) {
        const QList<QStringView> parts = value.sliced(timeAt + 1).split(u':');
        if (parts.size() != 3)
            return std::nullopt;
        bool okH = false, okM = false, okS = false;
        seconds = parts[0].toInt(&okH) * 3600.0 + parts[1].toInt(&okM) * 60.0 + parts[2].toDouble(&okS);
        if (!okH || !okM || !okS)
            return std::nullopt;
    }
    return double(QDate(1970, 1, 1).daysTo(date)) + seconds / 86400.0;
}

std::optional<double> OdsReader::parseTime(QStringView value) {
    const bool negative = value.startsWith(u'-');
    value = value.sliced(negative ? 1 : 0);
    if (!value.startsWith(u'P'))
        return std::nullopt;
    value = value.sliced(1);
    bool inTime = false;
    bool any = false;
    double seconds = 0.0;
    while (!value.isEmpty()) {
        if (value.front() == u'T' && !inTime) {
            inTime = true;
            value = value.sliced(1);
            continue;
        }
        qsizetype digits = 0;
        while (digits < value.size() && (value[digits].isDigit() || value[digits] == u'.'))
            ++digits;
        if (digits == 0 || digits == value.size())
            return std::nullopt;
        bool ok = false;
        const double number = value.first(digits).toDouble(&ok);
        const QChar unit = value[digits];
        double factor = 0.0;
        if (!inTime && unit == u'D')
            factor = 86400.0;
        else if (inTime)
            factor = unit == u'H' ? 3600.0 : unit == u'M' ? 60.0 : unit == u'S' ? 1.0 : 0.0;
        if (!ok || factor == 0.0) // years and months have no fixed length
            return std::nullopt;
        seconds += number * factor;
        any = true;
        value = value.sliced(digits + 1);
    }
    if (!any)
        return std::nullopt;
    return (negative ? -seconds : seconds) / 86400.0;
}

} // namespace segmenta
