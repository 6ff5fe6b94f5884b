#pragma once

#include <QFrame>
#include <QTimer>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace segmenta {

struct SegmentProfile;

/// One segment at a glance: colour, size, editable name and notes, and what sets it apart in words.
/// Edits are reported when the name is confirmed and shortly after the notes stop changing.
class SegmentCard : public QFrame {
    Q_OBJECT

public:
    SegmentCard(const SegmentProfile& profile, const QColor& color, const QString& name, const QString& notes,
                QWidget* parent = nullptr);
    ~SegmentCard() override;

    QLineEdit* nameEdit() const { return m_name; }
    QPlainTextEdit* notesEdit() const { return m_notes; }

    /// What sets the segment apart, one sentence per distinguishing feature ("spends 3.1× the average on
    /// Grocery").
    static QStringList describe(const SegmentProfile& profile);

signals:
    /// The name (empty: the suggested one) or the notes changed.
    void edited(int segment, const QString& name, const QString& notes);

private:
    void commit();

    int m_segment;
    QString m_suggested;
    QString m_committedName;
    QString m_committedNotes;
    QLineEdit* m_name;
    QPlainTextEdit* m_notes;
    QTimer m_notesDelay;
};

} // namespace segmenta
