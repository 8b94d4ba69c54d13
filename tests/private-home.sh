#!/bin/sh
# private-home.sh DIR COMMAND...: runs a test with DIR, emptied first, as its HOME.
# QStandardPaths' test mode keeps settings and data under $HOME/.qttest: without this, tests run
# side by side would share them, and a developer's own home would collect them. DIR is left
# after the run, to look at when a test fails.
set -e
home=$1
shift
rm -rf "$home"
mkdir -p "$home"
HOME=$home exec "$@"
