#include "io/XlsxReader.h"

#include "core/Error.h"
#include "io/ImportLimits.h"
#include "io/SheetChoice.h"
#include "io/XmlStream.h"
#include "io/ZipPackage.h"

#include <QCoreApplication>
#include <QDate>
#include <QFileInfo>
#include <QHash>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

namespace segmenta {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(segmenta::XlsxReader)
};

ReadIssue fileIssue(const QString& message) {
    return {0, 0, {}, message};
}

QString cellName(int column, qint64 row) {
    return XlsxReader::columnLetters(column) + QString::number(row);
}

/// What the workbook part says, plus where its other parts are.
struct Workbook {
    struct Sheet {
        SheetInfo info;
        QString relationId;
    };
    QList<Sheet> sheets;
    bool date1904 = false;
    QHash<QString, QString> partOfRelation; ///< relationship id -> package entry
    QString sharedStringsPart;
    QString stylesPart;
};

const QString kWorkbookPart = QStringLiteral("xl/workbook.xml");
const QString kWorkbookRelsPart = QStringLiteral("xl/_rels/workbook.xml.rels");

/// Why a file that is not a readable XLSX package was chosen, in words a user can act on; empty when
/// the file is a ZIP archive.
QString signatureProblem(const QString& path) {
    if (!QFileInfo::exists(path))
        return Text::tr("The file '%1' does not exist; check the path and choose the file again.").arg(path);
    switch (sniffFile(path)) {
    case FileSignature::Zip:
        return {};
    case FileSignature::Unreadable:
        return Text::
            tr("The file '%1' is empty or cannot be read; check that it is not locked by another program.")
                .arg(path);
    case FileSignature::GitLfsPointer:
        return gitLfsPointerProblem(QFileInfo(path).fileName());
    case FileSignature::Text:
        return Text::tr("This file is not an Excel workbook but text; import it as a CSV or text file.");
    case FileSignature::Binary:
        return Text::tr("This file is not an Excel workbook: its first bytes match none of the formats "
                        "Segmenta reads (XLSX, XLSM, ODS, CSV). Check that you chose the right file.");
    case FileSignature::OleCompound:
        if (isEncryptedOoxml(path))
            return Text::tr(
                "The workbook is protected with a password; open it in Excel, remove the password "
                "(File > Info > Protect Workbook) and save again.");
        return Text::tr(
            "This is a legacy Excel 97-2003 .xls file; open it in Excel or LibreOffice and save as "
            ".xlsx.");
    }
    return {};
}

/// What a ZIP archive without an Excel workbook part looks like.
QString foreignPackageProblem(const ZipPackage& package) {
    QString looksLike;
    if (package.contains(QStringLiteral("xl/workbook.bin")))
        return Text::tr("This is an Excel binary workbook (.xlsb); open it in Excel and save as .xlsx.");
    if (package.contains(QStringLiteral("word/document.xml")))
        looksLike = Text::tr("a Word document (.docx)");
    else if (package.contains(QStringLiteral("ppt/presentation.xml")))
        looksLike = Text::tr("a PowerPoint presentation (.pptx)");
    else if (package.contains(QStringLiteral("content.xml")) && package.contains(QStringLiteral("mimetype")))
        looksLike = Text::tr("an OpenDocument file (.ods or .odt); import it as OpenDocument instead");
    else
        looksLike = Text::tr("a ZIP archive of other files");
    return Text::tr(
               "This file is not an Excel workbook (it has no xl/workbook.xml); it looks like %1. Choose an "
               ".xlsx or .xlsm file.")
        .arg(looksLike);
}

/// The text of a <si> or <is> element: plain <t>, or the <t> of every rich-text run; phonetic guides
/// (<rPh>) are not part of the value. Leaves the reader on the element's end.
QString readStringItem(XmlStream& xml) {
    QString text;
    while (xml.readNextStartElement()) {
        if (xml.name() == u"t")
            text += xml.readElementText();
        else if (xml.name() == u"r")
            text += readStringItem(xml);
        else
            xml.skipCurrentElement();
        if (text.size() > ImportLimits::kMaxCellCharacters) {
            xml.refuse(xml.textTooLong());
            return {};
        }
    }
    return text;
}

