# Sourced by Lifeboat's scripts: the Debian packages the console and the tests need, and a function that
# installs the missing ones when root (or names them otherwise).

# The console under Xvfb and its screenshots; the lab (namespaces, OpenSSH, nftables for NAT, captures and
# traffic for the data-plane tests and benchmark); restic for the agents' backups and the drills; poppler-utils
# reads drill report PDFs back (pdftoppm, pdftotext).
LIFEBOAT_TEST_PACKAGES=(xvfb xauth libgtk-3-0 fonts-dejavu-core dbus-x11 imagemagick
  iproute2 openssh-server openssh-client nftables ethtool tshark socat iputils-ping iputils-arping iperf3 util-linux
  restic poppler-utils)

lifeboat_missing_packages() {
  local package missing=()
  for package in "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
  done
  echo "${missing[@]:-}"
}

lifeboat_ensure_packages() {
  local missing
  missing=$(lifeboat_missing_packages "$@")
  [ -z "$missing" ] && return 0
  if [ "$(id -u)" -ne 0 ]; then
    echo "Lifeboat's tests need these Debian packages, which are not installed: $missing" >&2
    echo "Install them with: sudo apt-get install -y $missing" >&2
    exit 1
  fi
  echo "Installing Debian packages: $missing"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  # shellcheck disable=SC2086
  apt-get install -y -qq $missing >/dev/null
}
