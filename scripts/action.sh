#!/usr/bin/env bash
# The GitHub Action's step (action.yml): runs the chosen berth command in the workspace.
set -uo pipefail
berth="node ${GITHUB_ACTION_PATH:?}/bin/berth.js"
cd "${GITHUB_WORKSPACE:-.}"
case "${BERTH_ACTION_COMMAND:-validate}" in
  validate)
    # Annotations (::error file=...) show each problem on the pull request's changed lines.
    $berth validate "${BERTH_ACTION_PATH:-resources}" --format github
    ;;
  plan | deploy)
    echo "::error title=berth::'${BERTH_ACTION_COMMAND}' needs the berth service API, which this version does not have yet; use command: validate"
    exit 1
    ;;
  *)
    echo "::error title=berth::unknown command '${BERTH_ACTION_COMMAND}'; use validate, plan or deploy"
    exit 1
    ;;
esac
