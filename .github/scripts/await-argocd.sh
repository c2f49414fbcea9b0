#!/usr/bin/env bash
# Waits until an Argo CD application is Synced and Healthy at a Git revision (or a later one).
# Usage: await-argocd.sh APPLICATION REVISION [TIMEOUT_SECONDS] [INTERVAL_SECONDS]
# Env: ARGOCD_SERVER (https://argocd.example.com), ARGOCD_AUTH_TOKEN (an API token of a read-only account).
# Exit: 0 synced and healthy; 1 Degraded at that revision; 3 timed out; 2 bad usage. Needs curl and jq.
set -euo pipefail

[[ $# -ge 2 ]] || { echo "usage: await-argocd.sh APPLICATION REVISION [TIMEOUT_SECONDS] [INTERVAL_SECONDS]" >&2; exit 2; }
application=$1
revision=$2
timeout=${3:-600}
interval=${4:-10}
[[ -n ${ARGOCD_SERVER:-} && -n ${ARGOCD_AUTH_TOKEN:-} ]] || { echo "ARGOCD_SERVER and ARGOCD_AUTH_TOKEN must be set" >&2; exit 2; }

# true when Argo CD's revision is ours, or a later commit that contains ours (someone merged meanwhile)
reached() {
    local observed=$1
    [[ -n $observed ]] || return 1
    [[ $observed == "$revision" ]] && return 0
    git rev-parse --git-dir >/dev/null 2>&1 || return 1
    git cat-file -e "$observed^{commit}" 2>/dev/null || git fetch --quiet origin 2>/dev/null || true
    git merge-base --is-ancestor "$revision" "$observed" 2>/dev/null
}

deadline=$((SECONDS + timeout))
# the first request asks Argo CD to refresh now instead of at its next poll of the repository
query="?refresh=normal"
while :; do
    if status=$(curl --silent --show-error --fail --max-time 20 \
        -H "Authorization: Bearer $ARGOCD_AUTH_TOKEN" \
        "${ARGOCD_SERVER%/}/api/v1/applications/$application$query"); then
        query=""
        sync=$(jq -r '.status.sync.status // ""' <<<"$status")
        observed=$(jq -r '.status.sync.revision // ""' <<<"$status")
        health=$(jq -r '.status.health.status // ""' <<<"$status")
        echo "$application: sync=$sync health=$health revision=$observed"
        if reached "$observed"; then
            if [[ $sync == Synced && $health == Healthy ]]; then
                echo "$application is Synced and Healthy at $observed"
                exit 0
            fi
            if [[ $health == Degraded ]]; then
                echo "$application is Degraded at $observed" >&2
                exit 1
            fi
        fi
    else
        # a transient API error is retried until the deadline
        echo "$application: Argo CD API did not answer; retrying" >&2
    fi
    if ((SECONDS + interval > deadline)); then
        echo "$application did not reach Synced and Healthy at $revision within ${timeout}s" >&2
        exit 3
    fi
    sleep "$interval"
done
