#include "report/PdfPageFlow.h"

#include "charts/FigureRenderer.h"

#include <QAbstractTextDocumentLayout>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextBoundaryFinder>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>

#include <algorithm>
#include <vector>

namespace segmenta {

namespace {

constexpr double kMarginSide = 56.0;
constexpr double kMarginTop = 66.0;
constexpr double kMarginBottom = 62.0;
constexpr double kFrameGap = 26.0; // from the page edge to the header and footer rules
constexpr double kLineHeightPercent = 128.0;
constexpr double kHeading1KeepWith = 110.0; // points of content that must fit under a section title
constexpr double kHeading2KeepWith = 60.0;
constexpr qsizetype kMinLinesAtBreak = 2; // no widows or orphans
constexpr double kSectionBreakUsed = 0.3; // a page used less than this takes the next section too

QString wrappable(QString text) {
    return text.replace(QLatin1Char('\n'), QChar::LineSeparator);
}

// Lays `layout` out at `width`, breaking between words where possible; returns its height.
double layOut(QTextLayout& layout, double width, Qt::Alignment alignment) {
    QTextOption option(alignment & Qt::AlignHorizontal_Mask);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    double height = 0.0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0.0, height));
        height += line.height();
    }
    layout.endLayout();
    return height;
}

// A line of a laid-out document, in document coordinates.
struct DocumentLine {
    QTextLine line;
    QPointF origin; // of its block's layout
    double bottom = 0.0;
};

std::vector<DocumentLine> linesOf(QTextDocument& document) {
    std::vector<DocumentLine> lines;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QTextLayout* layout = block.layout();
        for (int i = 0; i < layout->lineCount(); ++i) {
            const QTextLine line = layout->lineAt(i);
            lines.push_back({line, layout->position(), layout->position().y() + line.y() + line.height()});
        }
    }
    return lines;
}

} // namespace

QColor PdfPageFlow::ink() {
    return QColor(0x1E2430);
}

QColor PdfPageFlow::muted() {
    return QColor(0x5B6472);
}

QColor PdfPageFlow::accent() {
    return QColor(0x1F3A5F);
}

QColor PdfPageFlow::rule() {
    return QColor(0xC9D0DA);
}

QColor PdfPageFlow::shade() {
    return QColor(0xEEF1F5);
}

