# Per generator: the .deb installs under /usr; the .tar.gz is a relocatable tree (bin/, share/) under one
# top directory, to unpack anywhere.
if(CPACK_GENERATOR STREQUAL "DEB")
  set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
endif()
