#pragma once

#include <QMessageBox>

namespace segmenta {

/// What Segmenta is, its version and the versions of the libraries it runs on (Qt, Eigen, SQLite, QuaZip,
/// libxlsxwriter). Open it with open().
class AboutDialog : public QMessageBox {
    Q_OBJECT

public:
    explicit AboutDialog(QWidget* parent = nullptr);

    /// "Qt 6.4.2, Eigen 3.4.0, ...", one library a line.
    static QStringList libraryVersions();
    /// The version of the SQLite library the project files are written with.
    static QString sqliteVersion();
};

} // namespace segmenta
