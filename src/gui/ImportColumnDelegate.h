#pragma once

#include "core/DataMatrix.h"

#include <QStyledItemDelegate>

namespace segmenta {

/// Edits a column's kind or role in the import wizard's column table with a combo box. The cell holds the
/// enum value as Qt::UserRole and the values the column may take as kChoicesRole (a list of ints).
class ImportColumnDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    static constexpr int kChoicesRole = Qt::UserRole + 1;
    enum class Field { Kind, Role };

    explicit ImportColumnDelegate(Field field, QObject* parent = nullptr);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;

private:
    Field m_field;
};

} // namespace segmenta
