# cmake -DTOOL=<binary> -DWHAT=man|bash|zsh -DOUTPUT=<file> -P DatelineGenerate.cmake
# Runs `<binary> --generate <WHAT>` and writes what it prints to <file>; fails
# the build when the tool fails. (A script, so that no shell redirection has to
# survive the build tool's quoting.)
get_filename_component(output_dir "${OUTPUT}" DIRECTORY)
file(MAKE_DIRECTORY "${output_dir}")
execute_process(COMMAND "${TOOL}" --generate "${WHAT}"
    OUTPUT_FILE "${OUTPUT}.tmp"
    RESULT_VARIABLE status
    ERROR_VARIABLE errors)
if(NOT status EQUAL 0)
    file(REMOVE "${OUTPUT}.tmp")
    message(FATAL_ERROR "${TOOL} --generate ${WHAT} failed (${status}): ${errors}")
endif()
file(RENAME "${OUTPUT}.tmp" "${OUTPUT}")
