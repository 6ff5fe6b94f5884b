#include "gui/AboutDialog.h"

#include "core/Error.h"
#include "store/ProjectStore.h"

#include <QIcon>
#include <QSqlQuery>

#include <Eigen/Core>

#include <xlsxwriter.h>

namespace segmenta {

AboutDialog::AboutDialog(QWidget* parent)
    : QMessageBox(parent) {
    setWindowTitle(tr("About Segmenta"));
    setIconPixmap(QIcon(QStringLiteral(":/segmenta/icons/segmenta.svg")).pixmap(64, 64));
    setTextFormat(Qt::RichText);
    setText(tr("<h3>Segmenta %1</h3><p>Customer segmentation for wholesale distributors: PCA and K-Means on "
               "your customer table, with the number of segments chosen by elbow, silhouette, "
               "Calinski–Harabasz and Davies–Bouldin.</p>")
                .arg(QStringLiteral(SEGMENTA_VERSION)));
    setInformativeText(tr("Built with:<br>%1<br><br>Sample data: UCI Wholesale customers, Margarida Cardoso "
                          "(2014), CC BY 4.0.")
                           .arg(libraryVersions().join(QStringLiteral("<br>"))));
    setStandardButtons(QMessageBox::Close);
    setAttribute(Qt::WA_DeleteOnClose);
}

QString AboutDialog::sqliteVersion() {
    try {
        const auto store = ProjectStore::openInMemory();
        QSqlQuery query(store->database());
        if (query.exec(QStringLiteral("SELECT sqlite_version()")) && query.next())
            return query.value(0).toString();
    } catch (const DataError&) {
    }
    return tr("unknown");
}

QStringList AboutDialog::libraryVersions() {
    return {tr("Qt %1 (built with %2)").arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)),
            tr("Eigen %1.%2.%3").arg(EIGEN_WORLD_VERSION).arg(EIGEN_MAJOR_VERSION).arg(EIGEN_MINOR_VERSION),
            tr("SQLite %1").arg(sqliteVersion()),
            tr("QuaZip %1").arg(QStringLiteral(SEGMENTA_QUAZIP_VERSION)),
            tr("libxlsxwriter %1").arg(QStringLiteral(LXW_VERSION))};
}

} // namespace segmenta
