#!/usr/bin/env bash
# What the tests need beyond npm packages: the SSH end-to-end tests drive the real OpenSSH
# client (`ssh`). Installs openssh-client from Debian when it is missing; does nothing
# otherwise, so it is safe to run before every test run.
set -euo pipefail

if command -v ssh >/dev/null 2>&1; then
  exit 0
fi

sudo=''
if [ "$(id -u)" -ne 0 ]; then
  if ! command -v sudo >/dev/null 2>&1; then
    echo 'ensure-test-deps: ssh is missing and we are not root; install openssh-client' >&2
    exit 1
  fi
  sudo='sudo'
fi

export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq >/dev/null
$sudo apt-get install -y -qq --no-install-recommends openssh-client >/dev/null
command -v ssh >/dev/null
