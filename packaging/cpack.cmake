# Debian package: cpack -G DEB in a release build directory.
set(CPACK_PACKAGE_NAME hotlinedesk)
set(CPACK_PACKAGE_VENDOR "HotlineDesk")
set(CPACK_PACKAGE_CONTACT "HotlineDesk developers <dev@hotlinedesk.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "12366 tax hotline workstation: work orders, reply deadlines, knowledge base")
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Without a CJK font Chinese shows as empty boxes; the SQLite driver plugin is loaded at run time, so name it.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "fonts-noto-cjk, libqt6sql6-sqlite, qt6-qpa-plugins")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
# MP3 recordings are decoded by GStreamer (Qt Multimedia's backend); WAV and G.711 need nothing beyond Qt.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, gstreamer1.0-plugins-good")
install(FILES ${CMAKE_CURRENT_LIST_DIR}/hotlinedesk.desktop DESTINATION share/applications)
# The taxpayer portal's nginx site and its http-level limit zones (the bureau's admin copies them into /etc/nginx).
install(FILES ${CMAKE_CURRENT_LIST_DIR}/nginx/hotlinedesk-portal.conf ${CMAKE_CURRENT_LIST_DIR}/nginx/hotlinedesk-portal-zones.conf
        DESTINATION share/hotlinedesk/nginx)
# The portal's systemd unit, as an example to copy into /etc/systemd/system (it runs as the user hotlinedesk).
install(FILES ${CMAKE_CURRENT_LIST_DIR}/systemd/hotlinedesk-portal.service DESTINATION share/hotlinedesk/systemd)
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "nginx")
include(CPack)
