# dateline_set_warnings(<target>): the project's warning set, applied per target
# so that third-party code is never compiled with it.
function(dateline_set_warnings target)
    target_compile_options(${target} PRIVATE
        -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wsign-conversion
        -Wnon-virtual-dtor -Wold-style-cast -Woverloaded-virtual)
    if(DATELINE_SANITIZERS AND CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
        # GCC 12 reports maybe-uninitialized inside libstdc++ (std::function,
        # std::regex) when sanitizers change inlining: known false positives.
        target_compile_options(${target} PRIVATE -Wno-maybe-uninitialized)
    endif()
    if(DATELINE_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
endfunction()
