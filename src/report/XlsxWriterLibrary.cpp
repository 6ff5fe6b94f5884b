#include "report/XlsxWriterLibrary.h"

#include "core/Error.h"

#include <QCoreApplication>

#ifdef SEGMENTA_XLSXWRITER_SONAME
#include <dlfcn.h>
#endif

namespace segmenta {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(segmenta::XlsxWriterLibrary)
};
} // namespace

XlsxWriterLibrary::XlsxWriterLibrary() {
#ifndef SEGMENTA_XLSXWRITER_SONAME
    // Linked (Windows, macOS): each library's minizip stays private to it there.
#define SEGMENTA_XLSXWRITER_BIND(name) name = &::name;
    SEGMENTA_XLSXWRITER_FUNCTIONS(SEGMENTA_XLSXWRITER_BIND)
#undef SEGMENTA_XLSXWRITER_BIND
#else
    // By soname, searched as the dynamic linker searches (ld.so.cache, LD_LIBRARY_PATH), so that an
    // installed Segmenta needs no path of the machine it was built on. Never unloaded: a namespace of its
    // own lives as long as the process.
    void* library = dlmopen(LM_ID_NEWLM, SEGMENTA_XLSXWRITER_SONAME, RTLD_NOW | RTLD_LOCAL);
    if (!library)
        throw DataError(
            Text::tr("Cannot load libxlsxwriter, which writes XLSX files: %1. Reinstall Segmenta or the "
                     "package libxlsxwriter4.")
                .arg(QString::fromLocal8Bit(dlerror())));
#define SEGMENTA_XLSXWRITER_RESOLVE(name)                                                                    \
    name = reinterpret_cast<decltype(name)>(dlsym(library, #name));                                          \
    if (!name)                                                                                               \
        throw DataError(                                                                                     \
            Text::tr("The installed libxlsxwriter lacks the function %1; install version 1.1 or newer.")     \
                .arg(QLatin1String(#name)));
    SEGMENTA_XLSXWRITER_FUNCTIONS(SEGMENTA_XLSXWRITER_RESOLVE)
#undef SEGMENTA_XLSXWRITER_RESOLVE
#endif
}

const XlsxWriterLibrary& XlsxWriterLibrary::instance() {
    static const XlsxWriterLibrary library;
    return library;
}

} // namespace segmenta
