#!/usr/bin/env bash
# Assembles $OUT/spotlet-<version>-arm64.img (and .img.xz) from $OUT/rootfs without loop devices or mounts:
# each file system is made as a file (mkfs.vfat + mtools, mkfs.ext4 -d), then placed into an MBR disk image.
#   p1  RASPIFIRM    FAT32  firmware, kernel, initrd, config.txt, cmdline.txt + the user's spotlet.conf/wifi.conf
#   p2  RASPIROOT    ext4   the system, mounted read-only
#   p3  SPOTLETDATA  ext4   the speaker's state and the network configuration (writable, journaled)
source "$(dirname "$0")/common.sh"

ROOTFS=$OUT/rootfs
WORK=$OUT/parts
IMG=$OUT/$IMAGE_NAME.img
BOOT_MB=128
# The speaker's state plus up to three app slots (two kept, one being installed) of ~25 MB each.
DATA_MB=256
[[ -d $ROOTFS/opt/spotlet ]] || die "build the rootfs first"

rm -rf "$WORK" && mkdir -p "$WORK"
log "boot partition (FAT32, RASPIFIRM)"
truncate -s ${BOOT_MB}M "$WORK/boot.vfat"
mkfs.vfat -F 32 -n RASPIFIRM "$WORK/boot.vfat" >/dev/null
mcopy -i "$WORK/boot.vfat" -s "$ROOTFS"/boot/firmware/* ::

log "root partition (ext4, RASPIROOT, read-only at run time)"
# The boot files live on p1; the root keeps an empty mount point.
mv "$ROOTFS/boot/firmware" "$WORK/firmware" && mkdir "$ROOTFS/boot/firmware"
trap 'rmdir "$ROOTFS/boot/firmware" && mv "$WORK/firmware" "$ROOTFS/boot/firmware"' EXIT
used_mb=$(du -sm --apparent-size "$ROOTFS" | cut -f1)
ROOT_MB=$(( used_mb * 115 / 100 + 64 ))
# No reserved blocks: nobody writes to it.
mkfs.ext4 -q -L RASPIROOT -m 0 -E root_owner=0:0 -d "$ROOTFS" "$WORK/root.ext4" ${ROOT_MB}M

log "data partition (ext4, SPOTLETDATA)"
mkdir -p "$WORK/data/system"
mkfs.ext4 -q -L SPOTLETDATA -m 0 -E root_owner=0:0 -d "$WORK/data" "$WORK/data.ext4" ${DATA_MB}M

log "disk image (MBR: the Pi's boot ROM reads FAT on MBR)"
rm -f "$IMG" "$IMG.xz"
start_boot=8192                                     # 4 MiB, aligned for SD erase blocks
start_root=$(( start_boot + BOOT_MB * 2048 ))
start_data=$(( start_root + ROOT_MB * 2048 ))
total_mb=$(( 4 + BOOT_MB + ROOT_MB + DATA_MB ))
truncate -s ${total_mb}M "$IMG"
sfdisk -q "$IMG" <<EOF
label: dos
unit: sectors
start=$start_boot, size=$(( BOOT_MB * 2048 )), type=c, bootable
start=$start_root, size=$(( ROOT_MB * 2048 )), type=83
start=$start_data, size=$(( DATA_MB * 2048 )), type=83
EOF
dd if="$WORK/boot.vfat" of="$IMG" bs=1M seek=4 conv=notrunc,sparse status=none
dd if="$WORK/root.ext4" of="$IMG" bs=1M seek=$(( 4 + BOOT_MB )) conv=notrunc,sparse status=none
dd if="$WORK/data.ext4" of="$IMG" bs=1M seek=$(( 4 + BOOT_MB + ROOT_MB )) conv=notrunc,sparse status=none
rm -f "$WORK"/*.vfat "$WORK"/*.ext4

log "image: $IMG ($(du -h --apparent-size "$IMG" | cut -f1))"
# SPOTLET_IMAGE_XZ=0 skips the compressed copy (about a minute) when only the .img is wanted.
if [[ ${SPOTLET_IMAGE_XZ:-1} != 0 ]]; then
  xz -T0 -6 -k "$IMG"
  log "compressed: $IMG.xz ($(du -h "$IMG.xz" | cut -f1))"
fi