/// Advances to the next start element wherever it is in the document; false at the document's end or on
/// an error. (readNextStartElement() stays within one element and fails past the root's end.)
bool nextStartElement(XmlStream& xml) {
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement)
            return true;
    }
    return false;
}

QString xmlProblem(const XmlStream& xml, const QString& part) {
    return Text::tr(
               "The workbook is damaged: part '%1' is not valid XML at line %2 (%3). Open it in Excel or "
               "LibreOffice, save it again and import the saved copy.")
        .arg(part)
        .arg(xml.lineNumber())
        .arg(xml.errorString());
}

/// The relationship id (r:id) of an element, whatever prefix the relationships namespace has.
QString relationIdOf(const QXmlStreamAttributes& attributes) {
    for (const QXmlStreamAttribute& attribute : attributes) {
        if (attribute.name() == u"id" && attribute.namespaceUri().endsWith(u"relationships"))
            return attribute.value().toString();
    }
    return {};
}

bool isTrue(QStringView value) {
    return value == u"1" || value == u"true";
}

void parseWorkbookPart(XmlStream& xml, Workbook& workbook) {
    while (nextStartElement(xml)) {
        const QXmlStreamAttributes attributes = xml.attributes();
        if (xml.name() == u"workbookPr") {
            workbook.date1904 = isTrue(attributes.value(QLatin1String("date1904")));
        } else if (xml.name() == u"sheet") {
            const QStringView state = attributes.value(QLatin1String("state"));
            workbook.sheets.append({{attributes.value(QLatin1String("name")).toString(),
                                     state == u"hidden" || state == u"veryHidden"},
                                    relationIdOf(attributes)});
        }
    }
}

/// Relationship targets are relative to xl/ unless absolute within the package.
QString packageEntryOfTarget(QStringView target) {
    if (target.startsWith(u'/'))
        return target.mid(1).toString();
    QString entry = QStringLiteral("xl/") + target.toString();
    while (entry.contains(QLatin1String("/../"))) {
        const qsizetype up = entry.indexOf(QLatin1String("/../"));
        const qsizetype parent = entry.lastIndexOf(u'/', up - 1);
        entry.remove(parent + 1, up + 4 - parent - 1);
    }
    return entry;
}

void parseRelationsPart(XmlStream& xml, Workbook& workbook) {
    while (nextStartElement(xml)) {
        if (xml.name() != u"Relationship")
            continue;
        const QXmlStreamAttributes attributes = xml.attributes();
        const QString entry = packageEntryOfTarget(attributes.value(QLatin1String("Target")));
        const QStringView type = attributes.value(QLatin1String("Type"));
        workbook.partOfRelation.insert(attributes.value(QLatin1String("Id")).toString(), entry);
        if (type.endsWith(u"/sharedStrings"))
            workbook.sharedStringsPart = entry;
        else if (type.endsWith(u"/styles"))
            workbook.stylesPart = entry;
    }
}

/// Opens @p part of @p package and runs @p parse over it; false with a message on a missing part or bad XML.
template <typename Parse>
bool parsePart(const ZipPackage& package, const QString& part, Parse&& parse, QString* error) {
    const std::unique_ptr<ZipEntry> entry = package.openEntry(part, error);
    if (!entry)
        return false;
    XmlStream xml(*entry);
    parse(xml);
    const QString problem = xml.finish();
    if (problem.isEmpty() && !xml.hasError())
        return true;
    *error = problem.isEmpty() ? xmlProblem(xml, part) : problem;
    return false;
}

/// Checks the file, opens the package and reads the workbook part and its relationships.
std::optional<Workbook> openWorkbook(const QString& path, ZipPackage& package, QString* error) {
    *error = signatureProblem(path);
    if (!error->isEmpty() || !package.open(error))
        return std::nullopt;
    if (!package.contains(kWorkbookPart)) {
        *error = foreignPackageProblem(package);
        return std::nullopt;
    }
    Workbook workbook;
    if (!parsePart(
            package, kWorkbookPart, [&](XmlStream& xml) { parseWorkbookPart(xml, workbook); }, error) ||
        !parsePart(
            package, kWorkbookRelsPart, [&](XmlStream& xml) { parseRelationsPart(xml, workbook); }, error))
        return std::nullopt;
    if (workbook.sheets.isEmpty()) {
        *error = Text::tr("The workbook has no sheets.");
        return std::nullopt;
    }
    return workbook;
}

