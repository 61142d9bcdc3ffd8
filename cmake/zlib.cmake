# SPDX-License-Identifier: MIT
# zlib for the share link's raw deflate: the system library natively (zlib1g-dev), and under
# Emscripten a static target compiled with emcc from Debian's zlib source package (bookworm,
# unpacked by scripts/fetch-zlib.sh into third_party/zlib-1.2.13). Defines target gloss_zlib.
if(EMSCRIPTEN)
    set(ZLIB_SRC_DIR "" CACHE PATH "zlib 1.2.13 sources (default: third_party/zlib-1.2.13)")
    set(gloss_zlib_dir "${ZLIB_SRC_DIR}")
    if(NOT gloss_zlib_dir)
        set(gloss_zlib_dir "${PROJECT_SOURCE_DIR}/third_party/zlib-1.2.13")
    endif()
    if(NOT EXISTS "${gloss_zlib_dir}/inflate.c")
        message(FATAL_ERROR "zlib sources not found in ${gloss_zlib_dir}: run scripts/fetch-zlib.sh")
    endif()
    enable_language(C)
    # Only what raw deflate/inflate needs: no gz* file functions.
    set(gloss_zlib_sources adler32.c compress.c crc32.c deflate.c infback.c inffast.c inflate.c
                           inftrees.c trees.c uncompr.c zutil.c)
    list(TRANSFORM gloss_zlib_sources PREPEND "${gloss_zlib_dir}/")
    add_library(gloss_zlib STATIC ${gloss_zlib_sources})
    target_include_directories(gloss_zlib SYSTEM PUBLIC "${gloss_zlib_dir}")
    target_compile_definitions(gloss_zlib PRIVATE HAVE_UNISTD_H HAVE_STDARG_H)
    target_compile_options(gloss_zlib PRIVATE -O2 -w)
else()
    find_package(ZLIB REQUIRED)
    add_library(gloss_zlib INTERFACE)
    target_link_libraries(gloss_zlib INTERFACE ZLIB::ZLIB)
endif()
