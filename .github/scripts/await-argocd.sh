#!/usr/bin/env bash
# Asks Argo CD how an application is doing, and tells a bad configuration from a bad release.
# Usage: await-argocd.sh --check APPLICATION
#          one request: is the API reachable, is the token accepted, does the application exist?
#        await-argocd.sh APPLICATION REVISION [TIMEOUT_SECONDS] [INTERVAL_SECONDS]
#          waits until the application is Synced and Healthy at REVISION (a commit of any of its sources, or a
#          later commit that contains it)
# Env: ARGOCD_SERVER (https://argocd.example.com), ARGOCD_AUTH_TOKEN (API token of a read-only account),
#      ARGOCD_CACERT (optional: a CA file for a server whose certificate a public CA did not sign).
# Exit: 0 Synced and Healthy (or, with --check, the application answered)
#       1 the release failed: the sync at REVISION ended Failed or Error, or the application is Degraded at it
#       2 bad usage
#       3 no verdict before the timeout (Argo CD answered, the rollout did not finish)
#       4 configuration error: 401, 403, 404, unknown host, TLS failure (or, with --check, no connection)
# Needs curl and jq.
set -euo pipefail

usage="usage: await-argocd.sh --check APPLICATION | await-argocd.sh APPLICATION REVISION [TIMEOUT] [INTERVAL]"
check_only=false
if [[ ${1:-} == --check ]]; then
    check_only=true
    shift
    [[ $# -eq 1 ]] || { echo "$usage" >&2; exit 2; }
else
    [[ $# -ge 2 && $# -le 4 ]] || { echo "$usage" >&2; exit 2; }
fi
application=$1
revision=${2:-}
timeout=${3:-600}
interval=${4:-10}
[[ $application =~ ^[a-z0-9]([a-z0-9-]*[a-z0-9])?$ ]] || { echo "bad application name '$application'" >&2; exit 2; }
[[ $check_only == true || $revision =~ ^[0-9a-f]{40}$ ]] || { echo "REVISION must be a full commit id" >&2; exit 2; }
[[ $timeout =~ ^[0-9]+$ && $interval =~ ^[1-9][0-9]*$ ]] || { echo "TIMEOUT and INTERVAL are seconds" >&2; exit 2; }
[[ -n ${ARGOCD_SERVER:-} && -n ${ARGOCD_AUTH_TOKEN:-} ]] || { echo "ARGOCD_SERVER and ARGOCD_AUTH_TOKEN must be set" >&2; exit 2; }

url="${ARGOCD_SERVER%/}/api/v1/applications/$application"
body=$(mktemp)
trap 'rm -f "$body"' EXIT

config_error() {
    echo "Argo CD configuration error: $*" >&2
    exit 4
}

# One GET. Returns 0 with the application in $body; exits 4 on a configuration error; returns 1 when the
# failure may pass (a 5xx, a 429, a timeout, a refused connection), which --check also treats as configuration.
fetch() {
    local query=$1 code rc=0
    local tls=()
    [[ -z ${ARGOCD_CACERT:-} ]] || tls=(--cacert "$ARGOCD_CACERT")
    code=$(curl --silent --show-error --max-time 20 "${tls[@]}" -o "$body" -w '%{http_code}' \
        -H "Authorization: Bearer $ARGOCD_AUTH_TOKEN" "$url$query" 2>"$body.err") || rc=$?
    local detail
    detail=$(tr '\n' ' ' <"$body.err"); rm -f "$body.err"
    case $rc in
        0) ;;
        6) config_error "cannot resolve the host of ARGOCD_SERVER=$ARGOCD_SERVER ($detail)" ;;
        35 | 51 | 53 | 54 | 58 | 59 | 60 | 64 | 66 | 77 | 80 | 82 | 83 | 90 | 91)
            config_error "TLS failed for $ARGOCD_SERVER ($detail); a private CA goes in ARGOCD_CACERT" ;;
        3) config_error "ARGOCD_SERVER=$ARGOCD_SERVER is not a URL ($detail)" ;;
        *)
            [[ $check_only == false ]] || config_error "cannot reach $ARGOCD_SERVER ($detail)"
            echo "$application: Argo CD did not answer ($detail); asking again" >&2
            return 1 ;;
    esac
    case $code in
        200) return 0 ;;
        401) config_error "Argo CD refused the token (401): renew ARGOCD_AUTH_TOKEN" ;;
        403) config_error "permission denied (403): the token's account needs 'applications, get' on $application" ;;
        404) config_error "no application $application on $ARGOCD_SERVER (404)" ;;
        429 | 5??)
            [[ $check_only == false ]] || config_error "Argo CD answered $code"
            echo "$application: Argo CD answered $code; asking again" >&2
            return 1 ;;
        *) config_error "Argo CD answered $code to GET $url: $(head -c 300 "$body")" ;;
    esac
}

if [[ $check_only == true ]]; then
    fetch ""
    jq -e '.metadata.name' "$body" >/dev/null 2>&1 || config_error "the answer from $url is not an application"
    echo "$application: Argo CD answers; sync=$(jq -r '.status.sync.status // "?"' "$body")" \
        "health=$(jq -r '.status.health.status // "?"' "$body")"
    exit 0
fi

# true when one of the observed commits is ours, or a later commit that contains ours
reached() {
    local observed
    for observed in "$@"; do
        [[ $observed == "$revision" ]] && return 0
        git merge-base --is-ancestor "$revision" "$observed" 2>/dev/null && return 0
    done
    return 1
}

deadline=$((SECONDS + timeout))
# the first request asks Argo CD to look at Git now instead of at its next poll
query="?refresh=normal"
while :; do
    if fetch "$query"; then
        query=""
        # a single-source application reports .revision, a multi-source one .revisions (one per source)
        mapfile -t synced < <(jq -r '.status.sync | [.revision] + (.revisions // []) | .[] | select(. != null and . != "")' "$body")
        mapfile -t operated < <(jq -r '.status.operationState // {} | [.syncResult.revision, .operation.sync.revision]
            + (.syncResult.revisions // []) + (.operation.sync.revisions // []) | .[] | select(. != null and . != "")' "$body")
        sync=$(jq -r '.status.sync.status // ""' "$body")
        health=$(jq -r '.status.health.status // ""' "$body")
        phase=$(jq -r '.status.operationState.phase // ""' "$body")
        echo "$application: sync=$sync health=$health operation=${phase:-none} revisions=${synced[*]:-none}"
        if [[ $phase == Failed || $phase == Error ]] && reached "${operated[@]}"; then
            echo "$application: the sync at $revision ended $phase: $(jq -r '.status.operationState.message // ""' "$body")" >&2
            exit 1
        fi
        # health counts only once our revision is applied: before that it describes the previous release
        if [[ $sync == Synced && $phase != Running ]] && reached "${synced[@]}"; then
            if [[ $health == Healthy ]]; then
                echo "$application is Synced and Healthy at $revision"
                exit 0
            fi
            if [[ $health == Degraded ]]; then
                echo "$application is Degraded at $revision" >&2
                exit 1
            fi
        fi
    fi
    if ((SECONDS + interval > deadline)); then
        echo "$application: no verdict at $revision within ${timeout}s (last: sync=${sync:-?} health=${health:-?})" >&2
        exit 3
    fi
    sleep "$interval"
done
