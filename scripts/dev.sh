#!/usr/bin/env bash
# One entry point for newcomers, CI and developers. Every command installs what is missing
# (Debian 12 packages, the npm packages of the conformance test), builds, then acts.
#
#   scripts/dev.sh demo      build the app and the emulator only (build/demo) and launch Brickdesk
#   scripts/dev.sh test      the whole test suite: -Werror build, CTest, then again under ASan+UBSan,
#                            then each fuzz target for a few seconds
#   scripts/dev.sh fuzz [SECONDS]  build the libFuzzer targets (build/fuzz) and run each (default 60 s)
#   scripts/dev.sh bench     build optimised and run the benchmarks (tests/bench)
#   scripts/dev.sh build     just build (build/dev)
#   scripts/dev.sh format    clang-format every C++ file in place
#   scripts/dev.sh setup     just install the system packages
#   scripts/dev.sh ctest DIR [ctest args]   run CTest on a build directory inside a private keyring session
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
# Let ccache share results between clones of the repository (CI builds a fresh clone), and
# cache sources compiled with a precompiled header (ccache needs these sloppiness flags for it).
export CCACHE_BASEDIR="$ROOT" CCACHE_NOHASHDIR=1
export CCACHE_SLOPPINESS=pch_defines,time_macros,include_file_mtime,include_file_ctime

# What building and running the app needs (all that `demo` installs)...
APP_PACKAGES=(cmake ninja-build g++ lld ccache qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-httpserver-dev
    qt6-websockets-dev qtkeychain-qt6-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev
    libqt6svg6 libqt6sql6-sqlite libsqlite3-dev qt6-translations-l10n libgl-dev xvfb xauth dbus dbus-x11 gnome-keyring fonts-dejavu-core)
# ...and what the tests, the linters (systemd-analyze comes with systemd), packaging and the benchmarks add.
DEV_PACKAGES=(libsecret-tools clang-format dpkg-dev nodejs npm desktop-file-utils appstream imagemagick
    x11-apps libbenchmark-dev clang-14 libclang-rt-14-dev openssl
    systemd python3)
PACKAGES=("${APP_PACKAGES[@]}" "${DEV_PACKAGES[@]}")

log() { printf '\033[1m== %s\033[0m\n' "$*" >&2; }

