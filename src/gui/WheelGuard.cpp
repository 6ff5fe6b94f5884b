#include "gui/WheelGuard.h"

#include <QEvent>
#include <QWidget>

namespace segmenta {

void WheelGuard::guard(QWidget* control) {
    control->setFocusPolicy(Qt::StrongFocus);
    control->installEventFilter(new WheelGuard(control));
}

bool WheelGuard::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() != QEvent::Wheel || static_cast<QWidget*>(watched)->hasFocus())
        return false;
    // Filtered but not accepted: Qt passes the wheel on to the parent, the table's viewport, which scrolls.
    event->ignore();
    return true;
}

} // namespace segmenta
