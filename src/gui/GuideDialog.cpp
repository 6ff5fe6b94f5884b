#include "gui/GuideDialog.h"

#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace segmenta {

GuideDialog::GuideDialog(QWidget* parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser) {
    setWindowTitle(tr("Segmenta User Guide"));
    auto* layout = new QVBoxLayout(this);
    m_browser->setOpenExternalLinks(true);
    m_browser->setAccessibleName(tr("User guide"));
    m_browser->setSource(QUrl(QString::fromLatin1(kGuideUrl)));
    layout->addWidget(m_browser);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(760, 680);
}

} // namespace segmenta
