#include "gui/SegmentCard.h"

#include "core/Profiles.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QVBoxLayout>

#include <cmath>

namespace segmenta {

namespace {
constexpr int kNotesDelayMs = 800;
constexpr int kSwatch = 16;
} // namespace

SegmentCard::SegmentCard(const SegmentProfile& profile, const QColor& color, const QString& name,
                         const QString& notes, QWidget* parent)
    : QFrame(parent)
    , m_segment(profile.segment)
    , m_suggested(profile.suggestedName)
    , m_committedName(name == profile.suggestedName ? QString() : name)
    , m_committedNotes(notes)
    , m_name(new QLineEdit(name))
    , m_notes(new QPlainTextEdit(notes)) {
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Segment %1").arg(profile.segment + 1));
    auto* layout = new QVBoxLayout(this);

    auto* header = new QHBoxLayout;
    auto* swatch = new QLabel;
    swatch->setFixedSize(kSwatch, kSwatch);
    swatch->setStyleSheet(QStringLiteral("background: %1; border-radius: 3px;").arg(color.name()));
    header->addWidget(swatch);
    auto* title = new QLabel(tr("<b>Segment %1</b>").arg(profile.segment + 1));
    header->addWidget(title);
    header->addStretch(1);
    const QLocale locale;
    header->addWidget(new QLabel(
        tr("Customers: %1 (%2 %)")
            .arg(locale.toString(qlonglong(profile.size)), locale.toString(profile.share * 100.0, 'f', 1))));
    layout->addLayout(header);

    auto* form = new QFormLayout;
    m_name->setPlaceholderText(profile.suggestedName);
    m_name->setAccessibleName(tr("Name of segment %1").arg(profile.segment + 1));
    m_name->setToolTip(
        tr("Suggested: %1. Clear the name to use the suggestion again.").arg(profile.suggestedName));
    form->addRow(tr("&Name:"), m_name);
    m_notes->setPlaceholderText(tr("Notes, e.g. what to offer these customers"));
    m_notes->setAccessibleName(tr("Notes on segment %1").arg(profile.segment + 1));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 4 + 12);
    form->addRow(tr("N&otes:"), m_notes);
    layout->addLayout(form);

    const QStringList sentences = describe(profile);
    auto* traits =
        new QLabel(sentences.isEmpty() ? tr("Close to the average in every feature.")
                                       : QStringLiteral("• ") + sentences.join(QStringLiteral("<br>• ")));
    traits->setWordWrap(true);
    traits->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(traits);
    layout->addStretch(1);

    m_notesDelay.setSingleShot(true);
    m_notesDelay.setInterval(kNotesDelayMs);
    connect(m_name, &QLineEdit::editingFinished, this, &SegmentCard::commit);
    connect(m_notes, &QPlainTextEdit::textChanged, &m_notesDelay, qOverload<>(&QTimer::start));
    connect(&m_notesDelay, &QTimer::timeout, this, &SegmentCard::commit);
}

SegmentCard::~SegmentCard() {
    // The editors may lose focus while the card is destroyed; that is no edit to report.
    m_name->blockSignals(true);
    m_notes->blockSignals(true);
}

QStringList SegmentCard::describe(const SegmentProfile& profile) {
    const QLocale locale;
    QStringList sentences;
    for (const QString& feature : profile.distinguishing) {
        const auto found = std::find_if(profile.features.begin(), profile.features.end(),
                                        [&](const FeatureProfile& f) { return f.feature == feature; });
        if (found == profile.features.end() || !std::isfinite(found->ratio))
            continue;
        const double ratio = found->ratio;
        if (ratio >= 1.0)
            sentences << tr("spends %1× the average on %2").arg(locale.toString(ratio, 'f', 1), feature);
        else
            sentences << tr("spends %1 % less than the average on %2")
                             .arg(locale.toString((1.0 - ratio) * 100.0, 'f', 0), feature);
    }
    return sentences;
}

void SegmentCard::commit() {
    m_notesDelay.stop();
    QString name = m_name->text().trimmed();
    if (name.isEmpty() || name == m_suggested) {
        name.clear();
        if (m_name->text().trimmed().isEmpty())
            m_name->setText(m_suggested);
    }
    const QString notes = m_notes->toPlainText();
    if (name == m_committedName && notes == m_committedNotes)
        return;
    m_committedName = name;
    m_committedNotes = notes;
    emit edited(m_segment, name, notes);
}

} // namespace segmenta
