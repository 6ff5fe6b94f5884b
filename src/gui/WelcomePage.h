#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class WelcomePage;
}

namespace segmenta {

/// The first page: open the bundled sample, import data, open a project, or one of the recent projects.
class WelcomePage : public QWidget {
    Q_OBJECT

public:
    explicit WelcomePage(QWidget* parent = nullptr);
    ~WelcomePage() override;

    void setRecentProjects(const QStringList& paths);

signals:
    void sampleRequested();
    void importRequested();
    void openRequested();
    void recentRequested(const QString& path);

private:
    std::unique_ptr<Ui::WelcomePage> m_ui;
};

} // namespace segmenta
