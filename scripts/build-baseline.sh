#!/usr/bin/env bash
# Builds the released matcher's core (the baseline of `npm run bench:precision`) from git:
#   ~/.cache/ai-safety-annotations/baseline/core.js
# Usage: bash scripts/build-baseline.sh [commit]      (default f2ec12f, the released 0.1.0 core)
# The commit's src/core is exported with `git archive` (no checkout, no npm ci) and bundled with
# this checkout's esbuild, exactly as esbuild.js bundles dist/core.js.
set -euo pipefail

COMMIT="${1:-f2ec12f}"
REPO="$(git rev-parse --show-toplevel)"
CACHE="${AI_SAFETY_CACHE:-$HOME/.cache/ai-safety-annotations}"
DEST="$CACHE/baseline"
SRC="$DEST/src-$COMMIT"
ESBUILD="$REPO/node_modules/.bin/esbuild"

rm -rf "$SRC"
mkdir -p "$SRC"
git -C "$REPO" archive "$COMMIT" src/core | tar -x -C "$SRC"
"$ESBUILD" "$SRC/src/core/index.ts" --bundle --platform=node --format=cjs --target=node18 \
  --log-level=warning --outfile="$DEST/core.js"
git -C "$REPO" rev-parse "$COMMIT" >"$DEST/COMMIT"
echo "baseline core of $(cat "$DEST/COMMIT") at $DEST/core.js"
