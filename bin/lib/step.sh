# Sourced by bin/setup and bin/demo. `step LABEL COMMAND...` runs COMMAND
# with its output set aside, prints LABEL and how long it took; when COMMAND
# fails it prints what COMMAND said and returns its status.
step() {
  local label=$1 log status=0 start=${EPOCHREALTIME/./} tenths
  shift
  log=$(mktemp)
  printf '%-38s' "$label"
  "$@" >"$log" 2>&1 || status=$?
  tenths=$(( (${EPOCHREALTIME/./} - start) / 100000 ))
  if [ "$status" = 0 ]; then
    printf '%4d.%d s\n' $((tenths / 10)) $((tenths % 10))
  else
    printf 'failed after %d.%d s:\n' $((tenths / 10)) $((tenths % 10))
    cat "$log" >&2
  fi
  rm -f "$log"
  return "$status"
}
