# NSIS installer for Windows (cpack -G NSIS after building with MSVC or MinGW and the Qt installer's Qt;
# src/app installs windeployqt's output next to segmenta.exe). Not built here: see the README.
set(CPACK_NSIS_DISPLAY_NAME "Segmenta")
set(CPACK_NSIS_PACKAGE_NAME "Segmenta ${PROJECT_VERSION}")
set(CPACK_NSIS_MUI_ICON ${PROJECT_SOURCE_DIR}/packaging/windows/segmenta.ico)
set(CPACK_NSIS_INSTALLED_ICON_NAME bin\\\\segmenta.exe)
set(CPACK_NSIS_URL_INFO_ABOUT ${SEGMENTA_HOMEPAGE})
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH ON) # offers to put segmenta-cli on PATH
# .segmenta projects open in Segmenta from Explorer; the uninstaller removes the association again.
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS "
  WriteRegStr HKCR '.segmenta' '' 'Segmenta.Project'
  WriteRegStr HKCR 'Segmenta.Project' '' 'Segmenta project'
  WriteRegStr HKCR 'Segmenta.Project\\\\DefaultIcon' '' '$INSTDIR\\\\bin\\\\segmenta.exe,0'
  WriteRegStr HKCR 'Segmenta.Project\\\\shell\\\\open\\\\command' '' '\\\"$INSTDIR\\\\bin\\\\segmenta.exe\\\" \\\"%1\\\"'
")
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS "
  DeleteRegKey HKCR '.segmenta'
  DeleteRegKey HKCR 'Segmenta.Project'
")
