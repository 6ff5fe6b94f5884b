#include "gui/GuideDialog.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QTextBrowser>
#include <QVBoxLayout>

#include "i18n/Languages.h"

namespace segmenta {

GuideDialog::GuideDialog(QWidget* parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser) {
    setWindowTitle(tr("Segmenta User Guide"));
    auto* layout = new QVBoxLayout(this);
    m_browser->setOpenExternalLinks(true);
    m_browser->setAccessibleName(tr("User guide"));
    m_browser->setSource(guideUrl(installedLanguage()));
    layout->addWidget(m_browser);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(760, 680);
}

QUrl GuideDialog::guideUrl(const QString& language) {
    const QString translated = QStringLiteral(":/segmenta/guide/index_%1.html").arg(language);
    return QUrl(QStringLiteral("qrc") +
                (QFile::exists(translated) ? translated : QStringLiteral(":/segmenta/guide/index.html")));
}

} // namespace segmenta
