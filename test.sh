#!/usr/bin/env bash
# Runs every test of ReportBuilder on a machine that has the .NET 10 SDK.
#
# The tests read PDFs back with Debian's poppler-utils (pdftotext, pdffonts, pdftoppm) and qpdf, kill a build under
# strace, and open the web edition in Debian's chromium (never a downloaded browser). When one of them is missing this
# script installs it with apt-get (as root, or through sudo without a password); when it cannot, it names what is
# missing and how to get it, and stops before running anything.
#
# Then it runs the unit tests, and the system tests (the packed tool, kill tests under strace, the browser) apart, so
# that a failure says which. Arguments are passed to `dotnet test` (e.g. --filter "FullyQualifiedName~Disclosure"),
# and then it runs that one selection instead.
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# What the tests call, and the Debian package each comes from.
needs=(
  "pdftotext:poppler-utils" "pdftoppm:poppler-utils" "pdffonts:poppler-utils"
  "qpdf:qpdf" "/usr/bin/strace:strace" "/usr/bin/chromium:chromium"
)
missing=()
for need in "${needs[@]}"; do
  tool=${need%%:*}
  package=${need##*:}
  if [[ $tool == /* ]]; then [ -x "$tool" ] && continue; else command -v "$tool" >/dev/null && continue; fi
  [[ " ${missing[*]-} " == *" $package "* ]] || missing+=("$package")
done

if [ ${#missing[@]} -gt 0 ]; then
  if ! command -v dotnet >/dev/null; then
    echo "test.sh: error: the .NET 10 SDK (dotnet) is not on PATH" >&2
    exit 1
  fi
  as_root=()
  if [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
    as_root=(sudo -n)
  fi
  if command -v apt-get >/dev/null && { [ "$(id -u)" -eq 0 ] || [ ${#as_root[@]} -gt 0 ]; }; then
    echo "test.sh: installing ${missing[*]} (Debian's packages; the tests need them)"
    export DEBIAN_FRONTEND=noninteractive
    "${as_root[@]}" apt-get update -qq >/dev/null
    "${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "test.sh: error: the tests need ${missing[*]}, which are not installed and cannot be installed here" >&2
    echo "test.sh: (no apt-get, or neither root nor password-less sudo). Install them and run again, e.g.:" >&2
    echo "  sudo apt-get install ${missing[*]}" >&2
    exit 1
  fi
fi

# The system tests: the packed tool (ToolPackageTests), builds killed under strace (KillTests) and the browser
# (BrowserTests). Everything else is a unit test.
system="Category=System"
if [ $# -gt 0 ]; then
  exec dotnet test ReportBuilder.sln "$@"
fi
status=0
echo "test.sh: unit tests"
dotnet test ReportBuilder.sln --filter "Category!=System" || status=1
echo "test.sh: system tests (packed tool, kill tests under strace, browser)"
dotnet test ReportBuilder.sln --no-build --filter "$system" || status=1
exit $status
