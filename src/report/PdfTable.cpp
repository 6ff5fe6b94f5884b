#include "report/PdfTable.h"

#include "charts/SegmentPalette.h"
#include "report/PdfPageFlow.h"

#include <algorithm>
#include <numeric>

namespace segmenta {

namespace {

constexpr double kPadX = 5.0;
constexpr double kPadY = 3.2;
constexpr double kMarker = 8.0;
constexpr double kCaptionGap = 4.0;
constexpr double kMaxKeyShare = 0.25; // of the width, for the repeated key columns of a split table

QColor zebra() {
    return QColor(0xF7F8FA);
}

struct Part {
    QList<int> columns;
    QList<double> widths;
};

class TableLayout {
public:
    TableLayout(const PdfTable& table, PdfPageFlow& flow)
        : m_table(table)
        , m_flow(flow)
        , m_font(PdfPageFlow::font(PdfPageFlow::kSmall))
        , m_bold(PdfPageFlow::font(PdfPageFlow::kSmall, true)) {}

    void draw() {
        const QList<Part> parts = split(naturalWidths());
        for (int p = 0; p < parts.size(); ++p) {
            const Part& part = parts.at(p);
            drawPart(part, parts.size() > 1 ? partCaption(part, p, int(parts.size())) : QString());
            m_flow.skip(10.0);
        }
    }

private:
    QString partCaption(const Part& part, int index, int count) const {
        const QString first = m_table.header.value(part.columns.value(keyCount()));
        const QString last = m_table.header.value(part.columns.last());
        const QString number = QString::number(index + 1);
        const QString total = QString::number(count);
        return first == last ? PdfTable::tr("Part %1 of %2: %3").arg(number, total, first)
                             : PdfTable::tr("Part %1 of %2: %3 to %4").arg(number, total, first, last);
    }

    int columnCount() const { return int(m_table.header.size()); }
    int keyCount() const { return std::clamp(m_table.keyColumns, 0, columnCount()); }
    bool hasMarkers() const {
        return std::any_of(m_table.markers.begin(), m_table.markers.end(),
                           [](const QColor& c) { return c.isValid(); });
    }
    double padX() const { return m_flow.pt(kPadX); }
    double markerSpace(int column) const {
        return column == 0 && hasMarkers() ? m_flow.pt(kMarker + 4.0) : 0.0;
    }
    const QFont& rowFont(int row) const { return m_table.emphasised.contains(row) ? m_bold : m_font; }

    QList<double> naturalWidths() const {
        QList<double> widths;
        for (int c = 0; c < columnCount(); ++c) {
            double width = m_flow.longestWord(m_table.header.at(c), m_bold);
            for (int r = 0; r < m_table.rows.size(); ++r)
                width = std::max(width, m_flow.textWidth(m_table.rows.at(r).value(c), rowFont(r)));
            widths << width + 2.0 * padX() + markerSpace(c) + m_flow.pt(1.0);
        }
        return widths;
    }

    // Everything in one part when it fits. Otherwise the key columns (narrowed to a share of the width,
    // wrapping) start every part, and the other columns are spread evenly over the fewest parts that hold
    // them. In each part the other columns are widened in proportion to fill the width.
    QList<Part> split(const QList<double>& natural) const {
        const double full = m_flow.width();
        const double total = std::accumulate(natural.begin(), natural.end(), 0.0);
        QList<double> key = natural.mid(0, keyCount());
        double keySum = std::accumulate(key.begin(), key.end(), 0.0);
        const double keyLimit = total > full && keyCount() < columnCount() ? kMaxKeyShare * full : full;
        if (keySum > keyLimit) {
            for (double& w : key)
                w *= keyLimit / keySum;
            keySum = keyLimit;
        }
        double room = full - keySum;
        QList<double> rest;
        for (int c = keyCount(); c < columnCount(); ++c)
            rest << std::min(natural.at(c), room);

        if (rest.isEmpty())
            for (double& w : key)
                w *= full / keySum;

        QList<Part> parts = balanced(rest, room, greedy(rest, room).size());
        // Room the fullest part leaves goes back to narrowed key columns first, the same in every part.
        double fullest = 0.0;
        for (const Part& part : parts)
            fullest = std::max(fullest, std::accumulate(part.widths.begin(), part.widths.end(), 0.0));
        const double naturalKey = std::accumulate(natural.begin(), natural.begin() + keyCount(), 0.0);
        const double extra = std::min(room - fullest, naturalKey - keySum);
        if (!rest.isEmpty() && extra > 0.0) {
            for (int c = 0; c < keyCount(); ++c)
                key[c] = natural.at(c) * (keySum + extra) / naturalKey;
            room -= extra;
        }
        for (Part& part : parts) {
            const double sum = std::accumulate(part.widths.begin(), part.widths.end(), 0.0);
            for (double& w : part.widths)
                w *= room / sum;
            for (int c = keyCount() - 1; c >= 0; --c) {
                part.columns.prepend(c);
                part.widths.prepend(key.at(c));
            }
        }
        return parts;
    }

    // The other columns, in order, into as few parts within `room` as possible (a wider column alone).
    QList<Part> greedy(const QList<double>& widths, double room) const {
        QList<Part> parts(1);
        double used = 0.0;
        for (int i = 0; i < widths.size(); ++i) {
            if (!parts.last().columns.isEmpty() && used + widths.at(i) > room) {
                parts.append(Part{});
                used = 0.0;
            }
            parts.last().columns << keyCount() + i;
            parts.last().widths << widths.at(i);
            used += widths.at(i);
        }
        return parts;
    }

