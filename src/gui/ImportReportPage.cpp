#include "gui/ImportReportPage.h"

#include "core/ColumnText.h"
#include "core/DataMatrix.h"
#include "gui/ImportRunPage.h"
#include "io/GuessText.h"

#include <QJsonArray>

#include "ui_ImportReportPage.h"

namespace segmenta {

namespace {

constexpr qsizetype kMaxListed = 200;

QString escaped(const QJsonValue& value) {
    return value.isString() ? value.toString().toHtmlEscaped() : QString::number(value.toInteger());
}

QString section(const QString& heading, const QStringList& rows) {
    if (rows.isEmpty())
        return {};
    return QStringLiteral("<h3>%1</h3><table cellspacing=\"0\" cellpadding=\"2\">%2</table>")
        .arg(heading.toHtmlEscaped(), rows.join(QString()));
}

QString row(const QString& first, const QString& second) {
    return QStringLiteral("<tr><td style=\"padding-right: 16px\">%1</td><td>%2</td></tr>").arg(first, second);
}

/// Rows of a list of issues ({row, column?, reason or message}), at most kMaxListed.
QStringList issueRows(const QJsonArray& issues, const QString& textKey) {
    QStringList rows;
    for (qsizetype i = 0; i < issues.size() && i < kMaxListed; ++i) {
        const QJsonObject issue = issues.at(i).toObject();
        const QString column = issue.value(QStringLiteral("column")).toString();
        const QString where =
            column.isEmpty() ? ImportReportPage::tr("Row %1").arg(escaped(issue.value(QStringLiteral("row"))))
                             : ImportReportPage::tr("Row %1, %2")
                                   .arg(escaped(issue.value(QStringLiteral("row"))), column.toHtmlEscaped());
        rows << row(where, escaped(issue.value(textKey)));
    }
    if (issues.size() > kMaxListed)
        rows << row(ImportReportPage::tr("…"),
                    ImportReportPage::tr("and %1 more").arg(issues.size() - kMaxListed));
    return rows;
}

QStringList columnRows(const QJsonArray& columns) {
    QStringList rows;
    for (const QJsonValue& value : columns) {
        const QJsonObject column = value.toObject();
        ColumnKind kind = ColumnKind::Numeric;
        ColumnRole role = ColumnRole::Feature;
        fromString(column.value(QStringLiteral("kind")).toString(), kind);
        fromString(column.value(QStringLiteral("role")).toString(), role);
        QString usage = ColumnText::kindName(kind) + QStringLiteral(", ") + ColumnText::roleName(role);
        if (column.value(QStringLiteral("pii")).toBool())
            usage += ImportReportPage::tr(", personal data");
        rows << row(column.value(QStringLiteral("name")).toString().toHtmlEscaped(), usage.toHtmlEscaped());
    }
    return rows;
}

QStringList invoiceRows(const QJsonObject& invoices) {
    const std::pair<const char*, const char*> counts[] = {
        {"lines_read", QT_TRANSLATE_NOOP("segmenta::ImportReportPage", "Invoice lines read")},
        {"lines_used", QT_TRANSLATE_NOOP("segmenta::ImportReportPage", "Lines used")},
        {"lines_without_customer",
         QT_TRANSLATE_NOOP("segmenta::ImportReportPage", "Lines without a customer")},
        {"lines_bad_values", QT_TRANSLATE_NOOP("segmenta::ImportReportPage", "Lines with unusable values")},
        {"cancelled_lines", QT_TRANSLATE_NOOP("segmenta::ImportReportPage", "Lines of cancelled invoices")},
        {"cancelled_invoices", QT_TRANSLATE_NOOP("segmenta::ImportReportPage", "Cancelled invoices")},
        {"return_lines", QT_TRANSLATE_NOOP("segmenta::ImportReportPage", "Returned lines")},
        {"customers", QT_TRANSLATE_NOOP("segmenta::ImportReportPage", "Customers")},
    };
    QStringList rows;
    for (const auto& [key, label] : counts)
        rows << row(ImportReportPage::tr(label), escaped(invoices.value(QLatin1String(key))));
    for (const QJsonValue& warning : invoices.value(QStringLiteral("warnings")).toArray())
        rows << row(ImportReportPage::tr("Note"), warning.toString().toHtmlEscaped());
    return rows;
}

} // namespace

ImportReportPage::ImportReportPage(const ImportRunPage& run, QWidget* parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::ImportReportPage>())
    , m_run(run) {
    m_ui->setupUi(this);
}

ImportReportPage::~ImportReportPage() = default;

void ImportReportPage::initializePage() {
    const QJsonObject& report = m_run.report();
    const QJsonObject invoices = report.value(QStringLiteral("invoices")).toObject();
    const QJsonArray skipped = report.value(QStringLiteral("rows_skipped")).toArray();
    const qint64 read = report.value(QStringLiteral("rows_read")).toInteger();
    QString summary =
        tr("The dataset '%1' was added to the project: %2 of %3 rows read were imported, %4 skipped.")
            .arg(m_run.datasetName())
            .arg(read - skipped.size())
            .arg(read)
            .arg(skipped.size());
    if (!invoices.isEmpty())
        summary +=
            QLatin1Char(' ') +
            tr("They became %1 customers.").arg(invoices.value(QStringLiteral("customers")).toInteger());
    m_ui->reportSummaryLabel->setText(summary);

    QStringList guesses;
    const QJsonObject guessed = report.value(QStringLiteral("guesses")).toObject();
    for (auto it = guessed.begin(); it != guessed.end(); ++it)
        guesses << row(GuessText::label(it.key()).toHtmlEscaped(),
                       GuessText::value(it.value().toString()).toHtmlEscaped());
    const QStringList rows{row(tr("Read"), QString::number(read)),
                           row(tr("Imported"), QString::number(read - skipped.size())),
                           row(tr("Skipped"), QString::number(skipped.size()))};
    m_ui->reportView->setHtml(
        section(tr("Rows"), rows) +
        section(tr("Skipped rows"), issueRows(skipped, QStringLiteral("reason"))) +
        section(tr("Values that could not be used"),
                issueRows(report.value(QStringLiteral("cells")).toArray(), QStringLiteral("message"))) +
        section(tr("Invoice lines"), invoices.isEmpty() ? QStringList() : invoiceRows(invoices)) +
        section(tr("Guesses"), guesses) +
        section(tr("Columns"), columnRows(report.value(QStringLiteral("columns")).toArray())));
}

} // namespace segmenta
