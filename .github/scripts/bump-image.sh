#!/usr/bin/env bash
# Pins the image of one environment: sets image.tag and image.digest in charts/consumesafe/values-ENVIRONMENT.yaml.
# Usage: bump-image.sh ENVIRONMENT TAG DIGEST   (ENVIRONMENT: staging | production, DIGEST: sha256:<64 lowercase hex>)
# Edits those two lines only (comments, order and other values stay byte-identical); a second run changes nothing.
# Refuses bad input with a message on stderr, a non-zero exit code and no change. Needs only bash, sed, awk.
set -euo pipefail

fail() {
    echo "bump-image: $*" >&2
    exit "${2:-2}"
}

[[ $# -eq 3 ]] || fail "usage: bump-image.sh ENVIRONMENT TAG DIGEST (ENVIRONMENT is staging or production)"
environment=$1
tag=$2
digest=$3

case "$environment" in
    staging | production) ;;
    *) fail "unknown environment '$environment': expected staging or production" ;;
esac
# the OCI tag grammar; it also keeps sed's replacement free of special characters
[[ $tag =~ ^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$ ]] \
    || fail "malformed tag '$tag': expected [A-Za-z0-9_][A-Za-z0-9_.-]{0,127}"
[[ $digest =~ ^sha256:[a-f0-9]{64}$ ]] \
    || fail "malformed digest '$digest': expected sha256: followed by 64 lowercase hex digits"

# the repository root from this script's own location, so any working directory works
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
values="$root/charts/consumesafe/values-$environment.yaml"
[[ -f $values ]] || fail "no values file $values"

# the lines of the top-level image: block (up to the next top-level key)
image_block() {
    awk '/^image:[[:space:]]*(#.*)?$/ { inside = 1; next }
         inside && /^[^[:space:]#]/ { inside = 0 }
         inside' "$1"
}
count_key() {
    image_block "$1" | grep -cE "^[[:space:]]+$2:" || true
}
[[ $(count_key "$values" tag) -eq 1 && $(count_key "$values" digest) -eq 1 ]] \
    || fail "$values needs exactly one image.tag and one image.digest line (image:\\n  tag: \"...\"\\n  digest: \"...\")"

work=$(mktemp)
trap 'rm -f "$work"' EXIT
# inside the image: block only, replace the value and keep the indentation and any trailing comment
sed -E \
    -e '/^image:[[:space:]]*(#.*)?$/,/^[^[:space:]#]/ {' \
    -e "  s/^([[:space:]]+tag:)[[:space:]]*(\"[^\"]*\"|'[^']*'|[^[:space:]#]*)(.*)\$/\\1 \"$tag\"\\3/" \
    -e "  s/^([[:space:]]+digest:)[[:space:]]*(\"[^\"]*\"|'[^']*'|[^[:space:]#]*)(.*)\$/\\1 \"$digest\"\\3/" \
    -e '}' \
    "$values" >"$work"

# a last check before writing: the block now holds exactly the requested values
# (into a variable first: grep -q may stop reading early, which pipefail would report as a failure)
block=$(image_block "$work")
if ! grep -qE "^[[:space:]]+tag: \"$tag\"([[:space:]]|\$)" <<<"$block" \
    || ! grep -qE "^[[:space:]]+digest: \"$digest\"([[:space:]]|\$)" <<<"$block"; then
    fail "could not set image.tag and image.digest in $values; nothing changed" 1
fi

if cmp -s "$work" "$values"; then
    echo "bump-image: $environment already pins $tag@$digest; nothing to change"
else
    # cat keeps the file's inode and mode
    cat "$work" >"$values"
    echo "bump-image: $environment now pins $tag@$digest"
fi
