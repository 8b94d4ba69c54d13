# Fails when any tracked C++ file differs from what clang-format would produce.
file(GLOB_RECURSE files
    ${SOURCE_DIR}/app/*.cpp ${SOURCE_DIR}/app/*.h
    ${SOURCE_DIR}/lib/*.cpp ${SOURCE_DIR}/lib/*.h
    ${SOURCE_DIR}/ui/*.cpp ${SOURCE_DIR}/ui/*.h
    ${SOURCE_DIR}/tests/*.cpp ${SOURCE_DIR}/tests/*.h)
list(FILTER files EXCLUDE REGEX "/node_modules/")
set(bad "")
foreach(f ${files})
    execute_process(COMMAND ${CLANG_FORMAT} --dry-run -Werror ${f}
        RESULT_VARIABLE rc OUTPUT_QUIET ERROR_QUIET)
    if(NOT rc EQUAL 0)
        list(APPEND bad ${f})
    endif()
endforeach()
if(bad)
    list(JOIN bad "\n  " text)
    message(FATAL_ERROR "Not clang-formatted (run scripts/format.sh):\n  ${text}")
endif()
list(LENGTH files n)
message(STATUS "${n} files are clang-formatted")
