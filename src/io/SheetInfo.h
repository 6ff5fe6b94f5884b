#pragma once

#include <QString>

namespace segmenta {

/// One sheet of a spreadsheet workbook (XLSX, ODS), in workbook order.
struct SheetInfo {
    QString name;
    /// Hidden from the user in the spreadsheet application (readers still read it when asked by name).
    bool hidden = false;
    friend bool operator==(const SheetInfo&, const SheetInfo&) = default;
};

} // namespace segmenta
