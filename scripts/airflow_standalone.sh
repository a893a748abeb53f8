#!/usr/bin/env bash
# Run `airflow standalone` in a process group of its own and stop the whole
# group on Ctrl-C or TERM: standalone's own Ctrl-C handling waits on output
# pipes its grandchildren still hold, and can hang with its children gone.
set -u
setsid airflow standalone &
group=$!
trap 'echo "stopping airflow standalone"; kill -TERM -- -"$group" 2>/dev/null; wait "$group"; exit 0' INT TERM
wait "$group"