# setup_packages [package...]: installs those missing among the given ones (default: all).
setup_packages() {
    local wanted_all=("$@")
    [ ${#wanted_all[@]} -gt 0 ] || wanted_all=("${PACKAGES[@]}")
    local missing=()
    for p in "${wanted_all[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    # node/npm may come from elsewhere than Debian (a preinstalled toolchain): accept them.
    if command -v node >/dev/null && command -v npm >/dev/null; then
        missing=("${missing[@]/nodejs/}")
        missing=("${missing[@]/npm/}")
    fi
    local wanted=()
    for p in "${missing[@]}"; do [ -n "$p" ] && wanted+=("$p"); done
    if [ ${#wanted[@]} -gt 0 ]; then
        log "Installing ${#wanted[@]} Debian packages with apt (a minute or two on a bare machine): ${wanted[*]}"
        local sudo=""
        [ "$(id -u)" -eq 0 ] || sudo="sudo"
        $sudo apt-get update -q
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${wanted[@]}"
    fi
}

setup_npm() {
    if [ -f tests/conformance/package.json ] && [ ! -d tests/conformance/node_modules ]; then
        log "Installing the conformance test's npm packages"
        (cd tests/conformance && npm ci --no-audit --no-fund --loglevel=error)
    fi
}

# How the trees we build and run from the checkout are compiled (not the installed app: Release,
# static). Shared libraries: a test executable links core, ui and the emulator instead of
# carrying a copy of each (statically the two CI trees took 28 GB of disk, and linked slower).
# Unity builds (BRICKDESK_UNITY, on by default): the libraries compile eight sources at a time,
# 1.5× less CPU for a cold build of the app (292 vs 437 CPU-s measured); the fuzz tree 371 → 206
# CPU-s. Every tree is one, so what CI compiles is what `bench` and a packager's build compile.
FAST_TREE=(-DBRICKDESK_SHARED_LIBS=ON -DBRICKDESK_UNITY=ON)

# configure_and_build DIR [cmake args...]; BUILD_TARGETS (space-separated) limits what is built.
configure_and_build() {
    local dir=$1
    shift
    local launcher=()
    command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    log "Configuring $dir (CMake, a few seconds)"
    cmake -S . -B "$dir" -G Ninja "${launcher[@]}" "$@" >/dev/null
    local targets=()
    local target
    for target in ${BUILD_TARGETS:-}; do targets+=(--target "$target"); done
    log "Building ${BUILD_WHAT:-everything} in $dir on $(nproc) cores (ninja shows [done/total] steps)"
    cmake --build "$dir" --parallel "$(nproc)" "${targets[@]}"
}

# forget_other_compiler DIR COMPILER: a tree configured earlier with another compiler is
# configured afresh (CMake cannot switch the compiler of an existing cache).
forget_other_compiler() {
    local dir=$1 compiler=$2
    if [ -f "$dir/CMakeCache.txt" ] && ! grep -q "^CMAKE_CXX_COMPILER:[A-Z]*=.*$compiler\$" "$dir/CMakeCache.txt"; then
        log "Configuring $dir afresh for $compiler"
        rm -rf "$dir/CMakeCache.txt" "$dir/CMakeFiles"
    fi
}

# Runs a command inside a private D-Bus session with an unlocked gnome-keyring, in throwaway
# XDG directories, so keychain tests use a real Secret Service and leave nothing behind.
with_keyring() {
    local tmp
    tmp=$(mktemp -d)
    export XDG_RUNTIME_DIR=$tmp/run XDG_DATA_HOME=$tmp/data XDG_CACHE_HOME=$tmp/cache XDG_CONFIG_HOME=$tmp/config
    mkdir -p -m 700 "$XDG_RUNTIME_DIR"
    local rc=0
    dbus-run-session -- sh -c 'echo -n brickdesk-ci | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec "$@"' sh "$@" || rc=$?
    rm -rf "$tmp"
    return $rc
}

run_ctest() {
    local dir=$1
    shift
    log "Testing $dir"
    # One test more than cores: most tests spend much of their time waiting on sockets, timers
    # and child processes (CPU time is about a third of wall time in the Debug tree).
    with_keyring ctest --test-dir "$dir" --output-on-failure --timeout 600 -j "$(($(nproc) + 1))" "$@"
}

cmd_test() {
    setup_packages
    setup_npm
    configure_and_build build/ci -DCMAKE_BUILD_TYPE=Debug -DBRICKDESK_WERROR=ON "${FAST_TREE[@]}"
    run_ctest build/ci
    # The sanitizer tree is compiled by clang 14: it builds it in half the CPU time GCC takes
    # with ASan+UBSan, and its warnings (-Werror) are a second compiler's view of the code.
    forget_other_compiler build/sanitize clang++-14
    configure_and_build build/sanitize -DCMAKE_BUILD_TYPE=Debug -DBRICKDESK_WERROR=ON \
        -DCMAKE_CXX_COMPILER=clang++-14 -DBRICKDESK_SANITIZE=ON -DBRICKDESK_BUILD_BENCHMARKS=OFF \
        "${FAST_TREE[@]}"
    # The format check and the JS SDK do not depend on how our code was compiled.
    run_ctest build/sanitize -LE "lint"
    # About a minute in all: four targets, 12 s each (plus the replays already in CTest).
    run_fuzzers 12
}

# run_fuzzers SECONDS: builds only the libFuzzer targets (clang 14, ASan+UBSan, build/fuzz)
# and runs each for SECONDS on its seed corpus and kept crashers. New inputs go to a working
# corpus in build/fuzz (never into the repository); a crash, leak, timeout or sanitizer report
# fails, and its input is left in build/fuzz/artifacts to be kept under tests/fuzz/regressions.
run_fuzzers() {
    local seconds=$1 dir=build/fuzz rc=0
    local launcher=()
    command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    log "Configuring $dir (clang 14, libFuzzer)"
    cmake -S . -B "$dir" -G Ninja "${launcher[@]}" -DCMAKE_BUILD_TYPE=Debug \
        -DCMAKE_CXX_COMPILER=clang++-14 -DBRICKDESK_FUZZ=ON -DBRICKDESK_UNITY=ON -DBRICKDESK_BUILD_BENCHMARKS=OFF >/dev/null
    log "Building the fuzz targets"
    cmake --build "$dir" --parallel "$(nproc)" --target fuzzers
    mkdir -p "$dir/artifacts"
    for fuzzer in "$dir"/tests/fuzz/fuzz_*; do
        [ -f "$fuzzer" ] && [ -x "$fuzzer" ] || continue # not the *_autogen directories
        local name=${fuzzer##*/fuzz_}
        local inputs=("tests/fuzz/corpus/$name")
        [ -d "tests/fuzz/regressions/$name" ] && inputs+=("tests/fuzz/regressions/$name")
        mkdir -p "$dir/corpus/$name"
        log "Fuzzing $name for ${seconds} s"
        if ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 "$fuzzer" \
            -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
            -artifact_prefix="$dir/artifacts/$name-" "$dir/corpus/$name" "${inputs[@]}" >"$dir/$name.log" 2>&1 &&
            ! grep -q "runtime error:" "$dir/$name.log"; then
            grep -E "^#[0-9]+[[:space:]]+DONE" "$dir/$name.log" | tail -1 >&2 || true
        else
            rc=1
            tail -n 40 "$dir/$name.log" >&2
            log "fuzz_$name FAILED (input in $dir/artifacts/)"
        fi
    done
    return $rc
}

cmd_fuzz() {
    setup_packages
    run_fuzzers "${1:-60}"
}

# Builds only what it runs: the app and the emulator with their libraries, in a directory of its
# own with tests and benchmarks off. Debug (-O0) compiles much faster than an optimised build,
# and the app is responsive enough in it; ccache makes every later build take seconds.
cmd_demo() {
    log "Brickdesk demo: install what is missing, build the app and the emulator (not the tests), open the window"
    setup_packages "${APP_PACKAGES[@]}"
    local started=$SECONDS
    BUILD_TARGETS="brickdesk brickdesk-emulator" \
        BUILD_WHAT="the app, the emulator and their libraries (the first time takes a few minutes, later runs seconds)" \
        configure_and_build build/demo -DCMAKE_BUILD_TYPE=Debug -DBRICKDESK_BUILD_TESTS=OFF "${FAST_TREE[@]}" \
        -DBRICKDESK_BUILD_BENCHMARKS=OFF
    log "Built in $((SECONDS - started)) s"
    # The README promises this command opens the demo workspace; a plain `brickdesk` shows the
    # welcome page on a first start instead.
    log "Launching Brickdesk on the demo workspace (build/demo/app/brickdesk --demo)"
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        log "No display found: starting a virtual one (Xvfb); set DISPLAY to use yours"
        exec xvfb-run -a -s "-screen 0 1600x1000x24" build/demo/app/brickdesk --demo "$@"
    fi
    exec build/demo/app/brickdesk --demo "$@"
}

cmd_bench() {
    setup_packages
    configure_and_build build/bench -DCMAKE_BUILD_TYPE=Release -DBRICKDESK_BUILD_TESTS=ON
    "$ROOT/tests/bench/run.sh" build/bench "$@"
}

cmd_format() {
    find app lib ui tests -name '*.cpp' -o -name '*.h' | grep -v node_modules | xargs clang-format -i
}

case "${1:-}" in
    demo) shift; cmd_demo "$@" ;;
    test) shift; cmd_test "$@" ;;
    bench) shift; cmd_bench "$@" ;;
    fuzz) shift; cmd_fuzz "$@" ;;
    build) shift; setup_packages; configure_and_build build/dev -DCMAKE_BUILD_TYPE=Debug "${FAST_TREE[@]}" "$@" ;;
    format) cmd_format ;;
    setup) setup_packages; setup_npm ;;
    ctest) shift; dir=${1:-build/ci}; shift || true; run_ctest "$dir" "$@" ;;
    *) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
