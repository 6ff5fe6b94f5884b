#pragma once

#include <QStringList>

namespace segmenta {

struct AnalysisResult;

/// The name shown for each segment of the chosen K: the user's name where `renamed` has a non-empty entry,
/// else the profile's suggested name.
QStringList segmentDisplayNames(const AnalysisResult& result, const QStringList& renamed = {});

} // namespace segmenta
