#include "io/ImportLimits.h"

#include <QCoreApplication>

namespace segmenta {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(segmenta::ImportLimits)
};
} // namespace

QString ImportLimits::tooWide(const QString& sheet, const QString& cell) {
    return Text::tr("Sheet '%1' has a value in cell %2, beyond column %3: Segmenta imports tables of at most "
                    "%3 columns. Delete the columns you do not need, or copy the ones you need to a sheet of "
                    "their own and import that sheet.")
        .arg(sheet, cell)
        .arg(kMaxTableColumns);
}

} // namespace segmenta
