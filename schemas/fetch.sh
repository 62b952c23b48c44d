#!/usr/bin/env bash
# Materialises the official EWP schemas listed in schemas/ewp.lock into schemas/ewp/ (git-ignored).
# Source: ../shared/ewp-specs (relative to the repository root) when it exists, else each pinned upstream URL.
# Every file's SHA-256 is checked against the lock either way; a mismatch or a missing file fails the step,
# naming the file. Files already present with the right checksum are left alone, so a second run is quick.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
lock="$here/ewp.lock"
dest="$here/ewp"
specs="${EWP_SPECS_DIR:-$root/../shared/ewp-specs}"

[[ -f "$lock" ]] || { echo "fetch: lock file $lock is missing" >&2; exit 1; }
if [[ -d "$specs" ]]; then mode=copy; else mode=download; fi

sha_of() { sha256sum "$1" | cut -d' ' -f1; }

mkdir -p "$dest"
# Fast path: one sha256sum over everything; only when something is off do we go file by file.
if (cd "$dest" && awk '$1 == "file" { print $3 "  " $2 }' "$lock" | sha256sum -c --strict --quiet --status - 2>/dev/null); then
  cp "$lock" "$dest/.stamp"
  exit 0
fi
# Everything is fetched into a staging folder first and verified with one sha256sum run (one process per file
# would take most of a first build); only a fully verified set is copied over schemas/ewp.
stage="$(mktemp -d "$here/.ewp-staging.XXXXXX")"
trap 'rm -rf "$stage"' EXIT
list="$stage/.files"
awk '$1 == "file" { print $2 }' "$lock" >"$list"
if [[ "$mode" == copy ]]; then
  while read -r path; do
    [[ -f "$specs/$path" ]] || { echo "fetch: schema $path is missing from $specs" >&2; exit 1; }
  done <"$list"
  (cd "$specs" && xargs -d '\n' cp --parents -t "$stage" <"$list")
else
  while read -r kind path sha url; do
    [[ "$kind" == "file" ]] || continue
    mkdir -p "$(dirname "$stage/$path")"
    curl -fsSL --retry 3 -o "$stage/$path" "$url" || { echo "fetch: could not download schema $path from $url" >&2; exit 1; }
  done <"$lock"
fi
if ! bad="$(cd "$stage" && awk '$1 == "file" { print $3 "  " $2 }' "$lock" | sha256sum -c --strict --quiet - 2>/dev/null)"; then
  while IFS= read -r line; do
    path="${line%%: *}"
    [[ -n "$path" ]] || continue
    expected="$(awk -v p="$path" '$1 == "file" && $2 == p { print $3 }' "$lock")"
    echo "fetch: checksum mismatch for schema $path (expected $expected, got $(sha_of "$stage/$path" 2>/dev/null || echo nothing), from $mode)" >&2
  done <<<"$bad"
  exit 1
fi
rm -f "$list"
fetched="$(find "$stage" -type f | wc -l)"
cp -R "$stage/." "$dest/"

# The stamp records which lock the folder matches; the build reruns this step when the lock changes.
cp "$lock" "$dest/.stamp"
[[ "$fetched" -eq 0 ]] || echo "fetch: $fetched schema file(s) materialised into schemas/ewp ($mode)"
