#include "core/ColumnText.h"

namespace segmenta {

QString ColumnText::kindName(ColumnKind kind) {
    switch (kind) {
    case ColumnKind::Numeric:
        return tr("Numeric");
    case ColumnKind::Categorical:
        return tr("Categorical");
    case ColumnKind::Identifier:
        return tr("Identifier");
    case ColumnKind::Date:
        return tr("Date");
    case ColumnKind::Text:
        return tr("Text");
    }
    return {};
}

QString ColumnText::roleName(ColumnRole role) {
    switch (role) {
    case ColumnRole::Feature:
        return tr("Feature");
    case ColumnRole::Ignored:
        return tr("Ignore");
    case ColumnRole::Label:
        return tr("Label (compare segments with it)");
    case ColumnRole::Identifier:
        return tr("Identifier");
    }
    return {};
}

} // namespace segmenta
