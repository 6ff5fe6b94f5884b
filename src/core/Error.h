#pragma once

#include <QString>

#include <stdexcept>

namespace segmenta {

/// Input that cannot be processed as asked: the message says what is wrong and where (column, row),
/// in words a user can act on. Thrown by the engine; caught at the layer that talks to the user.
class DataError : public std::runtime_error {
public:
    explicit DataError(const QString& message);
    /// The user-facing message.
    QString message() const { return m_message; }

private:
    QString m_message;
};

/// Thrown from inside a computation once its TaskControl reports cancellation.
class Cancelled : public std::exception {
public:
    const char* what() const noexcept override { return "cancelled"; }
};

} // namespace segmenta
