# Finds the Debian packages Dateline builds on and exposes each as an imported
# target, so module CMakeLists only ever link targets.

# Xapian's config file sets variables (XAPIAN_INCLUDE_DIR, XAPIAN_LIBRARIES),
# not a target: wrap it once here.
find_package(Xapian 1.4 REQUIRED CONFIG)
if(NOT TARGET dateline::xapian)
    add_library(dateline::xapian INTERFACE IMPORTED)
    target_include_directories(dateline::xapian SYSTEM INTERFACE ${XAPIAN_INCLUDE_DIR})
    target_link_libraries(dateline::xapian INTERFACE ${XAPIAN_LIBRARIES})
endif()

find_package(Boost 1.74 REQUIRED COMPONENTS program_options)
find_package(nlohmann_json 3.10 REQUIRED)
find_package(fmt 9 REQUIRED)
find_package(Threads REQUIRED)

# xxHash (content hashes for incremental indexing) ships a pkg-config file only.
find_package(PkgConfig REQUIRED)
pkg_check_modules(XXHASH REQUIRED IMPORTED_TARGET libxxhash)

# jemalloc, the indexer's allocator (docs/performance.md, "jemalloc"): its own
# allocator replaces glibc's process-wide when linked. The sanitizers bring
# their own allocator, so they build without it.
if(DATELINE_JEMALLOC AND NOT DATELINE_SANITIZERS)
    pkg_check_modules(JEMALLOC IMPORTED_TARGET jemalloc)
    if(NOT JEMALLOC_FOUND)
        message(FATAL_ERROR "jemalloc not found: install libjemalloc-dev (tools/setup-debian.sh does), "
                            "or configure with -DDATELINE_JEMALLOC=OFF")
    endif()
endif()
