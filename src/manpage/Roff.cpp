#include "manpage/Roff.h"

#include <QStringList>

namespace segmenta::roff {

QString escape(const QString& text) {
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\e")).replace(QLatin1Char('-'), QLatin1String("\\-"));
    QStringList lines = escaped.split(QLatin1Char('\n'));
    for (QString& line : lines)
        if (line.startsWith(QLatin1Char('.')) || line.startsWith(QLatin1Char('\'')))
            line.prepend(QLatin1String("\\&"));
    return lines.join(QLatin1Char('\n'));
}

QString header(const QString& name, const QString& summary, const QString& version) {
    return QStringLiteral(".TH \"%1\" 1 \"\" \"Segmenta %2\" \"User Commands\"\n")
               .arg(name.toUpper(), escape(version)) +
           heading(QStringLiteral("NAME")) + escape(name) + QLatin1String(" \\- ") + escape(summary) +
           QLatin1Char('\n');
}

QString heading(const QString& title, bool sub) {
    return (sub ? QLatin1String(".SS \"") : QLatin1String(".SH \"")) + escape(title) + QLatin1String("\"\n");
}

QString paragraph(const QString& text) {
    return QLatin1String(".PP\n") + escape(text.trimmed()) + QLatin1Char('\n');
}

QString verbatim(const QString& text) {
    return QLatin1String(".PP\n.nf\n") + escape(text.trimmed()) + QLatin1String("\n.fi\n");
}

QString argument(const QString& tag, const QString& help) {
    return QLatin1String(".TP\n\\fI") + escape(tag) + QLatin1String("\\fR\n") + escape(help) +
           QLatin1Char('\n');
}

QString option(const QString& name, const QString& valueName, const QString& help) {
    QString tag = QLatin1String("\\fB\\-\\-") + escape(name) + QLatin1String("\\fR");
    if (!valueName.isEmpty())
        tag += QLatin1String(" \\fI") + escape(valueName) + QLatin1String("\\fR");
    return QLatin1String(".TP\n") + tag + QLatin1Char('\n') + escape(help) + QLatin1Char('\n');
}

} // namespace segmenta::roff
