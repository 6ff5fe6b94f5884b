#include "core/Error.h"

namespace segmenta {

DataError::DataError(const QString& message)
    : std::runtime_error(message.toStdString())
    , m_message(message) {}

} // namespace segmenta
