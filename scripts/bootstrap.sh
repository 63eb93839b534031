#!/usr/bin/env bash
# Installs what is missing on Debian 12 or 13 and builds the project into build/.
# Sourced by scripts/workbench and scripts/test; safe to run again (only missing packages are
# installed, and the build is incremental, with ccache).
set -euo pipefail

ALLCNN_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ALLCNN_BUILD="${ALLCNN_BUILD:-$ALLCNN_ROOT/build}"
# Extra CMake arguments, e.g. -DALLCNN_SANITIZE=ON for a second build folder (.ci/run does).
read -r -a ALLCNN_CMAKE_EXTRA <<< "${ALLCNN_CMAKE_ARGS:-}"

ALLCNN_PACKAGES=(
  build-essential cmake ninja-build ccache pkg-config
  qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  libtorch-dev libopenblas0-pthread libopencv-dev nlohmann-json3-dev libcli11-dev zlib1g-dev
  qt6-svg-dev xvfb xauth dataset-fashion-mnist python3-torch libgtest-dev
  libcurl4-openssl-dev libarchive-dev libssl-dev
  libgloo-dev  # ProcessGroupGloo.hpp (data-parallel training over c10d) includes its headers
  iproute2  # ip netns: scripts/test-two-hosts trains across two network namespaces
  fonts-noto-cjk  # the Chinese interface draws empty boxes without a CJK font
)
# clang and its sanitizer runtime, for scripts/fuzz: Debian 12's clang-14, or where there is no
# clang-14 (Debian 13) the release's default clang.
if [[ "$(. /etc/os-release && echo "${VERSION_ID:-}")" == 12 ]] ||
   apt-cache show clang-14 >/dev/null 2>&1; then
  ALLCNN_PACKAGES+=(clang-14 libclang-rt-14-dev)
else
  ALLCNN_PACKAGES+=(clang libclang-rt-dev)
fi

allcnn_install_packages() {
  local missing=()
  for p in "${ALLCNN_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if ((${#missing[@]} == 0)); then return 0; fi
  echo "== installing: ${missing[*]}"
  local sudo=""
  if [[ $(id -u) -ne 0 ]]; then sudo="sudo"; fi
  $sudo apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
}

allcnn_configure() {
  echo "== configuring $ALLCNN_BUILD"
  cmake -S "$ALLCNN_ROOT" -B "$ALLCNN_BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    ${ALLCNN_CMAKE_EXTRA[@]+"${ALLCNN_CMAKE_EXTRA[@]}"}
}

allcnn_build() {
  allcnn_configure
  echo "== building in $ALLCNN_BUILD"
  cmake --build "$ALLCNN_BUILD" -j"$(nproc)"
}

allcnn_install_packages
# ALLCNN_NO_BUILD=1: install only (scripts/fuzz builds its own folder with clang,
# scripts/test-sanitized --budget builds test by test).
if [[ "${ALLCNN_NO_BUILD:-0}" != 1 ]]; then allcnn_build; fi
