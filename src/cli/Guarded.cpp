#include "cli/Guarded.h"

#include "core/Error.h"

#include <QCoreApplication>

namespace segmenta::cli {

int guarded(QTextStream& err, const std::function<int()>& body) {
    try {
        return body();
    } catch (const DataError& error) {
        err << QCoreApplication::translate("segmenta::cli", "segmenta-cli: error: %1").arg(error.message())
            << Qt::endl;
        return ExitBadInput;
    } catch (const std::exception& error) {
        err << QCoreApplication::translate("segmenta::cli", "segmenta-cli: internal error: %1")
                   .arg(QString::fromLocal8Bit(error.what()))
            << Qt::endl;
        return ExitInternalError;
    } catch (...) {
        // Not an exception any layer should throw; still exit 1 with a line rather than abort.
        err << QCoreApplication::translate("segmenta::cli", "segmenta-cli: internal error: %1")
                   .arg(QStringLiteral("unknown exception"))
            << Qt::endl;
        return ExitInternalError;
    }
}

} // namespace segmenta::cli
