#!/usr/bin/env bash
# Pushes HEAD to a branch; when the push is rejected (someone merged meanwhile), rebases onto it and retries.
# Usage: push-with-retry.sh BRANCH [ATTEMPTS]
set -euo pipefail

[[ $# -ge 1 ]] || { echo "usage: push-with-retry.sh BRANCH [ATTEMPTS]" >&2; exit 2; }
branch=$1
attempts=${2:-5}

for ((attempt = 1; attempt <= attempts; attempt++)); do
    if git push origin "HEAD:refs/heads/$branch"; then
        echo "pushed $(git rev-parse HEAD) to $branch (attempt $attempt)"
        exit 0
    fi
    echo "push to $branch rejected (attempt $attempt of $attempts); rebasing onto it" >&2
    git pull --rebase origin "$branch"
    sleep $((attempt * 2))
done
echo "could not push to $branch after $attempts attempts" >&2
exit 1
