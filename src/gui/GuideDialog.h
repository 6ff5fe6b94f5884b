#pragma once

#include <QDialog>
#include <QUrl>

class QTextBrowser;

namespace segmenta {

/// The user guide bundled with the application, in the interface's language when the guide is translated
/// into it, in a browser with back and forward. Open it with open() or show().
class GuideDialog : public QDialog {
    Q_OBJECT

public:
    explicit GuideDialog(QWidget* parent = nullptr);

    QTextBrowser* browser() const { return m_browser; }

    /// The guide's page in the language with this code, English where it has no translation.
    static QUrl guideUrl(const QString& language);

private:
    QTextBrowser* m_browser;
};

} // namespace segmenta
