#include "gui/ImportColumnDelegate.h"

#include "core/ColumnText.h"

#include <QComboBox>

namespace segmenta {

ImportColumnDelegate::ImportColumnDelegate(Field field, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_field(field) {}

QWidget* ImportColumnDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&,
                                            const QModelIndex& index) const {
    auto* combo = new QComboBox(parent);
    for (const QVariant& choice : index.data(kChoicesRole).toList())
        combo->addItem(m_field == Field::Kind ? ColumnText::kindName(ColumnKind(choice.toInt()))
                                              : ColumnText::roleName(ColumnRole(choice.toInt())),
                       choice);
    // A choice takes effect at once, also in persistent editors.
    connect(combo, &QComboBox::currentIndexChanged, this,
            [this, combo] { emit const_cast<ImportColumnDelegate*>(this)->commitData(combo); });
    return combo;
}

void ImportColumnDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const {
    auto* combo = static_cast<QComboBox*>(editor);
    const QSignalBlocker blocker(combo);
    combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::UserRole))));
}

void ImportColumnDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                        const QModelIndex& index) const {
    const auto* combo = static_cast<QComboBox*>(editor);
    model->setData(index, combo->currentData(), Qt::UserRole);
    model->setData(index, combo->currentText(), Qt::DisplayRole);
}

} // namespace segmenta
