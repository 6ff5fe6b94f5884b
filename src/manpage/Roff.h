#pragma once

#include <QString>

/// The pieces of a manual page in roff (man(7)), so that the man pages of segmenta and segmenta-cli are
/// written from the same option tables as their --help and never drift from them.
namespace segmenta::roff {

/// @p text with roff's special characters escaped: backslashes, hyphens (as \-, so that options can be
/// copied from the page), and a leading period or apostrophe that would start a request.
QString escape(const QString& text);

/// The page's title line (.TH) and its NAME section: "@p name \- @p summary".
QString header(const QString& name, const QString& summary, const QString& version);

/// A section heading (.SH) such as "SYNOPSIS", or a subsection (.SS) when @p sub.
QString heading(const QString& title, bool sub = false);

/// A paragraph of running text.
QString paragraph(const QString& text);

/// Lines kept as they are, in a fixed-width font (usage lines, examples).
QString verbatim(const QString& text);

/// A tagged paragraph: @p tag in italics (an argument such as "file"), then its help.
QString argument(const QString& tag, const QString& help);

/// One option as a tagged paragraph: "--name VALUE" in bold and italics, then its help.
QString option(const QString& name, const QString& valueName, const QString& help);

} // namespace segmenta::roff
