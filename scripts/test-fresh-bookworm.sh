#!/usr/bin/env bash
# Proves the README's test command on a truly fresh Debian bookworm, with Debian's own Node 18 (the image's).
# Builds a minimal bookworm root with mmdebstrap (the Essential packages and apt, as in Debian's container images,
# plus git), clones this repository's HEAD into it with nothing beside the clone, and runs there, as root:
#   scripts/setup.sh --test && npm test
# npm test runs in a network namespace of its own with only loopback: the tests need nothing else, and their
# namespaces and veth pairs then never meet the host's.
# Opt-in, not part of npm test: needs root, mmdebstrap (scripts/setup.sh --image) and Debian's archive and the npm
# registry; about 10-20 minutes.
#   scripts/test-fresh-bookworm.sh [--keep]     --keep leaves the root file system for a look afterwards
source "$(dirname "$0")/image/common.sh" # MIRROR, SECURITY_MIRROR, SUITE: the image's Debian
cd "$REPO"

[[ $(id -u) -eq 0 ]] || die "run as root: it builds a root file system and chroots into it"
command -v mmdebstrap >/dev/null || die "mmdebstrap is missing: scripts/setup.sh --image installs it"
keep=false
[[ "${1:-}" == --keep ]] && keep=true

work=$(mktemp -d /var/tmp/spotlet-fresh.XXXXXX)
root=$work/root
cleanup() {
  if $keep; then echo "root file system kept in $root" >&2; else rm -rf --one-file-system "$work"; fi
}
trap cleanup EXIT

# policy-rc.d: packages installed in the chroot must not start daemons in the host's network namespace.
mmdebstrap --variant=minbase --include=git \
  --customize-hook='printf "#!/bin/sh\nexit 101\n" > "$1/usr/sbin/policy-rc.d" && chmod 755 "$1/usr/sbin/policy-rc.d"' \
  "$SUITE" "$root" \
  "deb $MIRROR $SUITE main" "deb $MIRROR $SUITE-updates main" "deb $SECURITY_MIRROR $SUITE-security main"
git bundle create "$root/tmp/spotlet.bundle" HEAD
cp -L /etc/resolv.conf "$root/etc/resolv.conf"
# This machine's local CAs (e.g. of a TLS-inspecting proxy on the way to the npm registry): trusted inside as well,
# as its admin would install them on any new machine. Debian's ca-certificates adds them when setup.sh installs it.
mkdir -p "$root/usr/local/share/ca-certificates"
cp /usr/local/share/ca-certificates/*.crt "$root/usr/local/share/ca-certificates/" 2>/dev/null || true
cat >"$root/tmp/fresh-run.sh" <<'RUN'
set -euo pipefail
git clone -q /tmp/spotlet.bundle /root/spotlet
rm /tmp/spotlet.bundle /tmp/fresh-run.sh
cd /root/spotlet
echo "fresh bookworm $(cat /etc/debian_version), $(dpkg-query -W | wc -l) packages, node: $(command -v node || echo no)"
scripts/setup.sh --test
echo "setup done: node $(node --version), npm $(npm --version), $(dpkg-query -W | wc -l) packages"
unshare --net -- sh -c 'ip link set lo up && exec npm test'
RUN

# Own mount and PID namespaces: every mount and every process goes away with this command.
unshare --mount --pid --fork --propagation private bash -euc '
  root=$1
  mount --bind "$root" "$root"   # / must be a mount point inside: `ip netns exec` remounts it (--make-rslave)
  mount -t proc proc "$root/proc"
  mount --rbind /sys "$root/sys"
  mount --rbind /dev "$root/dev"
  mount -t tmpfs tmpfs "$root/run"
  exec chroot "$root" /usr/bin/env -i HOME=/root LANG=C.UTF-8 TERM=dumb \
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin bash /tmp/fresh-run.sh
' _ "$root"
