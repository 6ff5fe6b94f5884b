#include "charts/SegmentNames.h"

#include "core/Analysis.h"

namespace segmenta {

QStringList segmentDisplayNames(const AnalysisResult& result, const QStringList& renamed) {
    QStringList names;
    for (const SegmentProfile& profile : result.profiles) {
        const QString user = renamed.value(profile.segment).trimmed();
        names << (user.isEmpty() ? profile.suggestedName : user);
    }
    return names;
}

} // namespace segmenta
