#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QList>
#include <QPainter>
#include <QRectF>
#include <QString>

#include <memory>

QT_BEGIN_NAMESPACE
class QChart;
class QPdfWriter;
class QTextDocument;
QT_END_NAMESPACE

namespace segmenta {

/// A heading as the table of contents lists it.
struct PdfTocEntry {
    QString title;
    int page = 0;
    bool indented = false;
    friend bool operator==(const PdfTocEntry&, const PdfTocEntry&) = default;
};

/// How a section title appears in the table of contents.
enum class PdfTocMode { Listed, Indented, Unlisted };

/// The running header and footer of every page after the cover.
struct PdfPageFrame {
    QString header;
    QString headerRight;
    QString footer;
    int pageCount = 0; // known from the previous layout pass; 0 in the first
};

/// Lays content out top to bottom over the pages of a PDF: it keeps the cursor, breaks pages (never inside
/// a line of text), draws the page frame and records headings for the table of contents. Lengths in the
/// interface are device units unless a parameter says points; pt() converts.
class PdfPageFlow {
    Q_DECLARE_TR_FUNCTIONS(segmenta::PdfPageFlow)

public:
    // The type scale, in points.
    static constexpr double kBody = 10.0;
    static constexpr double kSmall = 8.5;
    static constexpr double kHeading1 = 18.0;
    static constexpr double kHeading2 = 12.5;

    static QColor ink();
    static QColor muted();
    static QColor accent();
    static QColor rule();
    static QColor shade();
    static QFont font(double points, bool bold = false);

    PdfPageFlow(QPdfWriter& writer, PdfPageFrame frame);
    ~PdfPageFlow();
    PdfPageFlow(const PdfPageFlow&) = delete;
    PdfPageFlow& operator=(const PdfPageFlow&) = delete;

    QPainter& painter() { return m_painter; }
    double pt(double points) const { return points * m_unit; }
    QRectF pageRect() const { return m_pageRect; }
    QRectF content() const { return m_content; }
    double width() const { return m_content.width(); }
    double remaining() const { return m_content.bottom() - m_y; }
    int page() const { return m_page; }
    const QList<PdfTocEntry>& toc() const { return m_toc; }

    /// Starts a new page unless nothing has been placed on the current one.
    void newPage();
    /// Starts a new page unless the current one is still mostly empty: where a section starts.
    void sectionBreak();
    /// Starts a new page when `height` does not fit below the cursor (and the page is not empty).
    void ensureSpace(double height);
    /// The full-width band of `height` at the cursor (after a page break if needed); moves the cursor below.
    QRectF take(double height);
    /// Vertical space; dropped at the top of a page.
    void skip(double points);

    /// Level 1: a section title, underlined in `ruleColor` (the accent when invalid) and entered in the
    /// contents as `toc` says. Level 2: a sub-heading. Either is kept with the start of what follows.
    void heading(const QString& title, int level, const QColor& ruleColor = {},
                 PdfTocMode toc = PdfTocMode::Listed);
    /// Rich text (Qt's HTML subset) over the full width, broken across pages between lines.
    void paragraph(const QString& html, double points = kBody, const QColor& color = ink());
    /// Plain text as a paragraph().
    void text(const QString& plain, double points = kBody, const QColor& color = ink());
    /// Muted small print under a figure or table.
    void caption(const QString& text);
    /// The charts drawn as vectors side by side into a full-width band `points` high, laid out at
    /// `layoutScale` times their size (so drawn with type that much smaller).
    void figures(const QList<QChart*>& charts, double points, double layoutScale = 1.0);

    /// Rich text laid out for this device at `width`.
    std::unique_ptr<QTextDocument> document(const QString& html, double points, double width) const;
    void drawDocument(QTextDocument& document, const QPointF& at, const QColor& color);
    /// Plain text wrapped at `width` (between words where possible): its height.
    double textHeight(const QString& text, const QFont& font, double width) const;
    /// The width of the longest word of `text` and of `text` on one line.
    double longestWord(const QString& text, const QFont& font) const;
    double textWidth(const QString& text, const QFont& font) const;
    /// Plain text wrapped within `rect`, aligned horizontally by `alignment` and vertically centred when
    /// `alignment` has Qt::AlignVCenter.
    void drawText(const QRectF& rect, const QString& text, const QFont& font, const QColor& color,
                  Qt::Alignment alignment = Qt::AlignLeft);

private:
    void drawFrame();

    QPdfWriter& m_writer;
    QPainter m_painter;
    PdfPageFrame m_frame;
    double m_unit = 1.0;
    QRectF m_pageRect;
    QRectF m_content;
    double m_y = 0.0;
    int m_page = 1;
    bool m_blank = true;
    QList<PdfTocEntry> m_toc;
};

} // namespace segmenta
