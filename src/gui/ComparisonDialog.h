#pragma once

#include <QDialog>

namespace segmenta {

struct RunComparison;

/// Two runs' settings and scores side by side; lines that differ are bold. Open it with open().
class ComparisonDialog : public QDialog {
    Q_OBJECT

public:
    ComparisonDialog(const RunComparison& comparison, QWidget* parent = nullptr);
};

} // namespace segmenta