QStringList sheetNames(const Workbook& workbook) {
    QStringList names;
    for (const Workbook::Sheet& sheet : workbook.sheets)
        names << sheet.info.name;
    return names;
}

/// The sheet named @p name (case-insensitive); null with a message listing the sheets otherwise.
const Workbook::Sheet* findSheet(const Workbook& workbook, const QString& name, QString* error) {
    for (const Workbook::Sheet& sheet : workbook.sheets) {
        if (sheet.info.name.compare(name, Qt::CaseInsensitive) == 0)
            return &sheet;
    }
    const QString available =
        QLatin1Char('\'') + sheetNames(workbook).join(QLatin1String("', '")) + QLatin1Char('\'');
    *error = Text::tr("The workbook has no sheet named '%1'; choose one of %2.").arg(name, available);
    return nullptr;
}

/// SheetChoice's measure of worksheet @p part: its rows with two or more values, up to kScanRows; 0 when
/// the part cannot be read (reading the chosen sheet reports why).
qint64 tableRowsOf(const ZipPackage& package, const QString& part) {
    const std::unique_ptr<ZipEntry> entry = package.openEntry(part, nullptr);
    if (!entry)
        return 0;
    XmlStream xml(*entry);
    qint64 rows = 0;
    int values = 0;
    while (rows < SheetChoice::kScanRows && !xml.atEnd()) {
        xml.readNext();
        if (xml.name() == u"row") {
            if (xml.isStartElement())
                values = 0;
            else if (xml.isEndElement() && values >= 2)
                ++rows;
        } else if (xml.isStartElement() && (xml.name() == u"v" || xml.name() == u"is") &&
                   !xml.readElementText().isEmpty()) {
            ++values;
        }
    }
    return rows;
}

/// The sheet SheetChoice picks when none is named, recording why in @p result's guesses.
const Workbook::Sheet& largestSheet(const ZipPackage& package, const Workbook& workbook, ReadResult& result) {
    if (workbook.sheets.size() == 1)
        return workbook.sheets.constFirst();
    QList<SheetChoice::Candidate> candidates;
    for (const Workbook::Sheet& sheet : workbook.sheets)
        candidates.append(
            {sheet.info, tableRowsOf(package, workbook.partOfRelation.value(sheet.relationId))});
    const qsizetype chosen = SheetChoice::choose(candidates);
    result.guesses.append({QStringLiteral("sheet choice"), SheetChoice::describe(candidates, chosen)});
    return workbook.sheets.at(chosen);
}

/// The shared-string table, held whole: its memory is bounded by ImportLimits::kMaxSharedStringBytes.
QStringList readSharedStrings(XmlStream& xml, const TaskControl& control) {
    QStringList strings;
    qint64 bytes = 0;
    while (nextStartElement(xml)) {
        // The <sst> counts are not trusted for reserving memory: a damaged file may claim billions.
        if (xml.name() != u"si")
            continue;
        strings.append(readStringItem(xml));
        bytes += ImportLimits::kSharedStringOverhead + 2 * strings.constLast().size();
        if (bytes > ImportLimits::kMaxSharedStringBytes)
            xml.refuse(
                Text::tr("The workbook holds more shared text than Segmenta reads (%1 MB in memory). "
                         "Save the table you need in a workbook of its own, or as CSV, and import that.")
                    .arg(ImportLimits::kMaxSharedStringBytes >> 20));
        control.checkCancelled();
    }
    return strings;
}

/// For every cell format (<cellXfs><xf>), whether it shows a date or time.
QList<bool> readDateStyles(XmlStream& xml) {
    QHash<int, bool> customIsDate;
    QList<bool> styleIsDate;
    while (nextStartElement(xml)) {
        const QXmlStreamAttributes attributes = xml.attributes();
        if (xml.name() == u"numFmt") {
            customIsDate.insert(attributes.value(QLatin1String("numFmtId")).toInt(),
                                XlsxReader::isDateFormatCode(attributes.value(QLatin1String("formatCode"))));
        } else if (xml.name() == u"cellXfs") {
            while (xml.readNextStartElement()) {
                const int id = xml.attributes().value(QLatin1String("numFmtId")).toInt();
                styleIsDate.append(customIsDate.value(id, XlsxReader::isBuiltInDateFormat(id)));
                xml.skipCurrentElement();
            }
        } else if (xml.name() != u"styleSheet" && xml.name() != u"numFmts") {
            xml.skipCurrentElement();
        }
    }
    return styleIsDate;
}

