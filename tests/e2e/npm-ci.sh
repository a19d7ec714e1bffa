#!/usr/bin/env bash
# Installs the browser test's npm packages (package-lock.json: playwright-core, exact version) into the build folder.
# Usage: npm-ci.sh SOURCE_DIR NODE_DIR. The registry is asked once; later runs come from the ~/.npm cache.
set -euo pipefail
src=$1 dir=$2
node_major=$(node -p 'process.versions.node.split(".")[0]')
[ "$node_major" -ge 18 ] || { echo "node $(node --version) is too old: playwright-core needs 18 or newer"; exit 1; }
mkdir -p "$dir"
cp "$src/package.json" "$src/package-lock.json" "$dir/"
cd "$dir"
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
npm ci --no-audit --no-fund --prefer-offline --loglevel=error
node -e 'const p = require("playwright-core/package.json"); console.log(`playwright-core ${p.version} on node ${process.version}`)'
