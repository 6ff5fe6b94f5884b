#include "store/RunRepository.h"

#include "core/AnalysisSettingsJson.h"
#include "store/Blob.h"
#include "store/DataTable.h"
#include "store/ProjectStore.h"
#include "store/Statement.h"
#include "store/StoreError.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>
#include <limits>

namespace segmenta {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(segmenta::RunRepository)
};

QString jsonText(const QJsonDocument& document) {
    return QString::fromUtf8(document.toJson(QJsonDocument::Compact));
}

QJsonDocument jsonOf(const QVariant& text) {
    return QJsonDocument::fromJson(text.toString().toUtf8());
}

// SQLite has no NaN; a metric undefined for a K is stored as NULL.
QVariant real(double value) {
    return std::isnan(value) ? QVariant() : QVariant(value);
}

double realOf(const QVariant& value) {
    return value.isNull() ? std::numeric_limits<double>::quiet_NaN() : value.toDouble();
}

// Qt's JSON writes doubles in their shortest exact form, so centroids survive the round trip bit for bit.
QJsonArray toJson(const Matrix& matrix) {
    QJsonArray rows;
    for (Index r = 0; r < matrix.rows(); ++r) {
        QJsonArray row;
        for (Index c = 0; c < matrix.cols(); ++c)
            row.append(matrix(r, c));
        rows.append(row);
    }
    return rows;
}

Matrix matrixOf(const QJsonArray& rows) {
    Matrix matrix(rows.size(), rows.isEmpty() ? 0 : rows.first().toArray().size());
    for (Index r = 0; r < matrix.rows(); ++r)
        for (Index c = 0; c < matrix.cols(); ++c)
            matrix(r, c) = rows.at(r).toArray().at(c).toDouble();
    return matrix;
}

QByteArray sha256Of(const Matrix& features) {
    // The doubles as they lie in memory: little-endian on every platform Segmenta builds for.
    return QCryptographicHash::hash(QByteArrayView(reinterpret_cast<const char*>(features.data()),
                                                   qsizetype(features.size() * sizeof(double))),
                                    QCryptographicHash::Sha256);
}

} // namespace

RunRepository::RunRepository(ProjectStore& store)
    : m_store(store) {}

