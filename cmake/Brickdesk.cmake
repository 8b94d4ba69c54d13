# Target-scoped settings for Brickdesk's own targets: warnings, Qt's strictness defines,
# sanitizers, the linker, precompiled headers. Nothing here is applied globally, so
# third-party code is left alone.

# About 110 executables each carry some 100 MB of debug information; ld.bfd links the largest
# test in 9.1 s, lld in 2.4 s (measured on the 2-core CI machine). lld is used where installed.
if(BRICKDESK_LLD)
    find_program(BRICKDESK_LLD_EXECUTABLE NAMES ld.lld)
endif()

# The test trees build Brickdesk's libraries shared: statically, each of the ~110 test
# executables carried its own copy of core, ui and the emulator with their debug information,
# 100-300 MB apiece (the sanitizer tree alone filled 19 GB, and a CI machine ran out of disk).
# The installed app stays one self-contained binary (static, the default).
if(BRICKDESK_SHARED_LIBS)
    set(BRICKDESK_LIBRARY_TYPE SHARED)
else()
    set(BRICKDESK_LIBRARY_TYPE STATIC)
endif()

# brickdesk_configure_library(<target>): what a Brickdesk library needs on top of
# brickdesk_configure_target. No <target>_EXPORTS define: nothing reads it, and without it a
# library's command line does not change with its name.
# BRICKDESK_UNITY compiles the library eight sources at a time (1.5x less CPU for a cold build of
# the app: 292 vs 437 CPU-s measured). Only the libraries: a test or a benchmark is one source.
function(brickdesk_configure_library target)
    brickdesk_configure_target(${target})
    set_target_properties(${target} PROPERTIES DEFINE_SYMBOL "")
    if(BRICKDESK_UNITY)
        set_target_properties(${target} PROPERTIES UNITY_BUILD ON)
    endif()
endfunction()

