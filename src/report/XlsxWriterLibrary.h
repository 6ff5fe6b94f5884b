#pragma once

#include <xlsxwriter.h>

namespace segmenta {

// The libxlsxwriter functions Segmenta calls.
#define SEGMENTA_XLSXWRITER_FUNCTIONS(X)                                                                     \
    X(format_set_align)                                                                                      \
    X(format_set_bg_color)                                                                                   \
    X(format_set_bold)                                                                                       \
    X(format_set_bottom)                                                                                     \
    X(format_set_font_size)                                                                                  \
    X(format_set_num_format)                                                                                 \
    X(format_set_text_wrap)                                                                                  \
    X(lxw_rowcol_to_cell)                                                                                    \
    X(lxw_strerror)                                                                                          \
    X(lxw_workbook_free)                                                                                     \
    X(workbook_add_format)                                                                                   \
    X(workbook_add_worksheet)                                                                                \
    X(workbook_close)                                                                                        \
    X(workbook_new_opt)                                                                                      \
    X(workbook_set_properties)                                                                               \
    X(worksheet_autofilter)                                                                                  \
    X(worksheet_freeze_panes)                                                                                \
    X(worksheet_set_column)                                                                                  \
    X(worksheet_write_number)                                                                                \
    X(worksheet_write_string)

/// libxlsxwriter, loaded on Linux by its soname into a link namespace of its own (dlmopen); linked on
/// Windows and macOS, where DLLs and two-level namespaces keep the two minizips apart.
///
/// Why: Debian's libxlsxwriter writes its zip through the system minizip, and QuaZip (which the readers
/// use) exports minizip's function names with other signatures. Loaded side by side, the dynamic linker
/// binds libxlsxwriter's zipOpen to QuaZip's and every workbook_close() crashes. In a namespace of its own
/// libxlsxwriter finds its own minizip. Call the functions through the members, which have the C API's
/// names and types: `xlsx.worksheet_write_number(sheet, row, col, value, format)`.
class XlsxWriterLibrary {
public:
    /// The loaded library. Throws DataError when it cannot be loaded or lacks a function.
    static const XlsxWriterLibrary& instance();

#define SEGMENTA_XLSXWRITER_MEMBER(name) decltype(&::name) name = nullptr;
    SEGMENTA_XLSXWRITER_FUNCTIONS(SEGMENTA_XLSXWRITER_MEMBER)
#undef SEGMENTA_XLSXWRITER_MEMBER

private:
    XlsxWriterLibrary();
};

} // namespace segmenta
