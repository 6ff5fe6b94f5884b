#include "store/StoreError.h"

namespace segmenta {

StoreError::StoreError(const QString& message)
    : DataError(message) {}

} // namespace segmenta
