#include "store/StoredRun.h"

#include "store/StoreError.h"

#include <QCoreApplication>

namespace segmenta {

const StoredModel& StoredRun::model(int k) const {
    for (const StoredModel& model : models)
        if (model.k == k)
            return model;
    throw StoreError(QCoreApplication::translate("segmenta::StoredRun", "Run %1 has no model for K = %2.")
                         .arg(info.id)
                         .arg(k));
}

} // namespace segmenta
