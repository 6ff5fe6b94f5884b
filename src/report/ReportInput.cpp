#include "report/ReportInput.h"

namespace segmenta {

QList<Index> exportableColumns(const ReportInput& input) {
    QList<Index> columns;
    for (Index c = 0; c < input.data->cols(); ++c)
        if (input.includePii || !input.data->column(c).pii)
            columns << c;
    return columns;
}

Index identifierColumn(const ReportInput& input) {
    for (const Index c : exportableColumns(input))
        if (input.data->column(c).role == ColumnRole::Identifier)
            return c;
    return -1;
}

} // namespace segmenta