QString dateSpelling(double days) {
    const double whole = std::floor(days);
    const QDate date = QDate(1970, 1, 1).addDays(qint64(whole));
    const int seconds = int(std::lround((days - whole) * 86400.0));
    if (seconds == 0)
        return date.toString(Qt::ISODate);
    return QDateTime(date, QTime(0, 0).addSecs(seconds)).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

/// A cell of type "d" (ISO 8601 text, written by strict OOXML tools); kept as text when it does not parse.
RawCell isoDateCell(const QString& value) {
    QDateTime moment = QDateTime::fromString(value, Qt::ISODate);
    if (!moment.isValid())
        return RawCell::ofText(value);
    moment.setTimeSpec(Qt::UTC); // the wall-clock time as written, whatever the local time zone
    return RawCell::ofDateTime(double(moment.toMSecsSinceEpoch()) / 86400000.0, value);
}

/// Streams the <sheetData> of one worksheet into rows of raw cells.
class SheetParser {
public:
    SheetParser(const Workbook& workbook, const QStringList& sharedStrings, const QList<bool>& dateStyles,
                ReadResult& result)
        : m_date1904(workbook.date1904)
        , m_sharedStrings(sharedStrings)
        , m_dateStyles(dateStyles)
        , m_result(result) {}

    /// Parses worksheet @p entry; throws DataError when it is damaged, not valid XML or beyond the limits.
    void parse(ZipEntry& entry, const QString& sheet, const XlsxReader::RowFn& onRow,
               const TaskControl& control);

private:
    void startRow(XmlStream& xml);
    void readCell(XmlStream& xml);
    RawCell cellValue(QStringView type, int style, const QString& value, int column);
    RawCell numberCell(const QString& value, int style) const;
    RawCell sharedStringCell(const QString& value, int column);
    void finishRow(const XlsxReader::RowFn& onRow);

    bool m_date1904;
    const QStringList& m_sharedStrings;
    const QList<bool>& m_dateStyles;
    ReadResult& m_result;
    QString m_sheet;
    qint64 m_row = 0;
    int m_column = 0;
    bool m_rowHasValue = false;
    QList<RawCell> m_cells;
};

void SheetParser::parse(ZipEntry& entry, const QString& sheet, const XlsxReader::RowFn& onRow,
                        const TaskControl& control) {
    m_sheet = sheet;
    const QString stage = Text::tr("Reading sheet '%1'").arg(sheet);
    const double size = std::max<qint64>(entry.size(), 1);
    XmlStream xml(entry);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == u"c")
                readCell(xml);
            else if (xml.name() == u"row")
                startRow(xml);
        } else if (xml.isEndElement() && xml.name() == u"row") {
            finishRow(onRow);
            control.checkCancelled();
            if (m_row % 1024 == 0)
                control.report(std::min(1.0, double(entry.pos()) / size), stage);
        }
    }
    const QString problem = xml.finish();
    if (!problem.isEmpty())
        throw DataError(problem);
    if (xml.hasError())
        throw DataError(xmlProblem(xml, entry.entry()));
    control.report(1.0, stage);
}

void SheetParser::startRow(XmlStream& xml) {
    const qint64 number = xml.attributes().value(QLatin1String("r")).toLongLong();
    m_row = number > 0 ? number : m_row + 1;
    if (m_row > ImportLimits::kMaxSheetRows)
        xml.refuse(
            Text::tr("The workbook is damaged: sheet '%1' has a row numbered %2, beyond row %3, the "
                     "last a sheet can have. Open it in Excel or LibreOffice, save it again and import "
                     "the saved copy.")
                .arg(m_sheet)
                .arg(m_row)
                .arg(ImportLimits::kMaxSheetRows));
    m_column = 0;
    m_rowHasValue = false;
    m_cells.clear();
}

