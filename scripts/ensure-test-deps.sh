#!/usr/bin/env bash
# What the tests need beyond npm packages, installed from Debian only when missing (so it
# is safe to run before every test run):
# - the SSH end-to-end tests drive the real OpenSSH client (`ssh`);
# - the HTML export's browser test drives Debian's chromium through playwright-core, which
#   downloads no browser of its own.
set -euo pipefail

missing=()
command -v ssh >/dev/null 2>&1 || missing+=(openssh-client)
[ -x /usr/bin/chromium ] || missing+=(chromium)

if [ "${#missing[@]}" -eq 0 ]; then
  exit 0
fi

sudo=''
if [ "$(id -u)" -ne 0 ]; then
  if ! command -v sudo >/dev/null 2>&1; then
    echo "ensure-test-deps: ${missing[*]} missing and we are not root; install them" >&2
    exit 1
  fi
  sudo='sudo'
fi

export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq >/dev/null
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
command -v ssh >/dev/null
[ -x /usr/bin/chromium ]
