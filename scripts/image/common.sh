# Shared by the image scripts (sourced): paths, the Debian suites, and an apt of our own for downloading
# packages of another architecture without touching the host's apt configuration.
set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
IMAGE_DIR=$REPO/image
CACHE=${SPOTLET_IMAGE_CACHE:-$IMAGE_DIR/cache}
OUT=${SPOTLET_IMAGE_OUT:-$IMAGE_DIR/out}
MIRROR=${SPOTLET_DEBIAN_MIRROR:-http://deb.debian.org/debian}
SECURITY_MIRROR=${SPOTLET_DEBIAN_SECURITY_MIRROR:-http://deb.debian.org/debian-security}
SUITE=bookworm
VERSION=$(node -p "require('$REPO/package.json').version")
IMAGE_NAME=spotlet-$VERSION-arm64

log() { printf '[image %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "error: $*"; exit 1; }

# apt_for ARCH: an apt configuration under $CACHE/apt-ARCH that sees bookworm and bookworm-backports
# (main, non-free-firmware) for ARCH only. Prints the APT_CONFIG path; the lists are renewed hourly.
apt_for() {
  local arch=$1 dir=$CACHE/apt-$1
  mkdir -p "$dir"/{lists/partial,archives/partial,etc/preferences.d,dl}
  touch "$dir/status"
  cat > "$dir/etc/sources.list" <<EOF
deb [arch=$arch signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] $MIRROR $SUITE main non-free-firmware
deb [arch=$arch signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] $MIRROR $SUITE-backports main non-free-firmware
EOF
  cat > "$dir/apt.conf" <<EOF
APT::Architecture "$arch"; APT::Architectures { "$arch"; };
Dir::State "$dir"; Dir::State::Lists "$dir/lists"; Dir::State::status "$dir/status";
Dir::Cache "$dir"; Dir::Cache::archives "$dir/archives";
Dir::Etc::sourcelist "$dir/etc/sources.list"; Dir::Etc::sourceparts "-";
Dir::Etc::preferencesparts "$dir/etc/preferences.d";
APT::Sandbox::User "root";
EOF
  if [[ -z $(find "$dir/updated" -mmin -60 2>/dev/null) ]]; then
    APT_CONFIG=$dir/apt.conf apt-get update -qq
    touch "$dir/updated"
  fi
  echo "$dir/apt.conf"
}

# fetch_debs ARCH DEST PKG...: downloads the named packages (apt syntax, e.g. pkg/bookworm-backports) into
# $CACHE/apt-ARCH/dl (kept between runs) and unpacks them into DEST.
fetch_debs() {
  local arch=$1 dest=$2; shift 2
  local conf; conf=$(apt_for "$arch")
  local dl=$CACHE/apt-$arch/dl
  (cd "$dl" && APT_CONFIG=$conf apt-get download -qq "$@")
  mkdir -p "$dest"
  local p name
  for p in "$@"; do
    name=${p%%[/=]*}
    local deb
    deb=$(ls -t "$dl/${name}_"*.deb | head -1)
    dpkg-deb -x "$deb" "$dest"
  done
}

# The kernel: bookworm-backports' arm64 kernel (6.12), whose Raspberry Pi device trees take overlays and
# which has the PCM5102A codec. Prints the kernel release, e.g. 6.12.95+deb12-arm64.
kernel_release() {
  local conf; conf=$(apt_for arm64)
  APT_CONFIG=$conf apt-cache depends "linux-image-arm64/$SUITE-backports" 2>/dev/null |
    sed -n 's/^ *Depends: linux-image-\([0-9].*-arm64\)$/\1/p' | head -1
}

# binfmt_misc: arm64 programs (maintainer scripts in the rootfs) run through qemu-user. Not persistent across
# reboots and not done by the package without systemd, hence every run.
enable_binfmt() {
  mountpoint -q /proc/sys/fs/binfmt_misc || mount -t binfmt_misc binfmt_misc /proc/sys/fs/binfmt_misc
  update-binfmts --enable qemu-aarch64 >/dev/null 2>&1 || true
  grep -q '^enabled' /proc/sys/fs/binfmt_misc/qemu-aarch64 || die "qemu-aarch64 binfmt is not enabled"
}
