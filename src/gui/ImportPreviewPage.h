#pragma once

#include "gui/PreviewModel.h"
#include "gui/PreviewReader.h"

#include <QWizardPage>

#include <memory>

class QComboBox;

namespace Ui {
class ImportPreviewPage;
}

namespace segmenta {

struct ImportRequest;

/// The import wizard's preview: the first rows as they will be read, re-read as soon as the sheet, encoding,
/// delimiter, decimal separator or header row is changed. Each setting starts as "Automatic", naming what
/// the reader guessed; choosing a value overrides the guess.
class ImportPreviewPage : public QWizardPage {
    Q_OBJECT

public:
    ImportPreviewPage(ImportRequest& request, QWidget* parent = nullptr);
    ~ImportPreviewPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    /// The latest preview read, for the pages after this one.
    const ReadResult& preview() const { return m_reader.result(); }

private:
    void readPreview();
    void showPreview();
    void showGuesses();
    ImportOptions chosenOptions() const;
    void selectData(QComboBox* combo, const QVariant& value);

    std::unique_ptr<Ui::ImportPreviewPage> m_ui;
    ImportRequest& m_request;
    PreviewReader m_reader;
    PreviewModel m_model;
    QString m_sheetProblem;
    bool m_filling = false; ///< the controls are being set from the request, not by the user
};

} // namespace segmenta
