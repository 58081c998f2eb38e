#!/usr/bin/env bash
# Assembles the text corpora read by `npm run bench:precision` (test/bench/precision.bench.ts).
# Nothing here is committed: the corpora are third-party text and live in the cache,
#   ~/.cache/ai-safety-annotations/corpora/<name>/   (one folder per corpus, plus CORPUS.json)
#
# Repositories are read from bare git directories. Get each one first, either with the agent's
# `fetch` tool (which leaves it at /work/.mirror/<owner>+<name>/repo) or with
#   git clone --bare https://github.com/<owner>/<name> "$MIRROR/<owner>+<name>/repo"
# Then run:  bash scripts/get-corpora.sh            (MIRROR defaults to /work/.mirror)
# A repository that is missing is reported and skipped; rerunning rebuilds every corpus.
#
# Kinds (read by the bench):
#   neighbouring  text of a neighbouring field: every annotation in it is wrong-sense
#   ordinary      ordinary code and docs: every annotation in it is wrong-sense too
#   ai-safety     AI-safety writing: the baseline's annotations are the recall reference
set -euo pipefail

MIRROR="${MIRROR:-/work/.mirror}"
CACHE="${AI_SAFETY_CACHE:-$HOME/.cache/ai-safety-annotations}"
OUT="$CACHE/corpora"
# Per-corpus size cap (bytes): keeps each corpus to a few MB and the bench quick.
CAP="${CORPUS_CAP:-4000000}"
# Files larger than this are skipped (whole books are allowed up to this size).
MAX_FILE="${MAX_FILE:-2500000}"

mkdir -p "$OUT"

# corpus <name> <kind> <extension regex> <path regex> <owner/name>...
# Extracts the HEAD tree of each repository, keeps text files whose name matches the extension
# regex and whose path matches the path regex, and copies them (in sorted order) until the cap.
corpus() {
  local name="$1" kind="$2" ext="$3" pathre="$4"
  shift 4
  local dest="$OUT/$name"
  rm -rf "$dest"
  mkdir -p "$dest"
  local total=0 sources=()
  for repo in "$@"; do
    local git_dir="$MIRROR/${repo/\//+}/repo"
    if ! git --git-dir="$git_dir" rev-parse --verify -q HEAD >/dev/null 2>&1; then
      echo "  missing $repo: fetch it into $git_dir (see the header of this script)" >&2
      continue
    fi
    local commit
    commit="$(git --git-dir="$git_dir" rev-parse HEAD)"
    sources+=("\"https://github.com/$repo@$commit\"")
    # Blob by blob from the tree (large files may be absent from a partial mirror: skipped).
    while IFS=$'\t' read -r meta rel; do
      local size="${meta##* }" blob
      blob="$(echo "$meta" | awk '{print $3}')"
      [[ "$size" =~ ^[0-9]+$ ]] || continue
      [[ "$rel" =~ $ext ]] || continue
      [[ "$rel" =~ $pathre ]] || continue
      ((size > 0 && size <= MAX_FILE)) || continue
      ((total + size <= CAP)) || continue
      local target="$dest/${repo/\//+}/$rel"
      mkdir -p "$(dirname "$target")"
      git --git-dir="$git_dir" cat-file blob "$blob" >"$target" 2>/dev/null || { rm -f "$target"; continue; }
      grep -qI . "$target" || { rm -f "$target"; continue; } # text only
      total=$((total + size))
    done < <(git --git-dir="$git_dir" ls-tree -r -l HEAD | sort -t$'\t' -k2)
  done
  local joined
  joined=$(IFS=,; echo "${sources[*]:-}")
  printf '{ "kind": "%s", "sources": [%s] }\n' "$kind" "$joined" >"$dest/CORPUS.json"
  echo "$name ($kind): $(find "$dest" -type f ! -name CORPUS.json | wc -l) files, $total bytes"
}

# corpus_dir <name> <kind> <extension regex> <dir>: the same, from a local folder.
corpus_dir() {
  local name="$1" kind="$2" ext="$3" dir="$4"
  local dest="$OUT/$name" total=0
  rm -rf "$dest"
  mkdir -p "$dest"
  while IFS= read -r -d '' file; do
    local rel="${file#"$dir"/}"
    [[ "$rel" =~ $ext ]] || continue
    local size
    size=$(stat -L -c %s "$file" 2>/dev/null || echo 0)
    ((size > 0 && size <= MAX_FILE)) || continue
    ((total + size <= CAP)) || continue
    grep -qI . "$file" 2>/dev/null || continue
    mkdir -p "$dest/$(dirname "$rel")"
    cp -L "$file" "$dest/$rel"
    total=$((total + size))
  done < <(find -L "$dir" -type f -print0 2>/dev/null | sort -z)
  printf '{ "kind": "%s", "sources": ["%s"] }\n' "$kind" "$dir" >"$dest/CORPUS.json"
  echo "$name ($kind): $(find "$dest" -type f ! -name CORPUS.json | wc -l) files, $total bytes"
}

CODE='\.(py|md|rst|txt)$'

# Neighbouring fields.
corpus learned-optimizers neighbouring "$CODE" '.' google/learned_optimization learnables/learn2learn
corpus sam-lookahead neighbouring "$CODE" '.' davda54/sam michaelrzhang/lookahead
corpus quantum neighbouring '\.(md|ipynb|py)$' '.' Qiskit/textbook
corpus red-team neighbouring '\.(md|ya?ml|ps1|sh)$' '.' redcanaryco/atomic-red-team
corpus elastic-stack neighbouring '\.(md|ya?ml|yml|json|sh|conf|txt)$|Dockerfile$' '.' deviantony/docker-elk
corpus ida-pro neighbouring "$CODE" '.' maddiestone/IDAPythonEmbeddedToolkit apetenchea/idapython-scripts
corpus wpa3-sae neighbouring '\.(c|h|py|md|txt|conf)$' '(^|/)[^/]*(sae|dragon|SAE|wpa3)[^/]*$|README' \
  vanhoefm/acns-wpa3-pk-sae Nuseo1/WPA3-SAE-DoS-Research-Suite
corpus novels neighbouring '\.txt$' '.' GITenberg/Vanity-Fair_599 GITenberg/Middlemarch_145 \
  'GITenberg/Jack-Sheppard--A-Romance_16215'

# Ordinary code and docs on this machine.
NODE_MODULES="${NODE_MODULES:-/work/main/node_modules}"
corpus_dir node-modules ordinary '(\.d\.ts|README\.md)$' "$NODE_MODULES"
corpus_dir debian-doc ordinary '(README[^/]*|\.txt|changelog|copyright)$' /usr/share/doc
# Source maps and bundles: base64 and VLQ mappings, where abbreviations turn up by chance.
corpus_dir source-maps ordinary '\.js\.map$' "$NODE_MODULES"

# AI-safety writing.
corpus ai-safety-atlas ai-safety '\.md$' '^docs/' CentreSecuriteIA/textbook
corpus turntrout-posts ai-safety '\.md$' '^website_content/' alexander-turner/TurnTrout.com
corpus shallow-review ai-safety '\.md$' '^main-pipeline/data/2025-12-16-draft-post-review/lw-post\.md$' arb-consulting/shallow-review-2025
