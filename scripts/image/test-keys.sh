#!/usr/bin/env bash
# The image test's own throwaway release key pair (image/out/test-keys, never the release key): the test image
# trusts its public half, and the test signs its update bundles with the private half.
set -euo pipefail
cd "$(dirname "$0")/../.."
[[ -e image/out/test-keys/spotlet-release.pem ]] || node scripts/bundle.mjs keygen image/out/test-keys >/dev/null
