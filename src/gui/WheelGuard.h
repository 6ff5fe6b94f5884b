#pragma once

#include <QObject>

class QWidget;

namespace segmenta {

/// Keeps a wheel turned over a control in a scrolling table from changing it: the wheel scrolls the table
/// instead, unless the user has given the control focus (clicked or tabbed into it).
class WheelGuard : public QObject {
    Q_OBJECT

public:
    /// Guards `control` (a combo or spin box): it takes focus only on click or Tab, and turns with the wheel
    /// only while it has focus.
    static void guard(QWidget* control);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    using QObject::QObject;
};

} // namespace segmenta
