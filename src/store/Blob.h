#pragma once

#include <QByteArray>
#include <QtEndian>

#include <cstring>
#include <vector>

namespace segmenta {

// Arrays of integers stored as BLOBs, little-endian whatever the machine, so that a project file moves
// between machines.

template <typename Int, typename Source> QByteArray toBlob(const std::vector<Source>& values) {
    QByteArray blob(qsizetype(values.size() * sizeof(Int)), Qt::Uninitialized);
    for (std::size_t i = 0; i < values.size(); ++i)
        qToLittleEndian(static_cast<Int>(values[i]), blob.data() + i * sizeof(Int));
    return blob;
}

/// The values of a BLOB made by toBlob<Int>; trailing bytes that do not fill a value are ignored.
template <typename Int, typename Target> std::vector<Target> fromBlob(const QByteArray& blob) {
    std::vector<Target> values(std::size_t(blob.size()) / sizeof(Int));
    for (std::size_t i = 0; i < values.size(); ++i)
        values[i] = static_cast<Target>(qFromLittleEndian<Int>(blob.constData() + i * sizeof(Int)));
    return values;
}

} // namespace segmenta
