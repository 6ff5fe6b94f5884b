#include "io/ReadResult.h"

namespace segmenta {

QString ReadResult::firstErrorText(const QString& fileName) const {
    if (errors.isEmpty())
        return {};
    const ReadIssue& issue = errors.first();
    QString where = fileName;
    if (issue.line > 0)
        where += QLatin1Char(':') + QString::number(issue.line);
    if (issue.column > 0)
        where += QLatin1Char(':') + QString::number(issue.column);
    return where + QLatin1String(": ") + issue.message;
}

} // namespace segmenta