QFont PdfPageFlow::font(double points, bool bold) {
    QFont font;
    font.setPointSizeF(points);
    font.setBold(bold);
    // Ligatures would turn "fi" into one glyph, which text extraction and search in a PDF viewer then see
    // as "\uFB01" rather than the two letters.
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

PdfPageFlow::PdfPageFlow(QPdfWriter& writer, PdfPageFrame frame)
    : m_writer(writer)
    , m_frame(std::move(frame))
    , m_unit(writer.resolution() / 72.0) {
    const QRectF page = writer.pageLayout().fullRectPoints();
    m_pageRect = QRectF(0.0, 0.0, pt(page.width()), pt(page.height()));
    m_content = m_pageRect.adjusted(pt(kMarginSide), pt(kMarginTop), -pt(kMarginSide), -pt(kMarginBottom));
    m_y = m_content.top();
    m_painter.begin(&writer);
    m_painter.setRenderHint(QPainter::Antialiasing);
}

PdfPageFlow::~PdfPageFlow() {
    m_painter.end();
}

void PdfPageFlow::newPage() {
    if (m_blank)
        return;
    m_writer.newPage();
    ++m_page;
    m_y = m_content.top();
    m_blank = true;
    drawFrame();
}

void PdfPageFlow::sectionBreak() {
    if (m_y - m_content.top() > kSectionBreakUsed * m_content.height())
        newPage();
}

void PdfPageFlow::ensureSpace(double height) {
    if (!m_blank && height > remaining())
        newPage();
}

QRectF PdfPageFlow::take(double height) {
    ensureSpace(height);
    const QRectF band(m_content.left(), m_y, m_content.width(), height);
    m_y += height;
    m_blank = false;
    return band;
}

void PdfPageFlow::skip(double points) {
    if (!m_blank)
        m_y += pt(points);
}

void PdfPageFlow::heading(const QString& title, int level, const QColor& ruleColor, PdfTocMode toc) {
    const bool section = level <= 1;
    const QFont face = font(section ? kHeading1 : kHeading2, true);
    const double height = textHeight(title, face, width());
    const double ruleGap = section ? pt(5.0) : 0.0;
    skip(section ? 18.0 : 12.0);
    ensureSpace(height + ruleGap + pt(section ? kHeading1KeepWith : kHeading2KeepWith));
    const QRectF band = take(height);
    drawText(band, title, face, section ? accent() : ink());
    if (section) {
        if (toc != PdfTocMode::Unlisted)
            m_toc.append({title, m_page, toc == PdfTocMode::Indented});
        const double y = band.bottom() + ruleGap;
        m_painter.setPen(QPen(ruleColor.isValid() ? ruleColor : accent(), pt(1.5)));
        m_painter.drawLine(QPointF(m_content.left(), y), QPointF(m_content.right(), y));
        m_y = y;
        skip(12.0);
    } else {
        skip(5.0);
    }
}

std::unique_ptr<QTextDocument> PdfPageFlow::document(const QString& html, double points, double width) const {
    auto doc = std::make_unique<QTextDocument>();
    doc->documentLayout()->setPaintDevice(&m_writer);
    doc->setUseDesignMetrics(true);
    doc->setDocumentMargin(0.0);
    doc->setDefaultFont(font(points));
    doc->setHtml(html);
    QTextBlockFormat spacing;
    spacing.setLineHeight(kLineHeightPercent, QTextBlockFormat::ProportionalHeight);
    spacing.setTopMargin(0.0);
    // The document layout scales lengths from 96 per inch to the device itself.
    spacing.setBottomMargin(points * 0.45 * 96.0 / 72.0);
    QTextCursor all(doc.get());
    all.select(QTextCursor::Document);
    all.mergeBlockFormat(spacing);
    doc->setTextWidth(width);
    return doc;
}

void PdfPageFlow::drawDocument(QTextDocument& document, const QPointF& at, const QColor& color) {
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, color);
    m_painter.save();
    m_painter.translate(at);
    document.documentLayout()->draw(&m_painter, context);
    m_painter.restore();
}

void PdfPageFlow::paragraph(const QString& html, double points, const QColor& color) {
    const std::unique_ptr<QTextDocument> doc = document(html, points, width());
    const std::vector<DocumentLine> lines = linesOf(*doc);
    const auto count = qsizetype(lines.size());
    // Lines are drawn one by one so that a paragraph can break between pages without any line being
    // painted (or extracted as text) twice; a break leaves at least kMinLinesAtBreak lines on either side.
    const double epsilon = pt(0.1);
    for (qsizetype first = 0; first < count;) {
        const double from = first == 0 ? 0.0 : lines[std::size_t(first - 1)].bottom;
        qsizetype fit = 0;
        while (first + fit < count && lines[std::size_t(first + fit)].bottom - from <= remaining() + epsilon)
            ++fit;
        qsizetype end = count;
        if (first + fit < count) {
            const qsizetype keep = std::min(fit, count - first - kMinLinesAtBreak);
            if (keep < kMinLinesAtBreak && !m_blank) {
                newPage();
                continue;
            }
            end = first + std::max<qsizetype>(keep < kMinLinesAtBreak ? fit : keep, 1);
        }
        const QPointF origin(m_content.left(), m_y - from);
        m_painter.setPen(color);
        for (qsizetype i = first; i < end; ++i)
            lines[std::size_t(i)].line.draw(&m_painter, origin + lines[std::size_t(i)].origin);
        m_y += lines[std::size_t(end - 1)].bottom - from;
        m_blank = false;
        first = end;
        if (first < count)
            newPage();
    }
    skip(points * 0.6);
}

