// libFuzzer target: one table reader (the file name's extension, SEGMENTA_FUZZ_NAME, picks it) on arbitrary
// bytes. Every outcome but a crash, a hang or a sanitizer report is fine: readers answer bad bytes with
// errors in their ReadResult or a DataError.
#include "core/Error.h"
#include "io/TableReader.h"

#include "FuzzFile.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QString path = segmenta::fuzz::inputFile(QStringLiteral(SEGMENTA_FUZZ_NAME), data, size);
    try {
        QString error;
        segmenta::sheetsOf(path, &error);
        segmenta::readTableFile(path);
    } catch (const segmenta::DataError&) {
    }
    return 0;
}
