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
fetched=0
while read -r kind path sha url; do
  [[ "$kind" == "file" ]] || continue
  target="$dest/$path"
  if [[ -f "$target" && "$(sha_of "$target")" == "$sha" ]]; then
    continue
  fi
  mkdir -p "$(dirname "$target")"
  tmp="$target.tmp.$$"
  if [[ "$mode" == copy ]]; then
    [[ -f "$specs/$path" ]] || { rm -f "$tmp"; echo "fetch: schema $path is missing from $specs" >&2; exit 1; }
    cp "$specs/$path" "$tmp"
  else
    if ! curl -fsSL --retry 3 -o "$tmp" "$url"; then
      rm -f "$tmp"; echo "fetch: could not download schema $path from $url" >&2; exit 1
    fi
  fi
  actual="$(sha_of "$tmp")"
  if [[ "$actual" != "$sha" ]]; then
    rm -f "$tmp"
    echo "fetch: checksum mismatch for schema $path (expected $sha, got $actual, from $mode)" >&2
    exit 1
  fi
  mv -f "$tmp" "$target"
  fetched=$((fetched + 1))
done < "$lock"

# The stamp records which lock the folder matches; the build reruns this step when the lock changes.
cp "$lock" "$dest/.stamp"
[[ "$fetched" -eq 0 ]] || echo "fetch: $fetched schema file(s) materialised into schemas/ewp ($mode)"
