#!/usr/bin/env bash
# Installs the Debian data packages the offline engine reads at run time, the browser the report tests drive
# (--with-browser) and translate-toolkit for eng/side-by-side.py (--with-pofilter).
# Safe to run again: it installs only what is missing. Needs root (or sudo) for apt-get.
set -euo pipefail

packages=(trans-de-en hunspell-de-de wordnet-base dict-freedict-deu-fra dict-freedict-fra-deu)
for option in "$@"; do
  case "$option" in
    --with-browser) packages+=(chromium chromium-driver) ;;
    --with-pofilter) packages+=(translate-toolkit) ;; # for eng/side-by-side.py only
  esac
done

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done

if ((${#missing[@]} == 0)); then
  echo "install-deps: all present (${packages[*]})"
  exit 0
fi

sudo=""
if [[ $(id -u) -ne 0 ]]; then sudo="sudo"; fi
echo "install-deps: installing ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "install-deps: done"
