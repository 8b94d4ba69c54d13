# Fails when a file under ui/ talks to the network itself: includes api/connection.h or
# api/apirequest.h, calls send(, or reads ->json(). Screens bind to lib/services and
# lib/models and receive domain values through typed calls (api/apicall.h) instead.
#
# It also fails when a file under ui/ picks server JSON apart instead of asking the domain
# values (lib/domain) for typed fields: QJsonValue, .toObject(), .toArray(), toJsonObject(),
# RunsModel::RawJsonRole, a domain value's .raw() or a form's raw JSON. Showing a value's JSON
# as it came (a JSON tab: QJsonDocument(x.raw()).toJson()) is fine, and so is passing a request
# body through to a service.
#
# The allow-list is empty: every screen is on services. It may only name a file that is being
# moved, and only ever shrinks; a listed file that no longer breaks the rule is reported.
set(allowed)

file(GLOB_RECURSE files RELATIVE ${SOURCE_DIR} ${SOURCE_DIR}/ui/*.cpp ${SOURCE_DIR}/ui/*.h)
set(bad "")
set(pending "")
foreach(f ${files})
    file(READ ${SOURCE_DIR}/${f} text)
    set(hits "")
    if(text MATCHES "#include \"api/(connection|apirequest)\\.h\"")
        list(APPEND hits "includes api/${CMAKE_MATCH_1}.h")
    endif()
    if(text MATCHES "(^|[^A-Za-z0-9_])send\\(")
        list(APPEND hits "calls send(")
    endif()
    if(text MATCHES "->json\\(\\)")
        list(APPEND hits "reads ->json()")
    endif()
    string(REGEX REPLACE "QJsonDocument\\([A-Za-z0-9_>().-]*raw\\(\\)\\)" "" shown "${text}")
    if(shown MATCHES "(QJsonValue|\\.toObject\\(\\)|\\.toArray\\(\\)|toJsonObject\\(\\)|RawJsonRole|\\.raw\\(\\)|\\.raw\\.|originalJson\\(\\))")
        list(APPEND hits "picks JSON apart (${CMAKE_MATCH_1})")
    endif()
    list(FIND allowed ${f} listed)
    if(hits AND listed EQUAL -1)
        list(JOIN hits ", " why)
        list(APPEND bad "${f}: ${why}")
    elseif(hits)
        list(APPEND pending ${f})
    elseif(NOT listed EQUAL -1)
        message(STATUS "On the allow-list but clean now (take it off): ${f}")
    endif()
endforeach()
if(pending)
    list(JOIN pending "\n  " text)
    message(STATUS "Allowed for now, still to move onto lib/services:\n  ${text}")
endif()
if(bad)
    list(JOIN bad "\n  " text)
    message(FATAL_ERROR "ui/ must not talk to the network (use lib/services and typed calls) nor pick "
        "JSON apart (use the typed accessors of lib/domain):\n  ${text}")
endif()
list(LENGTH files n)
message(STATUS "${n} files under ui/ checked")
