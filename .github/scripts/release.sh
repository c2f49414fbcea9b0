#!/usr/bin/env bash
# GitOps release: pins an image in the environment branch env/ENVIRONMENT (file image.yaml, a Helm values file
# that Argo CD layers over the chart of the protected branch), waits for Argo CD, and reverts the pin when the
# release fails there. Never writes main or develop, never retries a refused push, never force-pushes.
# Usage: release.sh ENVIRONMENT IMAGE TAG DIGEST BUILT_FROM
#   ENVIRONMENT staging | production; IMAGE repository without tag (ghcr.io/owner/consumesafe-api); TAG the
#   version tag; DIGEST sha256:<64 hex>; BUILT_FROM the full commit id the image was built from.
# Run in a clone of the repository whose history contains BUILT_FROM (actions/checkout with fetch-depth: 0).
# Env: ARGOCD_SERVER, ARGOCD_AUTH_TOKEN, ARGOCD_CACERT (see await-argocd.sh; without server and token the
#      release does not wait and cannot roll back), RELEASE_REMOTE (origin), RELEASE_WAIT_SECONDS (600),
#      RELEASE_POLL_SECONDS (10), GITHUB_OUTPUT (receives revision= and outcome=).
# Exit: 0 released (or nothing to do); 1 refused (push refused, environment branch not in the expected form,
#       failed first release); 2 bad usage; 3 pinned, no verdict from Argo CD in time (no rollback);
#       4 Argo CD configuration error (before the push: nothing pinned; after: the pin stays);
#       5 the release failed in Argo CD (sync Failed/Error or Degraded) and the pin was reverted.
set -euo pipefail

scripts=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
remote=${RELEASE_REMOTE:-origin}
wait_seconds=${RELEASE_WAIT_SECONDS:-600}
poll_seconds=${RELEASE_POLL_SECONDS:-10}
bot_name="github-actions[bot]"
bot_email="41898282+github-actions[bot]@users.noreply.github.com"

# ::error:: and ::notice:: become annotations on GitHub; elsewhere they are plain lines
say() {
    local level=$1
    shift
    if [[ ${GITHUB_ACTIONS:-} == true ]]; then echo "::$level::$*"; else echo "release: $level: $*"; fi
}
output() {
    [[ -z ${GITHUB_OUTPUT:-} ]] || echo "$1" >>"$GITHUB_OUTPUT"
}
finish() {
    output "outcome=$2"
    exit "$1"
}

[[ $# -eq 5 ]] || { echo "usage: release.sh ENVIRONMENT IMAGE TAG DIGEST BUILT_FROM" >&2; exit 2; }
environment=$1 image=$2 tag=$3 digest=$4 built_from=$5
case $environment in
    staging | production) ;;
    *) say error "unknown environment '$environment': expected staging or production"; exit 2 ;;
esac
[[ $image =~ ^[a-z0-9.-]+(:[0-9]+)?(/[a-z0-9._-]+)+$ ]] || { say error "malformed image repository '$image'"; exit 2; }
[[ $tag =~ ^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$ ]] || { say error "malformed tag '$tag'"; exit 2; }
[[ $digest =~ ^sha256:[a-f0-9]{64}$ ]] || { say error "malformed digest '$digest': expected sha256:<64 hex>"; exit 2; }
[[ $built_from =~ ^[0-9a-f]{40}$ ]] || { say error "BUILT_FROM '$built_from' is not a full commit id"; exit 2; }
branch=env/$environment
application=consumesafe-$environment
argocd=false
[[ -z ${ARGOCD_SERVER:-} || -z ${ARGOCD_AUTH_TOKEN:-} ]] || argocd=true

# the whole pin file: what Argo CD reads, and the only form this script accepts on the branch
pin_file() { # IMAGE TAG DIGEST BUILT_FROM
    cat <<EOF
# The image $environment runs. Written by the release job (.github/scripts/release.sh); Argo CD layers it
# over charts/consumesafe. Roll back by reverting the last commit of this branch. Built from $4.
image:
  repository: "$1"
  tag: "$2"
  digest: "$3"
EOF
}
field() { sed -n "s/^  $1: \"\\([^\"]*\\)\"\$/\\1/p" <<<"$2"; }

# --- 1. the branch as it is now ---
tip=""
if git ls-remote --exit-code --heads "$remote" "$branch" >/dev/null; then
    git fetch --quiet "$remote" "+refs/heads/$branch:refs/remotes/$remote/$branch"
    tip=$(git rev-parse "refs/remotes/$remote/$branch")
