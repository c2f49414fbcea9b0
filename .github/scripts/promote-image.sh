#!/usr/bin/env bash
# Gives an image that passed the gates its human names, by digest: the version tag (never moved once it names
# an image) and the branch tag (moves with each release of that branch). Nothing is rebuilt or re-pushed.
# Usage: promote-image.sh IMAGE DIGEST VERSION [BRANCH]   (IMAGE without tag, DIGEST sha256:<64 hex>)
# Needs crane, logged in to the registry (imjasonh/setup-crane does both on GitHub).
set -euo pipefail

fail() {
    echo "promote-image: $*" >&2
    exit 1
}
[[ $# -eq 3 || $# -eq 4 ]] || fail "usage: promote-image.sh IMAGE DIGEST VERSION [BRANCH]"
image=$1 digest=$2 version=$3 branch=${4:-}
[[ $digest =~ ^sha256:[a-f0-9]{64}$ ]] || fail "malformed digest '$digest'"
for tag in "$version" $branch; do
    [[ $tag =~ ^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$ ]] || fail "malformed tag '$tag'"
done

# the digest of a tag, empty when the tag does not exist; any other failure stops here
tagged() {
    local out rc=0
    out=$(crane digest "$image:$1" 2>&1) || rc=$?
    if [[ $rc -eq 0 ]]; then
        echo "$out"
    elif ! grep -qE 'MANIFEST_UNKNOWN|NAME_UNKNOWN|404|not found' <<<"$out"; then
        fail "cannot read $image:$1: $out"
    fi
}

crane digest "$image@$digest" >/dev/null || fail "$image@$digest is not in the registry"
existing=$(tagged "$version")
if [[ -n $existing && $existing != "$digest" ]]; then
    fail "$image:$version already names $existing; a version tag is never moved (build another version)"
fi
for tag in "$version" $branch; do
    crane tag "$image@$digest" "$tag"
    echo "promote-image: $image:$tag -> $digest"
done
