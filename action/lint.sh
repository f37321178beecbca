#!/usr/bin/env bash
# The GitHub Action's step (action.yml): build xlchan from the action's own checkout, install it
# in a private tool folder, and run `xlchan lint` on the inputs. The step fails as lint does
# (1 findings, 2 usage or I/O error), after the SARIF report is written, so that an upload step
# with `if: always()` still uploads it.
#
# Inputs (environment): XLCHAN_PATHS, XLCHAN_FORMAT, XLCHAN_SARIF_FILE, XLCHAN_ARGS;
# GITHUB_ACTION_PATH (the action's checkout), RUNNER_TEMP, GITHUB_OUTPUT (set by the runner).
set -uo pipefail

source_dir="${GITHUB_ACTION_PATH:?set by the runner to the checkout of the action}"
work="${RUNNER_TEMP:-$(mktemp -d)}/xlchan-action"
format="${XLCHAN_FORMAT:-sarif}"
sarif_file="${XLCHAN_SARIF_FILE:-xlchan.sarif}"
output="${GITHUB_OUTPUT:-/dev/null}"

case "$format" in
  sarif|github|text|json) ;;
  *) echo "::error title=xlchan::format must be sarif, github, text or json (it is '$format')"; exit 2 ;;
esac

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
mkdir -p "$work"
if ! dotnet pack "$source_dir/src/ChannelConfig.Cli" -c Release -o "$work/packages" -p:ArtifactsPath="$work/artifacts" >"$work/pack.log" 2>&1; then
  cat "$work/pack.log"
  echo "::error title=xlchan::building xlchan failed (see the log above)"
  exit 2
fi
if ! dotnet tool update xlchan --tool-path "$work/tools" --add-source "$work/packages" --ignore-failed-sources >"$work/install.log" 2>&1; then
  cat "$work/install.log"
  echo "::error title=xlchan::installing xlchan failed (see the log above)"
  exit 2
fi

read -r -a paths <<< "${XLCHAN_PATHS:-.}"
read -r -a args <<< "${XLCHAN_ARGS:-}"
xlchan="$work/tools/xlchan"

if [ "$format" = sarif ]; then
  "$xlchan" lint --format sarif "${args[@]}" -- "${paths[@]}" > "$sarif_file"
  status=$?
  # The same findings, readable in the log (and as annotations on the pull request).
  "$xlchan" lint --format github "${args[@]}" -- "${paths[@]}" || true
  echo "sarif-file=$sarif_file" >> "$output"
else
  "$xlchan" lint --format "$format" "${args[@]}" -- "${paths[@]}"
  status=$?
  echo "sarif-file=" >> "$output"
fi

echo "exit-code=$status" >> "$output"
exit "$status"
