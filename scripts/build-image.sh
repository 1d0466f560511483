#!/usr/bin/env bash
# The one command that builds the flashable SD-card image: image/out/spotlet-<version>-arm64.img and .img.xz.
# Runs on a Debian (bookworm) x86-64 machine as root, needs only the Debian and npm registries, no loop devices
# and no Docker. Downloads are cached in image/cache, so a rebuild is mostly offline.
#   sudo SPOTLET_UPDATE_PUBLIC_KEY=release.pub.pem scripts/build-image.sh
set -euo pipefail
cd "$(dirname "$0")/.."
[[ $(id -u) -eq 0 ]] || { echo "build-image: run as root (mmdebstrap writes a root file system)" >&2; exit 1; }
started=$(date +%s)
scripts/setup.sh --image
source scripts/image/common.sh
enable_binfmt
KREL=$(kernel_release)
[[ -n $KREL ]] || die "could not find bookworm-backports' arm64 kernel"
log "kernel $KREL"
mkdir -p "$OUT" && echo "$KREL" > "$OUT/kernel-release"
scripts/image/stage-app.sh
# The public half of the release signing key goes into the image: it accepts only bundles signed with the private
# half (README "Updates"). The private key is never given to this build, nor kept in the repository.
rm -f "$OUT/update-key.pem"
if [[ -n ${SPOTLET_UPDATE_PUBLIC_KEY:-} ]]; then
  node -e 'const k = require("crypto").createPublicKey(require("fs").readFileSync(process.argv[1]));
    if (k.asymmetricKeyType !== "ed25519") throw new Error("not an Ed25519 public key")' "$SPOTLET_UPDATE_PUBLIC_KEY" ||
    die "SPOTLET_UPDATE_PUBLIC_KEY=$SPOTLET_UPDATE_PUBLIC_KEY is not an Ed25519 public key (PEM)"
  cp "$SPOTLET_UPDATE_PUBLIC_KEY" "$OUT/update-key.pem"
else
  log "note: SPOTLET_UPDATE_PUBLIC_KEY is not set: this image will refuse every update bundle"
fi
scripts/image/build-kernel-extras.sh "$KREL"
scripts/image/build-rootfs.sh "$KREL"
scripts/image/assemble.sh
log "built in $(( $(date +%s) - started )) s"