void SheetParser::readCell(XmlStream& xml) {
    const QXmlStreamAttributes attributes = xml.attributes();
    const QStringView reference = attributes.value(QLatin1String("r"));
    const int column = XlsxReader::columnOfReference(reference);
    m_column = column != 0 ? column : m_column + 1;
    if (m_column < 0 || m_column > ImportLimits::kMaxSheetColumns) {
        xml.refuse(
            Text::tr("The workbook is damaged: sheet '%1' has a cell '%2' beyond column XFD, the "
                     "last a sheet can have. Open it in Excel or LibreOffice, save it again and import "
                     "the saved copy.")
                .arg(m_sheet, reference.isEmpty() ? cellName(m_column, m_row) : reference.toString()));
        return;
    }
    const QString type = attributes.value(QLatin1String("t")).toString();
    const int style = attributes.value(QLatin1String("s")).toInt();
    QString value;
    bool hasValue = false;
    while (xml.readNextStartElement()) {
        if (xml.name() == u"v") {
            value = xml.readElementText();
            hasValue = true;
        } else if (xml.name() == u"is") {
            value = readStringItem(xml);
            hasValue = true;
        } else {
            xml.skipCurrentElement();
        }
    }
    if (!hasValue)
        return;
    RawCell cell = cellValue(type, style, value, m_column);
    if (cell.type == RawCell::Type::Empty)
        return;
    if (m_column > ImportLimits::kMaxTableColumns) {
        xml.refuse(ImportLimits::tooWide(m_sheet, cellName(m_column, m_row)));
        return;
    }
    if (m_cells.size() < m_column)
        m_cells.resize(m_column);
    m_cells[m_column - 1] = std::move(cell);
    m_rowHasValue = true;
}

RawCell SheetParser::cellValue(QStringView type, int style, const QString& value, int column) {
    if (type == u"s")
        return sharedStringCell(value, column);
    if (type == u"inlineStr" || type == u"str")
        return value.isEmpty() ? RawCell::empty() : RawCell::ofText(value);
    if (type == u"b")
        return RawCell::ofBoolean(isTrue(value));
    if (type == u"e")
        return RawCell::ofError(value);
    if (type == u"d")
        return isoDateCell(value);
    return numberCell(value, style);
}

RawCell SheetParser::numberCell(const QString& value, int style) const {
    bool ok = false;
    const double number = QStringView(value).trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(number))
        return value.isEmpty() ? RawCell::empty() : RawCell::ofText(value);
    // Excel's dates run from serial 0 to 2958465 (9999-12-31); a larger "date" is a plain number.
    constexpr double kLastExcelDate = 2958466.0;
    if (style > 0 && style < m_dateStyles.size() && m_dateStyles.at(style) && number >= 0.0 &&
        number < kLastExcelDate) {
        const double days = XlsxReader::serialToDays(number, m_date1904);
        return RawCell::ofDateTime(days, dateSpelling(days));
    }
    return RawCell::ofNumber(number, QString::number(number, 'g', 15));
}

RawCell SheetParser::sharedStringCell(const QString& value, int column) {
    bool ok = false;
    const int index = value.toInt(&ok);
    if (ok && index >= 0 && index < m_sharedStrings.size()) {
        const QString& text = m_sharedStrings.at(index);
        return text.isEmpty() ? RawCell::empty() : RawCell::ofText(text);
    }
    m_result.errors.append({m_row,
                            column,
                            {},
                            Text::tr("The workbook is damaged: cell %1 refers to shared text number %2, but "
                                     "the workbook has %3. Open "
                                     "it in Excel or LibreOffice, save it again and import the saved copy.")
                                .arg(cellName(column, m_row), value)
                                .arg(m_sharedStrings.size())});
    return RawCell::empty();
}

void SheetParser::finishRow(const XlsxReader::RowFn& onRow) {
    if (m_rowHasValue)
        onRow(m_row, std::move(m_cells));
    m_cells = {};
    m_rowHasValue = false;
}

/// Reads an optional part (shared strings, styles) with @p parse; a missing part gives @p fallback.
template <typename T, typename Parse>
T readOptionalPart(const ZipPackage& package, const QString& part, Parse&& parse, T fallback) {
    if (part.isEmpty() || !package.contains(part))
        return fallback;
    T value;
    QString error;
    if (!parsePart(
            package, part, [&](XmlStream& xml) { value = parse(xml); }, &error))
        throw DataError(error);
    return value;
}

