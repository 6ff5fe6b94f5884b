#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QStringList>

#include <utility>

namespace segmenta {

class PdfPageFlow;

/// A table of text cells for the PDF. Drawn over the full width; rows that do not fit continue on the next
/// page under a repeated header, and columns that do not fit go to further parts, each repeating the key
/// columns, so that nothing is ever clipped. Long cells wrap.
struct PdfTable {
    Q_DECLARE_TR_FUNCTIONS(segmenta::PdfTable)

public:
    QStringList header;
    QList<QStringList> rows;
    QSet<int> numericColumns;   ///< right-aligned
    int keyColumns = 1;         ///< leading columns repeated in every part
    QList<QColor> markers;      ///< per row: a colour chip before the first cell (invalid or missing: none)
    QList<QList<QColor>> fills; ///< per row and column: the cell's background (invalid or missing: none)
    QSet<int> emphasised;       ///< rows set in bold

    /// Two columns of names and values.
    static PdfTable keyValue(const QString& nameHeader, const QString& valueHeader,
                             const QList<std::pair<QString, QString>>& items);

    void draw(PdfPageFlow& flow) const;
};

} // namespace segmenta
