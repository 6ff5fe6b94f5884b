#include "gui/WelcomePage.h"

#include <QDir>
#include <QFileInfo>

#include "ui_WelcomePage.h"

namespace segmenta {

namespace {
constexpr int kPageWidth = 560;
constexpr double kTitleScale = 2.4;
} // namespace

WelcomePage::WelcomePage(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::WelcomePage>()) {
    m_ui->setupUi(this);
    QFont title = m_ui->titleLabel->font();
    title.setPointSizeF(title.pointSizeF() * kTitleScale);
    title.setBold(true);
    m_ui->titleLabel->setFont(title);
    QFont tagline = m_ui->taglineLabel->font();
    tagline.setPointSizeF(tagline.pointSizeF() * 1.2);
    m_ui->taglineLabel->setFont(tagline);
    for (QWidget* widget :
         {static_cast<QWidget*>(m_ui->titleLabel), static_cast<QWidget*>(m_ui->taglineLabel),
          static_cast<QWidget*>(m_ui->sampleButton), static_cast<QWidget*>(m_ui->importButton),
          static_cast<QWidget*>(m_ui->openButton), static_cast<QWidget*>(m_ui->recentList)})
        widget->setFixedWidth(kPageWidth);
    connect(m_ui->sampleButton, &QCommandLinkButton::clicked, this, &WelcomePage::sampleRequested);
    connect(m_ui->importButton, &QCommandLinkButton::clicked, this, &WelcomePage::importRequested);
    connect(m_ui->openButton, &QCommandLinkButton::clicked, this, &WelcomePage::openRequested);
    connect(m_ui->recentList, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { emit recentRequested(item->data(Qt::UserRole).toString()); });
    connect(m_ui->recentList, &QListWidget::itemClicked, this,
            [this](QListWidgetItem* item) { emit recentRequested(item->data(Qt::UserRole).toString()); });
    setRecentProjects({});
}

WelcomePage::~WelcomePage() = default;

void WelcomePage::setRecentProjects(const QStringList& paths) {
    m_ui->recentList->clear();
    for (const QString& path : paths) {
        auto* item = new QListWidgetItem(QFileInfo(path).completeBaseName() + QStringLiteral("  —  ") +
                                         QDir::toNativeSeparators(QFileInfo(path).absolutePath()));
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
        m_ui->recentList->addItem(item);
    }
    m_ui->recentLabel->setVisible(!paths.isEmpty());
    m_ui->recentList->setVisible(!paths.isEmpty());
}

} // namespace segmenta