int firstValueIndex(const QList<RawCell>& cells) {
    const auto it = std::find_if(cells.begin(), cells.end(),
                                 [](const RawCell& cell) { return cell.type != RawCell::Type::Empty; });
    return int(it - cells.begin());
}

qsizetype valueCount(const QList<RawCell>& cells) {
    return std::count_if(cells.begin(), cells.end(),
                         [](const RawCell& cell) { return cell.type != RawCell::Type::Empty; });
}

/// Drops the empty columns left of a table that does not start in column A before rows reach TableBuilder.
/// The first column is decided on the first rows (those TableBuilder buffers anyway to find the header).
class LeadingColumnTrim {
public:
    explicit LeadingColumnTrim(TableBuilder& builder)
        : m_builder(builder) {}

    void add(qint64 row, QList<RawCell> cells);
    /// Passes on the rows still held; then offset() is final.
    void flush();
    /// Empty columns dropped on the left.
    int offset() const { return std::max(m_offset, 0); }
    const QList<ReadIssue>& errors() const { return m_errors; }

private:
    static constexpr int kDecidingRows = 50;
    static constexpr int kMaxErrors = 100;
    void decideOffset();
    void pass(qint64 row, QList<RawCell> cells);

    TableBuilder& m_builder;
    int m_offset = -1;
    QList<std::pair<qint64, QList<RawCell>>> m_pending;
    QList<ReadIssue> m_errors;
    qint64 m_unreported = 0;
};

void LeadingColumnTrim::add(qint64 row, QList<RawCell> cells) {
    if (m_offset >= 0)
        return pass(row, std::move(cells));
    m_pending.append({row, std::move(cells)});
    if (m_pending.size() == kDecidingRows)
        flush();
}

void LeadingColumnTrim::flush() {
    if (m_offset < 0)
        decideOffset();
    for (auto& [row, cells] : m_pending) {
        const int first = firstValueIndex(cells);
        // A title left of the table keeps its text as the row's first cell.
        if (first < m_offset)
            m_builder.addRow(row, {cells.at(first)});
        else
            m_builder.addRow(row, cells.mid(m_offset));
    }
    m_pending.clear();
    if (m_unreported > 0)
        m_errors.append(fileIssue(QCoreApplication::translate(
            "segmenta::XlsxReader", "%n more rows have values left of the table's first column.", nullptr,
            int(m_unreported))));
    m_unreported = 0;
}

void LeadingColumnTrim::decideOffset() {
    int tableStart = std::numeric_limits<int>::max();
    int anyStart = std::numeric_limits<int>::max();
    for (const auto& [row, cells] : m_pending) {
        const int first = firstValueIndex(cells);
        anyStart = std::min(anyStart, first);
        if (valueCount(cells) >= 2)
            tableStart = std::min(tableStart, first);
    }
    m_offset = tableStart != std::numeric_limits<int>::max() ? tableStart
               : anyStart != std::numeric_limits<int>::max() ? anyStart
                                                             : 0;
}

void LeadingColumnTrim::pass(qint64 row, QList<RawCell> cells) {
    const int first = firstValueIndex(cells);
    if (first < m_offset) {
        if (m_errors.size() < kMaxErrors)
            m_errors.append(
                {row,
                 first + 1,
                 {},
                 Text::tr("Cell %1 has a value left of the table's first column %2. Move it into the "
                          "table or delete it, then import again.")
                     .arg(cellName(first + 1, row), XlsxReader::columnLetters(m_offset + 1))});
        else
            ++m_unreported;
        return;
    }
    m_builder.addRow(row, cells.mid(m_offset));
}

void shiftColumns(QList<ReadIssue>& issues, int offset) {
    for (ReadIssue& issue : issues) {
        if (issue.column > 0)
            issue.column += offset;
    }
}

} // namespace

QList<SheetInfo> XlsxReader::sheets(const QString& path, QString* error) {
    QString message;
    ZipPackage package(path);
    const std::optional<Workbook> workbook = openWorkbook(path, package, &message);
    if (error)
        *error = message;
    QList<SheetInfo> infos;
    if (workbook) {
        for (const Workbook::Sheet& sheet : workbook->sheets)
            infos << sheet.info;
    }
    return infos;
}

