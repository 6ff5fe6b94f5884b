#pragma once

#include <QDialog>

class QTextBrowser;

namespace segmenta {

/// The user guide bundled with the application, in a browser with back and forward. Open it with open()
/// or show().
class GuideDialog : public QDialog {
    Q_OBJECT

public:
    explicit GuideDialog(QWidget* parent = nullptr);

    QTextBrowser* browser() const { return m_browser; }

    static constexpr const char* kGuideUrl = "qrc:/segmenta/guide/index.html";

private:
    QTextBrowser* m_browser;
};

} // namespace segmenta