void PdfPageFlow::text(const QString& plain, double points, const QColor& color) {
    paragraph(plain.toHtmlEscaped(), points, color);
}

void PdfPageFlow::caption(const QString& text) {
    const QFont face = font(kSmall);
    const QRectF band = take(textHeight(text, face, width()));
    drawText(band, text, face, muted());
    skip(10.0);
}

void PdfPageFlow::figures(const QList<QChart*>& charts, double points, double layoutScale) {
    if (charts.isEmpty())
        return;
    const QRectF band = take(pt(points));
    const double gap = pt(14.0);
    const double each = (band.width() - gap * double(charts.size() - 1)) / double(charts.size());
    // Charts are laid out in logical pixels (96 per inch) like on screen; a larger layout leaves room for
    // long legends at the price of smaller type.
    const QSizeF layout(each * 96.0 / m_writer.logicalDpiX() * layoutScale,
                        band.height() * 96.0 / m_writer.logicalDpiY() * layoutScale);
    for (qsizetype i = 0; i < charts.size(); ++i)
        FigureRenderer::render(
            charts.at(i), &m_painter,
            QRectF(band.left() + double(i) * (each + gap), band.top(), each, band.height()), layout);
    skip(6.0);
}

double PdfPageFlow::textHeight(const QString& text, const QFont& font, double width) const {
    QTextLayout layout(wrappable(text), font, &m_writer);
    return layOut(layout, width, Qt::AlignLeft);
}

double PdfPageFlow::longestWord(const QString& text, const QFont& font) const {
    double longest = 0.0;
    QTextBoundaryFinder breaks(QTextBoundaryFinder::Line, text);
    for (qsizetype start = 0; start < text.size();) {
        qsizetype end = breaks.toNextBoundary();
        if (end < 0)
            end = text.size();
        longest = std::max(longest, textWidth(text.mid(start, end - start).trimmed(), font));
        start = end;
    }
    return longest;
}

double PdfPageFlow::textWidth(const QString& text, const QFont& font) const {
    QTextLayout layout(text, font, &m_writer);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    layout.endLayout();
    return line.isValid() ? line.naturalTextWidth() : 0.0;
}

void PdfPageFlow::drawText(const QRectF& rect, const QString& text, const QFont& font, const QColor& color,
                           Qt::Alignment alignment) {
    QTextLayout layout(wrappable(text), font, &m_writer);
    const double height = layOut(layout, rect.width(), alignment);
    const double top =
        alignment & Qt::AlignVCenter ? rect.top() + (rect.height() - height) / 2.0 : rect.top();
    m_painter.setPen(color);
    layout.draw(&m_painter, QPointF(rect.left(), top));
}

void PdfPageFlow::drawFrame() {
    const QFont face = font(7.5);
    const double left = m_content.left();
    const double right = m_content.right();
    const double headerRule = pt(kMarginTop - kFrameGap + 8.0);
    const double footerRule = m_pageRect.bottom() - pt(kMarginBottom - kFrameGap + 4.0);
    const double line = pt(11.0);
    const QRectF headerBand(left, headerRule - line - pt(3.0), right - left, line);
    const QRectF footerBand(left, footerRule + pt(4.0), right - left, line);
    drawText(headerBand, m_frame.header, face, muted());
    drawText(headerBand, m_frame.headerRight, face, muted(), Qt::AlignRight);
    drawText(footerBand, m_frame.footer, face, muted());
    const QString number = m_frame.pageCount > 0 ? tr("Page %1 of %2").arg(m_page).arg(m_frame.pageCount)
                                                 : tr("Page %1").arg(m_page);
    drawText(footerBand, number, face, muted(), Qt::AlignRight);
    m_painter.setPen(QPen(rule(), pt(0.6)));
    m_painter.drawLine(QPointF(left, headerRule), QPointF(right, headerRule));
    m_painter.drawLine(QPointF(left, footerRule), QPointF(right, footerRule));
}

} // namespace segmenta
