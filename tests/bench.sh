#!/usr/bin/env bash
# Builds Release and runs every benchmark scenario (tests/EwpGateway.Benchmarks); writes
# tests/EwpGateway.Benchmarks/RESULTS.md. Options are passed on to the benchmark program, e.g.
#   tests/bench.sh --scenarios rsa,e2e --phase-seconds 10
# (see tests/EwpGateway.Benchmarks/BenchOptions.cs). Sized to finish in under 10 minutes on 2 cores.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
cd "$root"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

dotnet build tests/EwpGateway.Benchmarks/EwpGateway.Benchmarks.csproj -c Release -nologo -v minimal
dotnet tests/EwpGateway.Benchmarks/bin/Release/net10.0/EwpGateway.Benchmarks.dll \
  --out tests/EwpGateway.Benchmarks/RESULTS.md --command "tests/bench.sh${*:+ $*}" "$@"
