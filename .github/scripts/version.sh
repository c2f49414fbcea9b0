#!/usr/bin/env bash
# The version of a build, from Git alone, so that one commit always gets the same answer.
# Usage: version.sh REF_TYPE REF_NAME SHA   (GitHub's github.ref_type, github.ref_name, github.sha)
#   a tag vX.Y.Z whose commit is on main      -> version X.Y.Z,                  build tag sha-<short>-vX.Y.Z
#   any branch                                -> version <next>-<short sha>,     build tag sha-<short>
#   <next>: the pom's version without -SNAPSHOT, or the patch after the highest vX.Y.Z tag the commit contains
#   when that tag is not older than the pom's version.
# Prints version=, build_tag= and release= (true for a tag) lines, for $GITHUB_OUTPUT. Needs the full history
# with tags (actions/checkout with fetch-depth: 0) and, for a tag, the main branch as origin/main.
set -euo pipefail

fail() {
    echo "version: $*" >&2
    exit 1
}

[[ $# -eq 3 ]] || fail "usage: version.sh REF_TYPE REF_NAME SHA"
ref_type=$1
ref_name=$2
sha=$3
semver='(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)'

[[ $sha =~ ^[0-9a-f]{40}$ ]] || fail "'$sha' is not a full commit id"
[[ $(git rev-parse --is-shallow-repository) == false ]] \
    || fail "the clone is shallow: the version needs the whole history and the tags (fetch-depth: 0)"
git cat-file -e "$sha^{commit}" 2>/dev/null || fail "commit $sha is not in this clone"
short=${sha:0:7}

case $ref_type in
    tag)
        [[ $ref_name =~ ^v$semver$ ]] || fail "tag '$ref_name' is not a release tag vX.Y.Z: nothing to release"
        git rev-parse --verify --quiet origin/main >/dev/null \
            || fail "origin/main is not in this clone: cannot check that $ref_name is on main"
        git merge-base --is-ancestor "$sha" origin/main \
            || fail "tag $ref_name points at $short, which is not on main: only main is released as a version"
        version=${ref_name#v}
        echo "version=$version"
        echo "build_tag=sha-$short-v$version"
        echo "release=true"
        ;;
    branch)
        root=$(git rev-parse --show-toplevel)
        # the project's own <version>: the first one after the parent block
        pom_version=$(awk '/<\/parent>/ { after = 1; next }
            after && match($0, /<version>[^<]+<\/version>/) { print substr($0, RSTART + 9, RLENGTH - 19); exit }' \
            "$root/pom.xml")
        [[ $pom_version =~ ^($semver)(-SNAPSHOT)?$ ]] || fail "pom.xml version '$pom_version' is not X.Y.Z[-SNAPSHOT]"
        next=${BASH_REMATCH[1]}
        last=$(git tag --merged "$sha" --list 'v*' | grep -E "^v$semver$" | sed 's/^v//' | sort -V | tail -n 1 || true)
        if [[ -n $last ]] && [[ $(printf '%s\n%s\n' "$last" "$next" | sort -V | tail -n 1) == "$last" ]]; then
            IFS=. read -r major minor patch <<<"$last"
            next="$major.$minor.$((patch + 1))"
        fi
        echo "version=$next-$short"
        echo "build_tag=sha-$short"
        echo "release=false"
        ;;
    *) fail "unknown ref type '$ref_type': expected branch or tag" ;;
esac
