#!/usr/bin/env bash
# Installs everything spotlet needs on a Debian bookworm machine, then builds it.
#   scripts/setup.sh          packages to run the speaker
#   scripts/setup.sh --test   plus the tools the test suite uses (oggenc, sox, python3-zeroconf, chromium, ...)
#   scripts/setup.sh --image  plus the tools that build and boot-test the SD image (mmdebstrap, qemu, ...)
# Idempotent: a second run installs nothing new.
set -euo pipefail
cd "$(dirname "$0")/.."

run_pkgs=(libasound2-dev alsa-utils build-essential python3)
# chromium: the web page's tests drive Debian's browser (headless) with playwright-core, which downloads none.
test_pkgs=(vorbis-tools sox libsox-fmt-all espeak-ng pv python3-zeroconf iproute2 avahi-utils procps faketime
  snapserver snapclient openssl util-linux chromium)
image_pkgs=(mmdebstrap qemu-user-static binfmt-support arch-test dosfstools mtools fdisk e2fsprogs xz-utils zstd
  device-tree-compiler g++-aarch64-linux-gnu
  qemu-system-arm qemu-utils openssh-client socat curl file debian-archive-keyring ca-certificates openssl)

want=("${run_pkgs[@]}")
# Node.js and npm: Debian's (Node 18, the one the image runs) unless they are already on PATH (e.g. CI's Node 20).
command -v node >/dev/null || want+=(nodejs)
command -v npm >/dev/null || want+=(npm)
case "${1:-}" in
  --test) want+=("${test_pkgs[@]}") ;;
  --image) want+=("${image_pkgs[@]}") ;;
esac

missing=()
for p in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  sudo_cmd=(); [[ $(id -u) -eq 0 ]] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

node -e 'const [major, minor] = process.versions.node.split(".").map(Number);
  process.exit(major > 18 || (major === 18 && minor >= 19) ? 0 : 1)' ||
  { echo "spotlet needs Node.js 18.19 or newer; $(command -v node) is $(node --version)" >&2; exit 1; }

if [[ ! -d node_modules ]] || [[ package-lock.json -nt node_modules/.package-lock.json ]]; then
  # Scripts run only after our reviewed patches are applied (scripts/patches: speaker on Linux arm64).
  npm ci --no-fund --no-audit --ignore-scripts
  node scripts/apply-patches.mjs
  npm rebuild --no-fund --no-audit
fi
npm run build
