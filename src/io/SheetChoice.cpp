#include "io/SheetChoice.h"

#include <QCoreApplication>

namespace segmenta {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(segmenta::SheetChoice)
};

QString rowCount(qint64 rows) {
    return rows >= SheetChoice::kScanRows ? QStringLiteral("%1+").arg(SheetChoice::kScanRows)
                                          : QString::number(rows);
}
} // namespace

qsizetype SheetChoice::choose(const QList<Candidate>& sheets) {
    for (const bool hidden : {false, true}) {
        qsizetype best = -1;
        for (qsizetype i = 0; i < sheets.size(); ++i) {
            if (sheets[i].info.hidden == hidden && sheets[i].tableRows > 0 &&
                (best < 0 || sheets[i].tableRows > sheets[best].tableRows))
                best = i;
        }
        if (best >= 0)
            return best;
    }
    for (qsizetype i = 0; i < sheets.size(); ++i) {
        if (!sheets[i].info.hidden)
            return i;
    }
    return 0;
}

QString SheetChoice::describe(const QList<Candidate>& sheets, qsizetype chosen) {
    if (sheets.size() < 2)
        return {};
    QStringList others;
    for (qsizetype i = 0; i < sheets.size(); ++i) {
        if (i != chosen)
            others << (sheets[i].info.hidden ? Text::tr("'%1' (hidden): %2") : QStringLiteral("'%1': %2"))
                          .arg(sheets[i].info.name, rowCount(sheets[i].tableRows));
    }
    return Text::tr(
               "No sheet was named, so '%1' was read: it holds the largest table (%2 rows with two or "
               "more values; the other sheets: %3). To import another sheet, choose it by name (--sheet, "
               "or Sheet in the import preview).")
        .arg(sheets[chosen].info.name, rowCount(sheets[chosen].tableRows), others.join(QStringLiteral(", ")));
}

} // namespace segmenta
