# Translations of the user-visible strings of brickdesk_core (lib/, except the emulator, whose
# texts are API payloads), brickdesk_ui (ui/) and the command line (app/main.cpp).
#
# Included from ui/CMakeLists.txt so that the compiled .qm files are embedded in brickdesk_ui
# under :/i18n/ — the app and the GUI tests both link it. `cmake --build <dir> --target
# update_translations` refreshes the .ts files from the current sources (lupdate); the unit test
# tst_translations fails while brickdesk_pt_BR.ts has unfinished or missing entries.
set(BRICKDESK_TS_FILES
    ${PROJECT_SOURCE_DIR}/resources/translations/brickdesk_en.ts
    ${PROJECT_SOURCE_DIR}/resources/translations/brickdesk_pt_BR.ts)

file(GLOB_RECURSE brickdesk_translated_sources CONFIGURE_DEPENDS
    ${PROJECT_SOURCE_DIR}/lib/*.cpp ${PROJECT_SOURCE_DIR}/lib/*.h
    ${PROJECT_SOURCE_DIR}/ui/*.cpp ${PROJECT_SOURCE_DIR}/ui/*.h ${PROJECT_SOURCE_DIR}/ui/*.ui)
list(FILTER brickdesk_translated_sources EXCLUDE REGEX "/lib/emulator/")
list(APPEND brickdesk_translated_sources ${PROJECT_SOURCE_DIR}/app/main.cpp)

# Qt 6.4 signature: qt_add_translations(target TS_FILES … SOURCES … RESOURCE_PREFIX …).
qt_add_translations(brickdesk_ui
    TS_FILES ${BRICKDESK_TS_FILES}
    SOURCES ${brickdesk_translated_sources}
    INCLUDE_DIRECTORIES ${PROJECT_SOURCE_DIR}/lib ${PROJECT_SOURCE_DIR}/ui
    RESOURCE_PREFIX /i18n
    LUPDATE_OPTIONS -no-obsolete -locations none
    LRELEASE_OPTIONS -compress -nounfinished -removeidentical)
