#!/usr/bin/env bash
# mmdebstrap customize hook: turns the Debian tree ($1) into the spotlet system. Argument 2: kernel release.
source "$(dirname "$0")/common.sh"

R=$1
KREL=$2
in_root() { chroot "$R" "$@"; }

log "customize: our files, the app, the kernel extras"
cp -r --no-preserve=ownership "$IMAGE_DIR/rootfs/." "$R/"
chmod 755 "$R/etc/initramfs-tools/hooks/spotlet-modules"
mkdir -p "$R/opt" && cp -r --no-preserve=ownership "$OUT/app" "$R/opt/spotlet"
cp "$REPO/README.md" "$R/opt/spotlet/"
[[ -e $OUT/update-key.pem ]] && cp "$OUT/update-key.pem" "$R/opt/spotlet/update-key.pem"
chmod 755 "$R/usr/local/bin/spotlet"
cp -r --no-preserve=ownership "$OUT/kernel-extras/lib/modules/$KREL/updates" "$R/usr/lib/modules/$KREL/"

log "customize: users (spotlet runs unprivileged; root has no password)"
in_root groupadd --system gpio
in_root useradd --system --user-group --groups audio,gpio --home-dir /nonexistent --no-create-home \
  --shell /usr/sbin/nologin --comment "spotlet speaker" spotlet
in_root passwd --lock root >/dev/null

log "customize: boot files (config.txt, cmdline.txt, device trees, overlays)"
# Appended after the package's install (it is a conffile); then the kernel hook regenerates /boot/firmware.
cat >> "$R/etc/default/raspi-firmware" <<'EOF'
# spotlet: one image for Pi 3/4/Zero 2 W (no CMA reservation), root by label, serial console on the header
CMA=0
ROOTPART=LABEL=RASPIROOT
CONSOLES="ttyS1,115200"
EOF
cat > "$R/etc/default/raspi-firmware-custom" <<'EOF'
# spotlet
disable_splash=1
EOF
DEB_MAINT_PARAMS=configure in_root /etc/kernel/postinst.d/z50-raspi-firmware "$KREL"
mkdir -p "$R/boot/firmware/overlays"
cp "$OUT"/kernel-extras/overlays/*.dtbo "$R/boot/firmware/overlays/"
# The system is mounted read-only; quiet boots faster on a serial console.
sed -i -e 's/ rw / ro /' -e 's/$/ quiet/' "$R/boot/firmware/cmdline.txt"
grep -q ' ro ' "$R/boot/firmware/cmdline.txt" || die "cmdline.txt: could not make the root read-only"
cp "$IMAGE_DIR"/boot/* "$R/boot/firmware/"

# Every overlay must apply to every supported board's device tree, as the firmware will do it at boot.
for dtb in bcm2837-rpi-3-b bcm2837-rpi-3-b-plus bcm2711-rpi-4-b bcm2837-rpi-zero-2-w; do
  [[ -e $R/boot/firmware/$dtb.dtb ]] || die "$dtb.dtb is missing from the boot files"
  for ov in "$R"/boot/firmware/overlays/*.dtbo; do
    fdtoverlay -i "$R/boot/firmware/$dtb.dtb" -o /dev/null "$ov" || die "$(basename "$ov") does not apply to $dtb"
  done
done

# Zero 2 W boards with the CYW43436 Wi-Fi module need brcmfmac43436 firmware, which no Debian package carries
# (bookworm, backports and sid checked): say so in the build log rather than ship a speaker that seems broken.
ls "$R"/usr/lib/firmware/brcm/brcmfmac43436* >/dev/null 2>&1 ||
  log "note: no brcmfmac43436 firmware in Debian: Zero 2 W boards with the CYW43436 module get no Wi-Fi (Ethernet/USB work)"

log "customize: services"
in_root systemctl enable --quiet systemd-networkd systemd-resolved systemd-timesyncd \
  spotlet-firstboot.service spotlet.service ssh.service
# Wi-Fi starts when a wlan0 appears, so a board without one (or a VM) does not wait for it at boot.
mkdir -p "$R/etc/systemd/system/sys-subsystem-net-devices-wlan0.device.wants"
ln -s /lib/systemd/system/wpa_supplicant@.service \
  "$R/etc/systemd/system/sys-subsystem-net-devices-wlan0.device.wants/wpa_supplicant@wlan0.service"
# Not needed by a speaker (and nobody can log in on a console: root is locked, SSH is key-only).
in_root systemctl mask --quiet getty@.service serial-getty@.service e2scrub_reap.service \
  e2scrub_all.timer fstrim.timer dpkg-db-backup.timer systemd-networkd-wait-online.service \
  alsa-restore.service alsa-state.service
in_root systemctl disable --quiet wpa_supplicant.service 2>/dev/null || true
ln -sf ../run/systemd/resolve/stub-resolv.conf "$R/etc/resolv.conf"
echo spotlet > "$R/etc/hostname"

log "customize: nothing machine-specific, nothing unneeded"
# Every speaker makes its own machine id (transient: the root is read-only) and SSH host key.
: > "$R/etc/machine-id"
rm -f "$R/var/lib/dbus/machine-id" "$R"/etc/ssh/ssh_host_*
# Kernel, initrd, device trees and firmware blobs are on the boot partition; /var is RAM at run time.
rm -f "$R"/boot/vmlinuz-* "$R"/boot/initrd.img-* "$R"/boot/System.map-* "$R"/boot/config-*
rm -rf "$R/usr/lib/linux-image-$KREL" "$R/usr/lib/raspi-firmware"
rm -rf "$R"/var/cache/apt/archives/*.deb "$R"/var/lib/apt/lists/* "$R"/var/log/* "$R"/var/cache/debconf/*-old
# Kernel modules no Raspberry Pi speaker can use (the generic arm64 kernel serves every arm64 machine).
M=$R/usr/lib/modules/$KREL/kernel
rm -rf "$M"/drivers/{gpu,media,infiniband,scsi,ata,nvme,md,target,iio,staging,crypto/ccp,net/ethernet/{mellanox,intel,chelsio,qlogic,marvell,cavium,huawei,hisilicon,freescale,amd,aquantia,netronome,pensando,sfc,broadcom/bnxt}}
rm -rf "$M"/fs/{btrfs,xfs,ocfs2,gfs2,nfs,nfsd,ceph,smb,f2fs,jfs,nilfs2,bcachefs,ubifs,orangefs}
rm -rf "$M"/sound/{pci,usb/6fire,usb/caiaq,usb/hiface,isa} "$M"/net/{ceph,sunrpc,openvswitch,mpls,rds,tipc,sctp}
depmod -b "$R" "$KREL"
# Our codec modules resolve (depmod read them) and the image's initramfs finds the root by label.
grep -q 'updates/snd-soc-pcm512x-i2c.ko' "$R/usr/lib/modules/$KREL/modules.dep" || die "pcm512x module not in modules.dep"
