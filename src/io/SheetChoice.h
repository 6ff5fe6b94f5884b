#pragma once

#include "io/SheetInfo.h"

#include <QList>
#include <QString>

namespace segmenta {

/// Which sheet a workbook import reads when none is named: the one holding the largest table, so that a
/// pivot or summary sheet in front of the data is not taken for it.
///
/// A sheet's table size is the number of its rows with at least two values, counted while streaming the
/// sheet and only up to kScanRows (so the estimate stays cheap; a sheet's <dimension> is not trusted).
/// The largest wins; ties go to the first. Hidden sheets are candidates only when no visible sheet holds
/// such rows; when no sheet does, the first visible sheet (else the first) is read.
struct SheetChoice {
    static constexpr qint64 kScanRows = 10000;

    struct Candidate {
        SheetInfo info;
        qint64 tableRows = 0;
    };

    /// The index in @p sheets of the sheet to read; @p sheets holds every sheet in workbook order, with
    /// tableRows counted for those the rule looks at.
    static qsizetype choose(const QList<Candidate>& sheets);
    /// Why @p chosen was read and what else there is, as one sentence for the import report; empty when
    /// the workbook has one sheet.
    static QString describe(const QList<Candidate>& sheets, qsizetype chosen);
};

} // namespace segmenta