bool XlsxReader::readRows(const QString& path, const QString& sheet, const RowFn& onRow, ReadResult& result,
                          const TaskControl& control) const {
    QString error;
    ZipPackage package(path);
    const std::optional<Workbook> workbook = openWorkbook(path, package, &error);
    const Workbook::Sheet* chosen = !workbook         ? nullptr
                                    : sheet.isEmpty() ? &largestSheet(package, *workbook, result)
                                                      : findSheet(*workbook, sheet, &error);
    if (!chosen) {
        result.errors.append(fileIssue(error));
        return false;
    }
    const QString part = workbook->partOfRelation.value(chosen->relationId);
    const std::unique_ptr<ZipEntry> entry = package.openEntry(part, &error);
    if (!entry) {
        result.errors.append(fileIssue(
            package.contains(part) ? error
                                   : Text::tr("The workbook is damaged: sheet '%1' has no data part (%2).")
                                         .arg(chosen->info.name, error)));
        return false;
    }
    try {
        const QStringList strings = readOptionalPart(
            package, workbook->sharedStringsPart,
            [&](XmlStream& xml) { return readSharedStrings(xml, control); }, QStringList());
        const QList<bool> dateStyles =
            readOptionalPart(package, workbook->stylesPart, readDateStyles, QList<bool>());
        SheetParser(*workbook, strings, dateStyles, result).parse(*entry, chosen->info.name, onRow, control);
    } catch (const DataError& damaged) {
        result.errors.append(fileIssue(damaged.message()));
    }
    result.guesses.append({QStringLiteral("sheet"), chosen->info.name});
    if (workbook->date1904)
        result.guesses.append({QStringLiteral("date system"), QStringLiteral("1904")});
    return result.errors.isEmpty();
}

ReadResult XlsxReader::read(const QString& path, const QString& sheet, const TableOptions& options,
                            const TaskControl& control) const {
    ReadResult raw;
    TableBuilder builder(options);
    LeadingColumnTrim trim(builder);
    if (!readRows(
            path, sheet, [&](qint64 row, QList<RawCell> cells) { trim.add(row, std::move(cells)); }, raw,
            control))
        return raw;
    trim.flush();
    ReadResult result;
    builder.finish(result);
    shiftColumns(result.errors, trim.offset());
    shiftColumns(result.warnings, trim.offset());
    result.errors += trim.errors();
    result.guesses = raw.guesses + result.guesses;
    if (trim.offset() > 0)
        result.guesses.append({QStringLiteral("first column"), columnLetters(trim.offset() + 1)});
    return result;
}

bool XlsxReader::isDateFormatCode(QStringView code) {
    bool inQuotes = false;
    bool inBrackets = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i);
        if (inQuotes) {
            inQuotes = c != u'"';
        } else if (inBrackets) {
            inBrackets = c != u']';
        } else if (c == u'"') {
            inQuotes = true;
        } else if (c == u'[') {
            // [h], [mm], [ss]: elapsed time, a duration rather than a moment.
            const QChar next = i + 1 < code.size() ? code.at(i + 1).toLower() : QChar();
            if (next == u'h' || next == u'm' || next == u's')
                return false;
            inBrackets = true;
        } else if (c == u'\\' || c == u'_' || c == u'*') {
            ++i; // the next character is shown literally, or sets a width or a fill
        } else if (QStringView(u"dmyhsDMYHS").contains(c)) {
            return true;
        }
    }
    return false;
}

bool XlsxReader::isBuiltInDateFormat(int id) {
    return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) ||
           (id >= 50 && id <= 58);
}

double XlsxReader::serialToDays(double serial, bool date1904) {
    if (date1904)
        return serial - 24107.0;
    return serial < 61.0 ? serial - 25568.0 : serial - 25569.0;
}

int XlsxReader::columnOfReference(QStringView reference) {
    int column = 0;
    for (const QChar c : reference) {
        const char16_t letter = c.toUpper().unicode();
        if (letter < u'A' || letter > u'Z')
            break;
        column = column * 26 + (letter - u'A' + 1);
        if (column > ImportLimits::kMaxSheetColumns)
            return -1;
    }
    return column;
}

QString XlsxReader::columnLetters(int column) {
    QString letters;
    for (; column > 0; column = (column - 1) / 26)
        letters.prepend(QChar(u'A' + (column - 1) % 26));
    return letters;
}

} // namespace segmenta
