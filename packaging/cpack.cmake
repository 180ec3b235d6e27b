# CPack: a Debian package of what the install() rules install (bin/shiftdesk, the .desktop file,
# the AppStream metainfo and the icon). scripts/package runs `cpack -G DEB` in a build folder.
# Included from packaging/CMakeLists.txt. Only shiftdesk itself has an install() rule (the
# test executables have none), so the order of the subdirectories does not matter here.

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME shiftdesk)
set(CPACK_PACKAGE_VENDOR "The Shiftdesk developers")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
# Whoever builds a package for others sets their own: -DSHIFTDESK_PACKAGE_MAINTAINER="Name <email>".
set(SHIFTDESK_PACKAGE_MAINTAINER "The Shiftdesk developers <shiftdesk@users.noreply.github.com>"
    CACHE STRING "Maintainer field of the Debian package (Name <email>)")
set(CPACK_PACKAGE_CONTACT "${SHIFTDESK_PACKAGE_MAINTAINER}")
# The binary is ~90 MB with debug info (RelWithDebInfo); the package carries it stripped.
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # shiftdesk_0.1.0_amd64.deb
set(CPACK_DEBIAN_PACKAGE_NAME shiftdesk)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
# The synopsis line of the Debian description, then the extended description
# (CPack indents its lines).
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "desktop companion for a platform team's support shift")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Shiftdesk stays open all day on the desktop of the engineer on a
cloud-platform team's support shift: the daily checklist, the Slack alarm
channels, the support channel's requests with the 15-minute rule, the GitHub
project board, announcements with a Slack-accurate preview and kept update
promises, and the handover to the on-call engineer.")

# dpkg-shlibdeps finds every library the binary links (Qt, QtKeychain, yaml-cpp, ...).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# What it cannot see, because Qt or QtKeychain load it at run time:
#  - libqt6sql6-sqlite: the QSQLITE driver plugin (the database);
#  - libqt6svg6: the SVG image and icon-engine plugins (the app and tray icons are SVG);
#  - libsecret-1-0: QtKeychain dlopen()s libsecret to reach the Secret Service;
#  - ca-certificates: the CA roots Qt's TLS backend verifies slack.com and api.github.com with.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6svg6, libsecret-1-0, ca-certificates")
# A Secret Service (or KWallet) to keep the tokens in; without one Shiftdesk offers to keep them
# for the session only. The colour emoji font draws Slack's emoji in feeds and previews.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
    "gnome-keyring | kwalletmanager | keepassxc, fonts-noto-color-emoji")
# Native Wayland windows (without it Qt uses XWayland).
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "qt6-wayland")

include(CPack)