function(brickdesk_configure_target target)
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII
        QT_NO_CAST_TO_ASCII
        QT_NO_URL_CAST_FROM_STRING
        QT_NO_FOREACH
        QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
        QT_USE_QSTRINGBUILDER
        QT_STRICT_ITERATORS
        BRICKDESK_VERSION="${PROJECT_VERSION}")
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
    if(BRICKDESK_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
    if(BRICKDESK_SANITIZE)
        # BRICKDESK_SANITIZED_BUILD: GCC and clang 14 do not agree on a macro that says so.
        target_compile_definitions(${target} PRIVATE BRICKDESK_SANITIZED_BUILD)
        target_compile_options(${target} PRIVATE
            -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
        target_link_options(${target} PRIVATE -fsanitize=address,undefined)
    endif()
    if(BRICKDESK_LLD_EXECUTABLE)
        target_link_options(${target} PRIVATE -fuse-ld=lld)
    endif()
endfunction()

# Precompiled headers: nearly every source includes Qt's JSON, string and container headers, and
# every test QtTest; parsing them once per target instead of once per file is most of a cold
# build's compile time. Only headers that most files include anyway are listed, so a missing
# #include still shows up in the files that need it.
set(BRICKDESK_PCH_CORE <algorithm> <functional> <memory> <optional>
    <QtCore/QByteArray> <QtCore/QDateTime> <QtCore/QHash> <QtCore/QJsonArray>
    <QtCore/QJsonDocument> <QtCore/QJsonObject> <QtCore/QJsonValue> <QtCore/QList>
    <QtCore/QLocale> <QtCore/QObject> <QtCore/QPointer> <QtCore/QSet> <QtCore/QString>
    <QtCore/QStringList> <QtCore/QTimer> <QtCore/QUrl> <QtCore/QVariant>)
set(BRICKDESK_PCH_WIDGETS ${BRICKDESK_PCH_CORE}
    <QtGui/QAction> <QtWidgets/QComboBox> <QtWidgets/QHBoxLayout> <QtWidgets/QHeaderView>
    <QtWidgets/QLabel> <QtWidgets/QLineEdit> <QtWidgets/QPushButton> <QtWidgets/QTableView>
    <QtWidgets/QVBoxLayout> <QtWidgets/QWidget>)
set(BRICKDESK_PCH_TEST <QtCore/QCoreApplication> <QtCore/QStandardPaths> <QtCore/QTemporaryDir>
    <QtTest/QSignalSpy> <QtTest/QTest>)

# brickdesk_precompile_headers(<target> CORE|WIDGETS [TEST])
function(brickdesk_precompile_headers target kind)
    if(BRICKDESK_PCH)
        set(headers ${BRICKDESK_PCH_${kind}})
        if(ARGV2 STREQUAL "TEST")
            list(APPEND headers ${BRICKDESK_PCH_TEST})
        endif()
        target_precompile_headers(${target} PRIVATE ${headers})
    endif()
endfunction()

# brickdesk_reuse_precompiled_headers(<target> <from>): <target> must be compiled with the same
# flags and Qt modules as <from> (GCC refuses a mismatched header, and -Werror makes that fatal).
function(brickdesk_reuse_precompiled_headers target from)
    if(BRICKDESK_PCH)
        target_precompile_headers(${target} REUSE_FROM ${from})
    endif()
endfunction()

# What every test process of the sanitizer build runs with: leaks fail the test (LeakSanitizer
# is on), with suppressions only for leaks inside system libraries (tests/lsan.supp says which
# and why). Binaries a test starts (the app, the emulator) inherit them.
set(BRICKDESK_SANITIZER_TEST_ENV
    "ASAN_OPTIONS=detect_leaks=1:abort_on_error=1"
    "LSAN_OPTIONS=suppressions=${PROJECT_SOURCE_DIR}/tests/lsan.supp:print_suppressions=0"
    "UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1")

# brickdesk_add_test(NAME <name> SOURCES <files...> LIBRARIES <libs...> LABELS <labels...> [GUI])
# Registers a Qt Test executable with CTest. GUI tests run on the offscreen platform. Each test
# runs with a home of its own, emptied first (tests/private-home.sh), where the QStandardPaths
# test mode it enables keeps its settings and data.
function(brickdesk_add_test)
    cmake_parse_arguments(ARG "GUI" "NAME;TIMEOUT" "SOURCES;LIBRARIES;LABELS" ${ARGN})
    qt_add_executable(${ARG_NAME} ${ARG_SOURCES})
    # A test includes its own .moc, so AUTOMOC's mocs_compilation.cpp is empty; compiled with the
    # precompiled header it still spent a second loading it, 120 times per tree.
    set_source_files_properties(${CMAKE_CURRENT_BINARY_DIR}/${ARG_NAME}_autogen/mocs_compilation.cpp
        PROPERTIES SKIP_PRECOMPILE_HEADERS ON)
    brickdesk_configure_target(${ARG_NAME})
    target_link_libraries(${ARG_NAME} PRIVATE Qt6::Test ${ARG_LIBRARIES})
    target_include_directories(${ARG_NAME} PRIVATE ${PROJECT_SOURCE_DIR}/tests/common)
    add_test(NAME ${ARG_NAME} COMMAND ${PROJECT_SOURCE_DIR}/tests/private-home.sh
        ${CMAKE_BINARY_DIR}/test-homes/${ARG_NAME} $<TARGET_FILE:${ARG_NAME}>)
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 300)
    endif()
    set(env "QT_QPA_PLATFORM=offscreen" "LC_ALL=C.UTF-8" "LANG=en_US.UTF-8"
            "QT_LOGGING_RULES=brickdesk.*.debug=false"
            ${BRICKDESK_SANITIZER_TEST_ENV})
    set_tests_properties(${ARG_NAME} PROPERTIES
        LABELS "${ARG_LABELS}"
        TIMEOUT ${ARG_TIMEOUT}
        ENVIRONMENT "${env}")
endfunction()

# brickdesk_add_missing_tool_test(NAME <test> TOOL <what> LABELS <labels...>)
# Registers <test> as a failing test that names the missing tool, so a test whose tool is not
# installed fails the suite instead of silently dropping out of it.
function(brickdesk_add_missing_tool_test)
    cmake_parse_arguments(ARG "" "NAME;TOOL" "LABELS" ${ARGN})
    add_test(NAME ${ARG_NAME}
        COMMAND ${CMAKE_COMMAND} "-DMESSAGE=${ARG_TOOL} was not found when this build was configured: install it (scripts/dev.sh setup) and configure again"
                -P ${PROJECT_SOURCE_DIR}/cmake/FailTest.cmake)
    set_tests_properties(${ARG_NAME} PROPERTIES LABELS "${ARG_LABELS}")
endfunction()