    // The same columns in at most `count` parts of about equal width (greedy() when that fails).
    QList<Part> balanced(const QList<double>& widths, double room, qsizetype count) const {
        QList<Part> parts;
        double left = std::accumulate(widths.begin(), widths.end(), 0.0);
        for (int i = 0; i < widths.size();) {
            const double target = left / double(std::max<qsizetype>(1, count - parts.size()));
            Part part;
            double used = 0.0;
            while (i < widths.size() && (part.columns.isEmpty() || (used + widths.at(i) / 2.0 <= target &&
                                                                    used + widths.at(i) <= room))) {
                part.columns << keyCount() + i;
                part.widths << widths.at(i);
                used += widths.at(i);
                ++i;
            }
            left -= used;
            parts << part;
        }
        if (parts.isEmpty())
            parts << Part{};
        return parts.size() <= count ? parts : greedy(widths, room);
    }

    double rowHeight(const Part& part, const QStringList& cells, const QFont& font) const {
        double height = 0.0;
        for (int i = 0; i < part.columns.size(); ++i) {
            const int c = part.columns.at(i);
            const double inner = part.widths.at(i) - 2.0 * padX() - markerSpace(c);
            height = std::max(height, m_flow.textHeight(cells.value(c), font, inner));
        }
        return height + 2.0 * m_flow.pt(kPadY);
    }

    void drawCells(const Part& part, const QRectF& band, const QStringList& cells, const QFont& font,
                   const QList<QColor>& fills, const QColor& marker) {
        QPainter& painter = m_flow.painter();
        double x = band.left();
        for (int i = 0; i < part.columns.size(); ++i) {
            const int c = part.columns.at(i);
            const QRectF cell(x, band.top(), part.widths.at(i), band.height());
            const QColor fill = fills.value(c);
            if (fill.isValid())
                painter.fillRect(
                    cell.adjusted(m_flow.pt(0.5), m_flow.pt(0.5), -m_flow.pt(0.5), -m_flow.pt(0.5)), fill);
            QRectF text = cell.adjusted(padX() + markerSpace(c), 0.0, -padX(), 0.0);
            if (c == 0 && marker.isValid()) {
                const double size = m_flow.pt(kMarker);
                painter.fillRect(QRectF(cell.left() + padX(), cell.center().y() - size / 2.0, size, size),
                                 marker);
            }
            const Qt::Alignment align = m_table.numericColumns.contains(c) ? Qt::AlignRight : Qt::AlignLeft;
            m_flow.drawText(text, cells.value(c), font,
                            fill.isValid() ? SegmentPalette::textOn(fill) : PdfPageFlow::ink(),
                            align | Qt::AlignVCenter);
            x += part.widths.at(i);
        }
    }

    void drawHeader(const Part& part, double height) {
        const QRectF band = m_flow.take(height);
        m_flow.painter().fillRect(band, PdfPageFlow::shade());
        drawCells(part, band, m_table.header, m_bold, {}, {});
        m_flow.painter().setPen(QPen(PdfPageFlow::accent(), m_flow.pt(0.8)));
        m_flow.painter().drawLine(band.bottomLeft(), band.bottomRight());
    }

    // The caption, the header and the first row always share a page.
    void drawPart(const Part& part, const QString& caption) {
        const double headerHeight = rowHeight(part, m_table.header, m_bold);
        const double firstRow =
            m_table.rows.isEmpty() ? 0.0 : rowHeight(part, m_table.rows.first(), rowFont(0));
        const double captionHeight =
            caption.isEmpty() ? 0.0
                              : m_flow.textHeight(caption, m_bold, m_flow.width()) + m_flow.pt(kCaptionGap);
        m_flow.ensureSpace(captionHeight + headerHeight + firstRow);
        if (!caption.isEmpty()) {
            const QRectF band = m_flow.take(captionHeight);
            m_flow.drawText(band, caption, m_bold, PdfPageFlow::muted());
        }
        drawHeader(part, headerHeight);
        for (int r = 0; r < m_table.rows.size(); ++r) {
            const double height = rowHeight(part, m_table.rows.at(r), rowFont(r));
            if (height > m_flow.remaining()) {
                m_flow.newPage();
                drawHeader(part, headerHeight);
            }
            const QRectF band = m_flow.take(height);
            if (r % 2 == 1)
                m_flow.painter().fillRect(band, zebra());
            drawCells(part, band, m_table.rows.at(r), rowFont(r), m_table.fills.value(r),
                      m_table.markers.value(r));
            m_flow.painter().setPen(QPen(PdfPageFlow::rule(), m_flow.pt(0.4)));
            m_flow.painter().drawLine(band.bottomLeft(), band.bottomRight());
        }
    }

    const PdfTable& m_table;
    PdfPageFlow& m_flow;
    QFont m_font;
    QFont m_bold;
};

} // namespace

PdfTable PdfTable::keyValue(const QString& nameHeader, const QString& valueHeader,
                            const QList<std::pair<QString, QString>>& items) {
    PdfTable table;
    table.header = QStringList{nameHeader, valueHeader};
    for (const auto& [name, value] : items)
        table.rows.append(QStringList{name, value});
    return table;
}

void PdfTable::draw(PdfPageFlow& flow) const {
    TableLayout(*this, flow).draw();
}

} // namespace segmenta
