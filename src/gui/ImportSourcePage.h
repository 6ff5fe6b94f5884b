#pragma once

#include <QFutureWatcher>
#include <QStringList>
#include <QWizardPage>

#include <memory>

namespace Ui {
class ImportSourcePage;
}

namespace segmenta {

struct ImportRequest;
struct PostgresConnection;

/// First page of the import wizard: a file, or a PostgreSQL table or query.
class ImportSourcePage : public QWizardPage {
    Q_OBJECT

public:
    ImportSourcePage(ImportRequest& request, const QString& initialFile, QWidget* parent = nullptr);
    ~ImportSourcePage() override;

    bool isComplete() const override;
    bool validatePage() override;

private:
    void browse();
    void listTables();
    void updateSourceKind();
    PostgresConnection connection() const;

    std::unique_ptr<Ui::ImportSourcePage> m_ui;
    ImportRequest& m_request;
    QFutureWatcher<std::pair<QStringList, QString>> m_tables;
};

} // namespace segmenta
