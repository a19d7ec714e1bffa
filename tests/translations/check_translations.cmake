# Fails when a translatable string of the sources has no finished Simplified Chinese translation:
# runs lupdate over the sources into a copy of the committed .ts and looks for unfinished entries.
# Usage: cmake -DLUPDATE=... -DTS=... -DSOURCE_DIR=... -DWORK_DIR=... -P check_translations.cmake
file(MAKE_DIRECTORY ${WORK_DIR})
set(copy ${WORK_DIR}/check_zh_CN.ts)
configure_file(${TS} ${copy} COPYONLY)
execute_process(
    COMMAND ${LUPDATE} -no-obsolete -locations none ${SOURCE_DIR}/libcore ${SOURCE_DIR}/app/workstation ${SOURCE_DIR}/app/portal -ts ${copy}
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed: ${out}${err}")
endif()
file(READ ${copy} ts)
string(REGEX MATCHALL "<source>[^<]*</source>[^<]*<translation type=\"unfinished\"" missing "${ts}")
list(LENGTH missing n)
if(n GREATER 0)
    string(REGEX REPLACE "<translation type=\"unfinished\"" "" missing "${missing}")
    string(REPLACE ";" "\n  " missing "${missing}")
    message(FATAL_ERROR "${n} string(s) lack a finished zh_CN translation (run the update_translations target, "
                        "then translate them in ${TS}):\n  ${missing}")
endif()
string(REGEX MATCHALL "<message" messages "${ts}")
list(LENGTH messages total)
message(STATUS "all ${total} strings have a finished Simplified Chinese translation")
