#pragma once

#include <QString>

namespace segmenta {

/// Bounds that keep a damaged or hostile spreadsheet package (XLSX, ODS) from exhausting memory or time;
/// the README's "Limits" section lists them. Each is far above what a real workbook needs.
struct ImportLimits {
    /// Uncompressed bytes of all the parts read from one ZIP package, as the archive declares them (the
    /// decompressor never delivers more than declared; the CRC check catches a lie).
    static constexpr qint64 kMaxUncompressedBytes = qint64(2) << 30;
    /// Highest ratio of uncompressed to compressed size of one part larger than kRatioFreeBytes. LibreOffice
    /// writes 130 : 1 for a long, repetitive table; deflating one repeated byte gives about 1000 : 1.
    static constexpr qint64 kMaxCompressionRatio = 500;
    /// Parts up to this size may compress better than kMaxCompressionRatio (tiny, repetitive XML).
    static constexpr qint64 kRatioFreeBytes = qint64(1) << 20;
    /// Deepest nesting of XML elements (real parts nest about a dozen levels).
    static constexpr int kMaxXmlDepth = 256;
    /// Longest stretch of XML between two '<': bounds every text, tag and attribute the parser holds.
    static constexpr qint64 kMaxXmlTokenBytes = qint64(1) << 20;
    /// Longest text of one cell, in characters: Excel's own limit.
    static constexpr int kMaxCellCharacters = 32767;
    /// Memory of an XLSX shared-string table, which is held whole: each string costs its UTF-16 text plus
    /// kSharedStringOverhead bytes.
    static constexpr qint64 kMaxSharedStringBytes = qint64(1) << 30;
    static constexpr qint64 kSharedStringOverhead = 48;
    /// Rows and columns of a sheet in Excel and LibreOffice; a value beyond them means a damaged file.
    static constexpr qint64 kMaxSheetRows = 1048576;
    static constexpr int kMaxSheetColumns = 16384;
    /// Widest table imported: below SQLite's default limit of 2,000 columns per table.
    static constexpr int kMaxTableColumns = 1000;
    /// Cells that OpenDocument's repeated rows and cells may add beyond the ones written in the file.
    static constexpr qint64 kMaxRepeatedCells = qint64(16) << 20;

    /// The message for a value in @p cell (e.g. "ALM2") of @p sheet, beyond kMaxTableColumns.
    static QString tooWide(const QString& sheet, const QString& cell);
};

} // namespace segmenta