fi
current=""
if [[ -n $tip ]]; then
    current=$(git show "$tip:image.yaml" 2>/dev/null || true)
    pinned_from=$(sed -n 's/.* Built from \([0-9a-f]\{40\}\)\.$/\1/p' <<<"$current")
    # anything else in this values file would change the environment without review: refuse it
    if [[ -z $pinned_from ]] || [[ "$(pin_file "$(field repository "$current")" "$(field tag "$current")" \
        "$(field digest "$current")" "$pinned_from")" != "$current" ]] \
        || [[ $(git ls-tree --name-only "$tip") != image.yaml ]]; then
        say error "$branch at ${tip:0:7} is not in the form the release job writes (one image.yaml with image.repository, .tag and .digest only); review that commit and revert it"
        finish 1 refused
    fi
    if [[ $current == "$(pin_file "$image" "$tag" "$digest" "$built_from")" ]]; then
        say notice "$environment already runs $image:$tag@$digest; nothing to release"
        finish 0 unchanged
    fi
    # builds finish out of order: never replace the pin of a newer commit with an older build
    if [[ $pinned_from != "$built_from" ]] && git cat-file -e "$pinned_from^{commit}" 2>/dev/null \
        && git merge-base --is-ancestor "$built_from" "$pinned_from"; then
        say notice "$environment runs a build of ${pinned_from:0:7}, newer than ${built_from:0:7}: nothing to release"
        finish 0 stale
    fi
fi

# --- 2. Argo CD must answer before anything changes ---
if [[ $argocd == true ]]; then
    if ! "$scripts/await-argocd.sh" --check "$application"; then
        say error "Argo CD is not usable from here (see above): nothing was pinned; fix ARGOCD_SERVER / ARGOCD_AUTH_TOKEN and re-run"
        finish 4 argocd-misconfigured
    fi
fi

# --- 3. the pin commit, made without touching the checked-out tree ---
commit_as_bot() { # TREE PARENT SUBJECT BODY
    local parents=()
    [[ -z $2 ]] || parents=(-p "$2")
    GIT_AUTHOR_NAME=$bot_name GIT_AUTHOR_EMAIL=$bot_email GIT_COMMITTER_NAME=$bot_name GIT_COMMITTER_EMAIL=$bot_email \
        git commit-tree "$1" "${parents[@]}" -m "$3" -m "$4"
}
blob=$(pin_file "$image" "$tag" "$digest" "$built_from" | git hash-object -w --stdin)
tree=$(printf '100644 blob %s\timage.yaml\n' "$blob" | git mktree)
revision=$(commit_as_bot "$tree" "$tip" "release($environment): consumesafe $tag (${built_from:0:7})" \
    "Pins $image:$tag@$digest, built from $built_from.")

# One push, no retry: a refusal is a configuration problem or a second writer, and a retry cannot fix either.
push() { # COMMIT WHAT
    local log
    if log=$(git push --porcelain "$remote" "$1:refs/heads/$branch" 2>&1); then
        return 0
    fi
    echo "$log" >&2
    if grep -qE 'GH006|GH013|protected branch|[Rr]epository rule violations' <<<"$log"; then
        say error "GitHub refused the $2 on $branch: the branch is protected against the release job. Keep env/* free of rules that block pushes (allow only the deletion and force-push rules; see docs/release-and-operations.md)"
    elif grep -qE 'fetch first|non-fast-forward|stale info|\[rejected\]' <<<"$log"; then
        say error "$branch moved while this release ran: someone else wrote it. Only the release job (one at a time per environment) should; check its last commits and re-run"
    elif grep -qiE 'permission|403|denied' <<<"$log"; then
        say error "no permission to push $branch: the job needs 'contents: write'"
    else
        say error "the push of the $2 to $branch was refused (see git's message above)"
    fi
    return 1
}
push "$revision" "pin" || finish 1 refused
output "revision=$revision"
say notice "$environment now pins $image:$tag@$digest ($branch at ${revision:0:7})"

# --- 4. wait for Argo CD, roll back on its verdict only ---
if [[ $argocd == false ]]; then
    say notice "ARGOCD_SERVER or ARGOCD_AUTH_TOKEN is not set: not waiting for the rollout, no automatic rollback"
    finish 0 pinned
fi
verdict=0
"$scripts/await-argocd.sh" "$application" "$revision" "$wait_seconds" "$poll_seconds" || verdict=$?
case $verdict in
    0) finish 0 released ;;
    1) ;;
    3)
        say error "$application gave no verdict within ${wait_seconds}s: the pin stays, nothing is rolled back; look at Argo CD"
        finish 3 no-verdict ;;
    *)
        say error "Argo CD stopped answering correctly during the wait (exit $verdict): the pin stays, nothing is rolled back"
        finish 4 argocd-misconfigured ;;
esac
if [[ -z $tip ]]; then
    say error "the first release of $environment failed in Argo CD: there is no earlier pin to return to"
    finish 1 failed
fi
rollback=$(commit_as_bot "$(git rev-parse "$tip^{tree}")" "$revision" \
    "Revert \"release($environment): consumesafe $tag (${built_from:0:7})\"" \
    "This reverts commit $revision: Argo CD reported the release failed.")
push "$rollback" "rollback" || {
    say error "the release failed and the rollback could not be pushed: revert $revision on $branch by hand"
    finish 1 rollback-refused
}
output "revision=$rollback"
say error "$environment did not take $image:$tag@$digest; reverted $branch to ${tip:0:7} (the previous image)"
finish 5 rolled-back
