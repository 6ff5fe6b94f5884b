#include "cli/TextSummary.h"

#include "cli/CliText.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTextStream>

#include <cmath>

namespace segmenta::cli {

namespace {

QString fixed(double value, int decimals, int width) {
    const QString text = std::isfinite(value) ? QString::number(value, 'f', decimals) : QStringLiteral("–");
    return text.rightJustified(width);
}

void printSweep(QTextStream& out, const AnalysisResult& result) {
    out << QStringLiteral("     K      inertia  silhouette  Calinski-Harabasz  Davies-Bouldin  iterations\n");
    for (const KScore& s : result.sweep.scores) {
        const QChar mark = s.k == result.sweep.recommendation.k ? QLatin1Char('*') : QLatin1Char(' ');
        out << QStringLiteral("  %1 %2").arg(mark).arg(s.k, 3) << fixed(s.inertia, 2, 13)
            << fixed(s.silhouette, 4, 12) << fixed(s.calinskiHarabasz, 2, 19) << fixed(s.daviesBouldin, 4, 16)
            << QString::number(s.iterations).rightJustified(12) << QLatin1Char('\n');
    }
    out << QLatin1Char('\n') << CliText::tr("Recommended: %1").arg(result.sweep.recommendation.reason)
        << QLatin1Char('\n');
}

void printGrid(QTextStream& out, const AnalysisResult& result) {
    if (result.grid.empty())
        return;
    out << QLatin1Char('\n') << CliText::tr("Preprocessing grid (best silhouette over the K range):")
        << QLatin1Char('\n');
    out << QStringLiteral("  transform  scaling    best K  silhouette\n");
    for (const GridCell& cell : result.grid) {
        out << QStringLiteral("  %1 %2 ").arg(toString(cell.transform), -10).arg(toString(cell.scaling), -10);
        if (cell.error.isEmpty())
            out << QString::number(cell.bestK).rightJustified(6) << fixed(cell.bestSilhouette, 4, 12);
        else
            out << CliText::tr("not possible: %1").arg(cell.error);
        out << QLatin1Char('\n');
    }
}

void printProfiles(QTextStream& out, const AnalysisResult& result) {
    const QLocale locale = QLocale::c();
    out << QLatin1Char('\n') << CliText::tr("Segments for K = %1:").arg(result.k) << QLatin1Char('\n');
    for (const SegmentProfile& p : result.profiles) {
        out << QLatin1Char('\n')
            << CliText::tr("Segment %1 \"%2\": %3 rows (%4%)")
                   .arg(p.segment + 1)
                   .arg(p.suggestedName)
                   .arg(p.size)
                   .arg(100.0 * p.share, 0, 'f', 1)
            << QLatin1Char('\n');
        for (const FeatureProfile& f : p.features) {
            out << QStringLiteral("    %1  mean %2  median %3  %4x average\n")
                       .arg(f.feature, -18)
                       .arg(locale.toString(f.mean, 'f', 1), 12)
                       .arg(locale.toString(f.median, 'f', 1), 12)
                       .arg(f.ratio, 5, 'f', 2);
        }
    }
}

/// Each column left out with its reason; those merely not named in --features on one line.
void printExcluded(QTextStream& out, const DataMatrix& data, const QList<ExcludedColumn>& excluded) {
    if (excluded.isEmpty())
        return;
    out << CliText::tr("Columns left out:") << QLatin1Char('\n');
    QStringList notSelected;
    for (const ExcludedColumn& column : excluded) {
        if (column.reason == ExclusionReason::NotSelected)
            notSelected << column.column;
        else
            out << QStringLiteral("  - ") << ExclusionText::explain(data, column, true) << QLatin1Char('\n');
    }
    if (!notSelected.isEmpty())
        out << QStringLiteral("  - ")
            << CliText::tr("Not named in --features: %1.").arg(notSelected.join(QStringLiteral(", ")))
            << QLatin1Char('\n');
}

} // namespace

void printSummary(QTextStream& out, const QString& inputName, const AnalysisResult& result,
                  const DataMatrix& data, const QList<ExcludedColumn>& excluded) {
    const PreprocessResult& prepared = result.prepared;
    out << CliText::tr("Segmenta %1: %2").arg(QStringLiteral(SEGMENTA_VERSION), inputName)
        << QLatin1Char('\n');
    out << CliText::tr("%1 rows used (%2 dropped for missing values, %3 as outliers), %4 features: %5")
               .arg(prepared.features.rows())
               .arg(prepared.droppedMissing)
               .arg(prepared.droppedOutliers)
               .arg(prepared.featureNames.size())
               .arg(prepared.featureNames.join(QLatin1String(", ")))
        << QLatin1Char('\n');
    printExcluded(out, data, excluded);
    QStringList ratios;
    for (Index c = 0; c < result.pca.explainedVarianceRatio.size(); ++c)
        ratios << QStringLiteral("PC%1 %2%")
                      .arg(c + 1)
                      .arg(100.0 * result.pca.explainedVarianceRatio(c), 0, 'f', 1);
    out << CliText::tr("Principal components: %1").arg(ratios.join(QLatin1String(", ")))
        << (result.clusteredOn == ClusterSpace::Pca ? CliText::tr(" (clustered on these)") : QString())
        << QLatin1String("\n\n");
    printSweep(out, result);
    printGrid(out, result);
    printProfiles(out, result);
    out.flush();
}

} // namespace segmenta::cli
