#!/usr/bin/env bash
# What Debian's kernel lacks for DAC hats, built for the exact kernel the image installs (argument: the kernel
# release, e.g. 6.12.95+deb12-arm64), into $OUT/kernel-extras:
#   lib/modules/<release>/updates/snd-soc-pcm512x{,-i2c}.ko  from the kernel's own sources (linux-source),
#       cross-compiled against its headers (linux-headers, and the amd64 build of its kbuild tools)
#   overlays/*.dtbo  our device-tree overlays (image/dts) for Debian's upstream Raspberry Pi device trees
source "$(dirname "$0")/common.sh"

KREL=$1                      # 6.12.95+deb12-arm64
KVER=${KREL%-arm64}          # 6.12.95+deb12
KSERIES=$(echo "$KREL" | cut -d. -f1-2)
EXTRAS=$OUT/kernel-extras
WORK=$CACHE/kbuild-$KVER

rm -rf "$EXTRAS" && mkdir -p "$EXTRAS/overlays" "$EXTRAS/lib/modules/$KREL/updates"

log "device-tree overlays"
for dts in "$IMAGE_DIR"/dts/*.dts; do
  dtc -@ -q -I dts -O dtb -o "$EXTRAS/overlays/$(basename "$dts" .dts).dtbo" "$dts"
done

log "PCM512x codec module for $KREL"
if [[ ! -e $WORK/done ]]; then
  rm -rf "$WORK" && mkdir -p "$WORK/src"
  fetch_debs arm64 "$WORK/sys" "linux-headers-$KREL/$SUITE-backports" "linux-headers-$KVER-common/$SUITE-backports"
  # The headers package links its build tools (fixdep, modpost) from linux-kbuild; the amd64 build of the
  # same version runs here natively.
  fetch_debs amd64 "$WORK/sys" "linux-kbuild-$KVER/$SUITE-backports"
  fetch_debs arm64 "$WORK/source" "linux-source-$KSERIES/$SUITE-backports"
  tar -xJf "$WORK/source/usr/src/linux-source-$KSERIES.tar.xz" -C "$WORK/src" --strip-components=4 \
    --wildcards "linux-source-$KSERIES/sound/soc/codecs/pcm512x*"
  rm -rf "$WORK/source"
  # The headers' Makefile includes the common tree by its absolute installed path.
  sed -i "s#include /usr/src/#include $WORK/sys/usr/src/#" "$WORK/sys/usr/src/linux-headers-$KREL/Makefile"
  touch "$WORK/done"
fi
hdr_version=$(dpkg-deb -f "$(ls -t "$CACHE"/apt-arm64/dl/linux-headers-"$KREL"_*.deb | head -1)" Version)
src_version=$(dpkg-deb -f "$(ls -t "$CACHE"/apt-arm64/dl/linux-source-"$KSERIES"_*.deb | head -1)" Version)
[[ $hdr_version == "$src_version" ]] || die "linux-source $src_version does not match the headers $hdr_version"

rm -rf "$WORK/build" && mkdir -p "$WORK/build"
cp "$WORK"/src/pcm512x.c "$WORK"/src/pcm512x.h "$WORK"/src/pcm512x-i2c.c "$IMAGE_DIR/kmod/Kbuild" "$WORK/build/"
# No BTF for an out-of-tree module (it would need pahole); the kernel loads modules without it.
make -s -C "$WORK/sys/usr/src/linux-headers-$KREL" M="$WORK/build" CONFIG_DEBUG_INFO_BTF_MODULES= modules
for ko in snd-soc-pcm512x snd-soc-pcm512x-i2c; do
  aarch64-linux-gnu-strip --strip-debug "$WORK/build/$ko.ko"
  cp "$WORK/build/$ko.ko" "$EXTRAS/lib/modules/$KREL/updates/"
done
log "kernel extras: $(ls "$EXTRAS/overlays" "$EXTRAS/lib/modules/$KREL/updates" | grep -c '\.')  files"
