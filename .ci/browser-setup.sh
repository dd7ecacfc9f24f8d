#!/usr/bin/env bash
# Installs what the browser journeys (./mvnw -B verify -Pbrowser) need, when it is missing: Debian's chromium, the
# matching chromium-driver, and a Bengali font (without one Chromium draws Bengali as boxes). Nothing else:
# Selenium is pointed at /usr/bin/chromedriver and never downloads a browser or driver of its own.
set -euo pipefail

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v chromedriver >/dev/null 2>&1 || missing+=(chromium-driver)
dpkg -s fonts-noto-core >/dev/null 2>&1 || missing+=(fonts-noto-core)

if [ ${#missing[@]} -eq 0 ]; then
  echo "browser setup: chromium, chromium-driver and fonts-noto-core are installed"
else
  echo "browser setup: installing ${missing[*]}"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q "${missing[@]}"
fi

# chromedriver only drives the Chromium of its own major version: both come from the same Debian source package
browser=$(chromium --version 2>/dev/null | grep -oE '[0-9]+' | head -1)
driver=$(chromedriver --version | grep -oE '[0-9]+' | head -1)
if [ "$browser" != "$driver" ]; then
  echo "browser setup: chromium $browser and chromedriver $driver differ; run apt-get install --only-upgrade chromium chromium-driver" >&2
  exit 1
fi
echo "browser setup: chromium and chromedriver $browser"
