#!/usr/bin/env bash
# Builds the .deb with CPack and checks it the way a user would meet it: its metadata and
# contents, that apt can resolve its dependencies from Debian's archive, and, when we are root,
# that `apt install ./brickdesk_*.deb` installs it and `brickdesk --version` runs; then removes it.
# Without root it extracts the package and runs the extracted binary instead (closest check).
set -euo pipefail
build=${1:?usage: test-deb.sh BUILD_DIR}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

cpack --config "$build/CPackConfig.cmake" -B "$out" >/dev/null
deb=$(ls "$out"/brickdesk_*.deb)
echo "built $(basename "$deb") ($(du -h "$deb" | cut -f1))"
dpkg-deb --field "$deb" Package Version Depends

contents=$(dpkg-deb --contents "$deb")
for f in ./usr/bin/brickdesk ./usr/bin/brickdesk-emulator \
    ./usr/share/applications/io.github.brickdesk.Brickdesk.desktop \
    ./usr/share/metainfo/io.github.brickdesk.Brickdesk.metainfo.xml \
    ./usr/share/icons/hicolor/scalable/apps/io.github.brickdesk.Brickdesk.svg \
    ./usr/share/icons/hicolor/48x48/apps/io.github.brickdesk.Brickdesk.png \
    ./usr/lib/systemd/user/brickdesk-sync.service ./usr/lib/systemd/user/brickdesk-sync.timer; do
    grep -q " $f\$" <<<"$contents" || { echo "missing from the package: $f"; exit 1; }
done

if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
    # Installed, not merely known: a package removed earlier stays listed ("rc") with its
    # configuration files until purged.
    if dpkg-query -W -f '${Status}' brickdesk 2>/dev/null | grep -q ' installed$'; then
        echo "brickdesk is already installed here; not touching it"; exit 1
    fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$deb" >"$out/apt.log" 2>&1 ||
        { cat "$out/apt.log"; exit 1; }
    rc=0
    version=$(QT_QPA_PLATFORM=offscreen /usr/bin/brickdesk --version) || rc=$?
    # Read the whole help text: `| head -1` would close the pipe early and, under pipefail,
    # report the emulator's SIGPIPE as a failure whenever the help grows.
    emulator_help=$(/usr/bin/brickdesk-emulator --help) || rc=$?
    emulator_help=${emulator_help%%$'\n'*}
    DEBIAN_FRONTEND=noninteractive apt-get purge -y -q brickdesk >/dev/null 2>&1 || true
    [ $rc -eq 0 ] || { echo "installed binaries failed to run"; exit 1; }
    echo "installed and ran: $version"
    echo "emulator: $emulator_help"
else
    echo "not root: checking the extracted package instead of installing it"
    dpkg-deb -x "$deb" "$out/root"
    QT_QPA_PLATFORM=offscreen "$out/root/usr/bin/brickdesk" --version
fi