qint64 RunRepository::add(qint64 datasetId, const AnalysisSettings& settings, const AnalysisResult& result) {
    const QJsonObject parameters = toJson(settings);
    Transaction transaction(m_store);
    Statement dataset(m_store, QStringLiteral("SELECT count(*) FROM datasets WHERE id = ?"));
    if (dataset.bind(datasetId).scalar().toLongLong() == 0)
        throw StoreError(
            Text::tr("The project %1 has no dataset %2.").arg(m_store.location()).arg(datasetId));
    const std::vector<qint64> datasetRows = DataTable(m_store, datasetId).rowNumbers();
    std::vector<qint64> rowNumbers;
    rowNumbers.reserve(result.prepared.rows.size());
    for (const Index row : result.prepared.rows) {
        if (row < 0 || row >= Index(datasetRows.size()))
            throw StoreError(
                Text::tr("Cannot save the run in %1: it uses row %2, but dataset %3 has %4 rows.")
                    .arg(m_store.location())
                    .arg(row + 1)
                    .arg(datasetId)
                    .arg(datasetRows.size()));
        rowNumbers.push_back(datasetRows[std::size_t(row)]);
    }

    Statement run(m_store,
                  QStringLiteral("INSERT INTO runs (dataset_id, created_at, parameters, seed, app_version, "
                                 "data_sha256, seconds, chosen_k, recommended_k, recommendation_reason) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    run.bind(datasetId)
        .bind(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))
        .bind(jsonText(QJsonDocument(parameters)))
        // SQLite integers are signed: a seed above 2^63 is kept bit for bit as a negative number.
        .bind(qint64(settings.sweep.kmeans.seed))
        .bind(QStringLiteral(SEGMENTA_VERSION))
        .bind(QString::fromLatin1(sha256Of(result.prepared.features).toHex()))
        .bind(result.seconds)
        .bind(result.k)
        .bind(result.sweep.recommendation.k)
        .bind(result.sweep.recommendation.reason);
    run.exec();
    const qint64 runId = run.lastInsertId();

    Statement score(m_store, QStringLiteral("INSERT INTO run_scores (run_id, k, inertia, silhouette, "
                                            "calinski_harabasz, davies_bouldin, iterations, smallest_share, "
                                            "seconds) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const KScore& s : result.sweep.scores) {
        score.bind(runId)
            .bind(s.k)
            .bind(real(s.inertia))
            .bind(real(s.silhouette))
            .bind(real(s.calinskiHarabasz))
            .bind(real(s.daviesBouldin))
            .bind(s.iterations)
            .bind(real(s.smallestShare))
            .bind(real(s.seconds));
        score.exec();
    }
    for (const SweepModel& model : result.sweep.models)
        addModel(runId, model, rowNumbers, model.k == result.k);

    QStringList suggested;
    for (const SegmentProfile& profile : result.profiles)
        suggested << profile.suggestedName;
    writeSuggestedNames(runId, result.k, suggested);
    transaction.commit();
    return runId;
}

void RunRepository::addModel(qint64 runId, const SweepModel& model, const std::vector<qint64>& rowNumbers,
                             bool chosen) {
    if (model.labels.size() != rowNumbers.size())
        throw StoreError(
            Text::tr("Cannot save the run in %1: the K = %2 model labels %3 rows, but the run kept %4.")
                .arg(m_store.location())
                .arg(model.k)
                .arg(model.labels.size())
                .arg(rowNumbers.size()));
    QJsonArray sizes;
    for (const Index size : model.sizes)
        sizes.append(qint64(size));
    Statement insert(m_store,
                     QStringLiteral("INSERT INTO run_models (run_id, k, centroids, sizes, labels, rows) "
                                    "VALUES (?, ?, ?, ?, ?, ?)"));
    insert.bind(runId)
        .bind(model.k)
        .bind(jsonText(QJsonDocument(toJson(model.centroids))))
        .bind(jsonText(QJsonDocument(sizes)))
        .bind(toBlob<qint32>(model.labels))
        .bind(toBlob<qint64>(rowNumbers));
    insert.exec();
    if (chosen)
        writeAssignments(runId, model.labels, rowNumbers);
}

void RunRepository::writeAssignments(qint64 runId, const Labels& labels,
                                     const std::vector<qint64>& rowNumbers) {
    Statement clear(m_store, QStringLiteral("DELETE FROM assignments WHERE run_id = ?"));
    clear.bind(runId).exec();
    QVariantList runs, rows, segments;
    for (std::size_t i = 0; i < rowNumbers.size(); ++i) {
        runs << runId;
        rows << rowNumbers[i];
        segments << labels[i] + 1;
    }
    Statement assign(
        m_store, QStringLiteral("INSERT INTO assignments (run_id, row_number, segment) VALUES (?, ?, ?)"));
    assign.bindColumn(0, runs);
    assign.bindColumn(1, rows);
    assign.bindColumn(2, segments);
    assign.execBatch();
}

QList<RunInfo> RunRepository::list(qint64 datasetId) const {
    return select(QStringLiteral("dataset_id"), datasetId);
}

StoredRun RunRepository::load(qint64 runId) const {
    const QList<RunInfo> found = select(QStringLiteral("id"), runId);
    if (found.isEmpty())
        throw StoreError(Text::tr("The project %1 has no run %2.").arg(m_store.location()).arg(runId));
    StoredRun run;
    run.info = found.first();

    Statement scores(m_store,
                     QStringLiteral("SELECT k, inertia, silhouette, calinski_harabasz, davies_bouldin, "
                                    "iterations, smallest_share, seconds FROM run_scores "
                                    "WHERE run_id = ? ORDER BY k"));
    scores.bind(runId).exec();
    while (scores.next())
        run.scores.push_back({scores.value(0).toInt(), realOf(scores.value(1)), realOf(scores.value(2)),
                              realOf(scores.value(3)), realOf(scores.value(4)), scores.value(5).toInt(),
                              realOf(scores.value(6)), realOf(scores.value(7))});

    Statement models(m_store, QStringLiteral("SELECT k, centroids, sizes, labels, rows FROM run_models "
                                             "WHERE run_id = ? ORDER BY k"));
    models.bind(runId).exec();
    while (models.next()) {
        StoredModel model;
        model.k = models.value(0).toInt();
        model.centroids = matrixOf(jsonOf(models.value(1)).array());
        for (const QJsonValue& size : jsonOf(models.value(2)).array())
            model.sizes.push_back(Index(size.toInteger()));
        model.labels = fromBlob<qint32, int>(models.value(3).toByteArray());
        model.rowNumbers = fromBlob<qint64, qint64>(models.value(4).toByteArray());
        if (model.labels.size() != model.rowNumbers.size())
            throw StoreError(
                Text::tr("The project %1 is damaged: the K = %2 model of run %3 labels %4 rows but lists %5.")
                    .arg(m_store.location())
                    .arg(model.k)
                    .arg(runId)
                    .arg(model.labels.size())
                    .arg(model.rowNumbers.size()));
        run.models.push_back(std::move(model));
    }

    Statement segments(m_store, QStringLiteral("SELECT k, segment, suggested_name, name, notes FROM segments "
                                               "WHERE run_id = ? ORDER BY k, segment"));
    segments.bind(runId).exec();
    while (segments.next())
        run.segments << StoredSegment{segments.value(0).toInt(), segments.value(1).toInt() - 1,
                                      segments.value(2).toString(), segments.value(3).toString(),
                                      segments.value(4).toString()};
    return run;
}

void RunRepository::setSegmentName(qint64 runId, int k, int segment, const QString& name,
                                   const QString& notes) {
    Transaction transaction(m_store);
    Statement model(m_store, QStringLiteral("SELECT count(*) FROM run_models WHERE run_id = ? AND k = ?"));
    if (model.bind(runId).bind(k).scalar().toLongLong() == 0 || segment < 0 || segment >= k)
        throw StoreError(Text::tr("The project %1 has no segment %2 in the K = %3 model of run %4.")
                             .arg(m_store.location())
                             .arg(segment + 1)
                             .arg(k)
                             .arg(runId));
    Statement upsert(m_store, QStringLiteral("INSERT INTO segments (run_id, k, segment, name, notes) "
                                             "VALUES (?, ?, ?, ?, ?) ON CONFLICT (run_id, k, segment) "
                                             "DO UPDATE SET name = excluded.name, notes = excluded.notes"));
    upsert.bind(runId).bind(k).bind(segment + 1).bind(name).bind(notes);
    upsert.exec();
    transaction.commit();
}

void RunRepository::writeSuggestedNames(qint64 runId, int k, const QStringList& names) {
    // A user's names and notes stay; only the suggestions follow the model.
    Statement upsert(m_store, QStringLiteral("INSERT INTO segments (run_id, k, segment, suggested_name) "
                                             "VALUES (?, ?, ?, ?) ON CONFLICT (run_id, k, segment) "
                                             "DO UPDATE SET suggested_name = excluded.suggested_name"));
    for (qsizetype segment = 0; segment < names.size(); ++segment) {
        upsert.bind(runId).bind(k).bind(int(segment) + 1).bind(names[segment]);
        upsert.exec();
    }
}

void RunRepository::setChosenK(qint64 runId, int k, const QStringList& suggestedNames) {
    Transaction transaction(m_store);
    Statement model(m_store,
                    QStringLiteral("SELECT labels, rows FROM run_models WHERE run_id = ? AND k = ?"));
    model.bind(runId).bind(k).exec();
    if (!model.next())
        throw StoreError(Text::tr("The project %1 has no K = %2 model in run %3.")
                             .arg(m_store.location())
                             .arg(k)
                             .arg(runId));
    const Labels labels = fromBlob<qint32, int>(model.value(0).toByteArray());
    const std::vector<qint64> rowNumbers = fromBlob<qint64, qint64>(model.value(1).toByteArray());
    if (labels.size() != rowNumbers.size() || suggestedNames.size() != k)
        throw StoreError(Text::tr("Cannot choose K = %1 for run %2 in %3: the model labels %4 rows of %5 "
                                  "and %6 segment names were given.")
                             .arg(k)
                             .arg(runId)
                             .arg(m_store.location())
                             .arg(labels.size())
                             .arg(rowNumbers.size())
                             .arg(suggestedNames.size()));
    Statement chosen(m_store, QStringLiteral("UPDATE runs SET chosen_k = ? WHERE id = ?"));
    chosen.bind(k).bind(runId).exec();
    writeAssignments(runId, labels, rowNumbers);
    writeSuggestedNames(runId, k, suggestedNames);
    transaction.commit();
}

void RunRepository::remove(qint64 runId) {
    Transaction transaction(m_store);
    Statement remove(m_store, QStringLiteral("DELETE FROM runs WHERE id = ?"));
    remove.bind(runId).exec();
    if (remove.numRowsAffected() == 0)
        throw StoreError(Text::tr("The project %1 has no run %2.").arg(m_store.location()).arg(runId));
    transaction.commit();
}

QList<RunInfo> RunRepository::select(const QString& column, qint64 id) const {
    Statement select(m_store,
                     QStringLiteral("SELECT id, dataset_id, created_at, parameters, seed, app_version, "
                                    "data_sha256, seconds, chosen_k, recommended_k, "
                                    "recommendation_reason FROM runs WHERE %1 = ? ORDER BY id")
                         .arg(column));
    select.bind(id).exec();
    QList<RunInfo> found;
    while (select.next())
        found << RunInfo{select.value(0).toLongLong(),
                         select.value(1).toLongLong(),
                         QDateTime::fromString(select.value(2).toString(), Qt::ISODateWithMs),
                         jsonOf(select.value(3)).object(),
                         quint64(select.value(4).toLongLong()),
                         select.value(5).toString(),
                         QByteArray::fromHex(select.value(6).toString().toLatin1()),
                         select.value(7).toDouble(),
                         select.value(8).toInt(),
                         select.value(9).toInt(),
                         select.value(10).toString()};
    return found;
}

} // namespace segmenta
