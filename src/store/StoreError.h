#pragma once

#include "core/Error.h"

namespace segmenta {

/// A project file that cannot be opened, read or written. The message names the project file and what
/// failed. A DataError, so that the layers talking to the user show it like any other input problem.
class StoreError : public DataError {
public:
    explicit StoreError(const QString& message);
};

} // namespace segmenta
