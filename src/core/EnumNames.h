#pragma once

#include <QLatin1String>
#include <QString>
#include <QStringList>

#include <array>
#include <cstddef>
#include <utility>

namespace segmenta {

/// A fixed table of enum values and their names, e.g. std::array{std::pair{Scaling::None, "none"}, ...}.
template <typename Enum, std::size_t N> using EnumNameTable = std::array<std::pair<Enum, const char*>, N>;

/// The name of `value` in `table`; empty when the table does not list it.
template <typename Enum, std::size_t N> QString nameOf(const EnumNameTable<Enum, N>& table, Enum value) {
    for (const auto& [e, name] : table)
        if (e == value)
            return QString::fromLatin1(name);
    return {};
}

/// Sets `value` to the enum named `name` in `table`; false (leaving `value` alone) when no entry matches.
template <typename Enum, std::size_t N>
bool valueOf(const EnumNameTable<Enum, N>& table, const QString& name, Enum& value) {
    for (const auto& [e, n] : table) {
        if (name == QLatin1String(n)) {
            value = e;
            return true;
        }
    }
    return false;
}

/// Every name in `table`, in order, joined by ", " (for error messages).
template <typename Enum, std::size_t N> QString allNames(const EnumNameTable<Enum, N>& table) {
    QStringList names;
    for (const auto& entry : table)
        names << QString::fromLatin1(entry.second);
    return names.join(QStringLiteral(", "));
}

} // namespace segmenta
