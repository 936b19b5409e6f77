# A phrase that does not parse: exit 2, `error: expected 数值`, the phrase, and a caret under the place.
execute_process(COMMAND ${LUOSHI} parse --date 2015-01-20 "地区生产总值增长%以上"
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 2)
  message(FATAL_ERROR "want exit 2, got ${rc}: ${out}${err}")
endif()
set(want "phrase:1:9: error: expected 数值\n 1 | 地区生产总值增长%以上\n   |                 ^\n")
if(NOT err STREQUAL want)
  message(FATAL_ERROR "stderr was:\n${err}\nwant:\n${want}")
endif()
execute_process(COMMAND ${LUOSHI} parse --date 2015-01-20 --format json "地区生产总值增长8%以上"
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0 OR NOT out MATCHES "\"comparator\": \">=\"" OR NOT out MATCHES "\"deadline\": \"2015-12-31\"")
  message(FATAL_ERROR "json parse failed (${rc}):\n${out}${err}")
endif()
execute_process(COMMAND ${LUOSHI} parse --date 2015-02-30 "增长8%" RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 2 OR NOT err MATCHES "does not exist")
  message(FATAL_ERROR "an impossible --date must be exit 2 with a reason, got ${rc}: ${err}")
endif()
# extract: a file that is not there is bad usage (exit 2); a report prints its goals
execute_process(COMMAND ${LUOSHI} extract /nonexistent/report.txt RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 2)
  message(FATAL_ERROR "extract of a missing file: want exit 2, got ${rc}: ${err}")
endif()
