#!/usr/bin/env bash
# Stages spotlet for the image in $OUT/app (installed later as /opt/spotlet): the compiled JavaScript (the speaker
# bundled into one module by scripts/bundle-js.mjs), the board profiles and the production node_modules with the
# native addons cross-compiled for arm64 against Debian's Node 18 headers (libnode-dev) — the image's own Node,
# not the build machine's.
source "$(dirname "$0")/common.sh"

APP=$OUT/app
SYSROOT=$CACHE/sysroot-arm64

log "staging the app"
rm -rf "$APP" && mkdir -p "$APP"
(cd "$REPO" && npm run --silent build)
cp -r "$REPO/dist/src" "$APP/dist-src"
mkdir -p "$APP/dist" && mv "$APP/dist-src" "$APP/dist/src"
# The speaker as one bundle (and its lazily loaded chunks) over its entry: measured faster to start and smaller
# (README, "Start and memory"); the other entries and the assets stay beside it.
(cd "$REPO" && node scripts/bundle-js.mjs "$APP/dist/src")
cp -r "$REPO/board" "$REPO/package.json" "$REPO/package-lock.json" "$APP/"
rm -f "$APP/board/README.md"
mkdir -p "$APP/scripts" && cp -r "$REPO/scripts/patches" "$REPO/scripts/apply-patches.mjs" "$APP/scripts/"

log "arm64 sysroot: Node 18 headers, libuv, ALSA"
if [[ ! -e $SYSROOT/usr/include/node/common.gypi ]]; then
  rm -rf "$SYSROOT"
  fetch_debs arm64 "$SYSROOT" libnode-dev libuv1-dev libasound2-dev libasound2
fi

log "node_modules for arm64 (scripts run after the patches)"
cd "$APP"
npm ci --omit=dev --ignore-scripts --no-fund --no-audit --loglevel=error
node scripts/apply-patches.mjs
export CC=aarch64-linux-gnu-gcc CXX=aarch64-linux-gnu-g++ AR=aarch64-linux-gnu-ar LINK=aarch64-linux-gnu-g++
export CFLAGS="-I$SYSROOT/usr/include" CXXFLAGS="-I$SYSROOT/usr/include" LDFLAGS="-L$SYSROOT/usr/lib/aarch64-linux-gnu"
export npm_config_arch=arm64 npm_config_target_arch=arm64 npm_config_nodedir=$SYSROOT/usr npm_config_platform=linux
# speaker and epoll compile; noble and its HCI socket ship linux-arm64 N-API prebuilds (node-gyp-build picks them).
npm rebuild --no-fund --no-audit --loglevel=error --build-from-source speaker epoll
npm rebuild --no-fund --no-audit --loglevel=error @stoprocent/noble @stoprocent/bluetooth-hci-socket
for addon in node_modules/speaker/build/Release/binding.node node_modules/epoll/build/Release/epoll.node; do
  file -b "$addon" | grep -q 'ARM aarch64' || die "$addon is not an arm64 binary"
done

# The native ALSA output program (npm run build made an x86-64 one beside the compiled audio part).
aarch64-linux-gnu-gcc -O2 -Wall -I"$SYSROOT/usr/include" -L"$SYSROOT/usr/lib/aarch64-linux-gnu" \
  -Wl,-rpath-link,"$SYSROOT/usr/lib/aarch64-linux-gnu" -o dist/src/audio/spotlet-alsa-out \
  "$REPO/src/audio/alsa-out.c" -lasound
file -b dist/src/audio/spotlet-alsa-out | grep -q 'ARM aarch64' || die "spotlet-alsa-out is not an arm64 binary"

# What the speaker does not need at run time: build intermediates, sources of the addons, other arches' prebuilds.
find node_modules -path '*/build/Release/obj.target' -prune -exec rm -rf {} +
find node_modules -type d -name prebuilds -exec sh -c 'for d in "$1"/*; do case "${d##*/}" in linux-arm64) ;; *) rm -rf "$d" ;; esac; done' _ {} \;
rm -rf node_modules/speaker/deps scripts package-lock.json
find node_modules \( -name '*.md' -o -name '*.ts' -not -name '*.d.ts' -o -name '*.map' \) -type f -delete
# The factory slot's manifest (unsigned: the read-only root is trusted): its version is the image version that
# update bundles are checked against.
node "$REPO/scripts/bundle.mjs" manifest "$APP"
log "app staged: $(du -sh "$APP" | cut -f1)"
