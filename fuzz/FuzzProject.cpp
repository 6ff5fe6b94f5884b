// libFuzzer target: the project opener on arbitrary bytes, then everything `datasets` and `report` read from
// it. A damaged file must end in a StoreError (a DataError), never in a crash, a hang or a sanitizer report.
#include "core/Error.h"
#include "store/DatasetRepository.h"
#include "store/ProjectStore.h"
#include "store/RunRepository.h"

#include "FuzzFile.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QString path = segmenta::fuzz::inputFile(QStringLiteral("fuzz.segmenta"), data, size);
    try {
        const auto project = segmenta::ProjectStore::openFile(path);
        segmenta::DatasetRepository datasets(*project);
        const segmenta::RunRepository runs(*project);
        for (const segmenta::DatasetInfo& dataset : datasets.list()) {
            datasets.load(dataset.id);
            for (const segmenta::RunInfo& run : runs.list(dataset.id))
                runs.load(run.id);
        }
    } catch (const segmenta::DataError&) {
    }
    return 0;
}
