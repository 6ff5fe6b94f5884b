#pragma once

#include "core/DataMatrix.h"

#include <QCoreApplication>
#include <QString>

namespace segmenta {

/// A column's kind and role as people read them, translated: the import wizard, the data view and the
/// reports name them alike. The untranslated names stored in projects are toString()'s.
class ColumnText {
    Q_DECLARE_TR_FUNCTIONS(segmenta::ColumnText)

public:
    /// "Numeric", "Categorical", ...
    static QString kindName(ColumnKind kind);
    /// "Feature", "Ignore", ...
    static QString roleName(ColumnRole role);
};

} // namespace segmenta
