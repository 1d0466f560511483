#!/usr/bin/env bash
# Builds the arm64 root file system in $OUT/rootfs with mmdebstrap (root mode; arm64 maintainer scripts run
# through qemu-user via binfmt_misc). Argument: the kernel release (from common.sh's kernel_release).
# Needs the staged app ($OUT/app) and kernel extras ($OUT/kernel-extras). Downloaded .debs are kept in
# $CACHE/debs, so a rebuild downloads nothing.
source "$(dirname "$0")/common.sh"

KREL=$1
ROOTFS=$OUT/rootfs
DEBS=$CACHE/debs
[[ -d $OUT/app/dist && -d $OUT/kernel-extras/overlays ]] || die "stage the app and the kernel extras first"
enable_binfmt

mapfile -t packages < <(sed -e 's/#.*//' -e '/^[[:space:]]*$/d' "$IMAGE_DIR/packages.txt")
packages+=("linux-image-$KREL")
include=$(IFS=,; echo "${packages[*]}")

rm -rf "$ROOTFS" && mkdir -p "$DEBS"
log "rootfs: ${#packages[@]} packages (+ dependencies) with mmdebstrap"
mmdebstrap --mode=root --arch=arm64 --variant=essential --components=main,non-free-firmware \
  --include="$include" \
  --dpkgopt='path-exclude=/usr/share/man/*' --dpkgopt='path-exclude=/usr/share/info/*' \
  --dpkgopt='path-exclude=/usr/share/locale/*' --dpkgopt='path-include=/usr/share/locale/locale.alias' \
  --dpkgopt='path-exclude=/usr/share/doc/*' --dpkgopt='path-include=/usr/share/doc/*/copyright' \
  --skip=essential/unlink \
  --setup-hook='mkdir -p "$1"/var/cache/apt/archives/' \
  --setup-hook="sync-in $DEBS /var/cache/apt/archives/" \
  --essential-hook='mkdir -p "$1"/etc/initramfs-tools/hooks "$1"/etc/initramfs-tools/conf.d' \
  --essential-hook="copy-in $IMAGE_DIR/rootfs/etc/initramfs-tools/conf.d/spotlet.conf /etc/initramfs-tools/conf.d" \
  --essential-hook="copy-in $IMAGE_DIR/rootfs/etc/initramfs-tools/hooks/spotlet-modules /etc/initramfs-tools/hooks" \
  --customize-hook="sync-out /var/cache/apt/archives $DEBS" \
  --customize-hook="\"$REPO/scripts/image/customize-rootfs.sh\" \"\$1\" $KREL" \
  "$SUITE" "$ROOTFS" \
  "deb $MIRROR $SUITE main non-free-firmware" \
  "deb $MIRROR $SUITE-updates main non-free-firmware" \
  "deb $SECURITY_MIRROR $SUITE-security main non-free-firmware" \
  "deb $MIRROR $SUITE-backports main non-free-firmware"
rm -f "$DEBS"/lock
log "rootfs built: $(du -sh "$ROOTFS" | cut -f1)"
