#!/usr/bin/env bash
# Mints a development bearer token signed with the dev key pair (never use it in production):
#   deploy/token.sh admin | supervisor | viewer | reporter "西宁市政府" [hours]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
KEY="${JWT_DEV_PRIVATE_KEY:-$ROOT/service-common/src/test/resources/dev-keys/privateKey.pem}"
ISSUER="${JWT_ISSUER:-https://sso.qinghai-followup.dev}"
role="${1:?usage: token.sh ROLE [UNIT] [HOURS]}"
unit="${2:-}"
hours="${3:-12}"
b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
now=$(date +%s)
claims="\"iss\":\"$ISSUER\",\"upn\":\"$role${unit:+@$unit}\",\"groups\":[\"$role\"],\"iat\":$now,\"exp\":$((now + hours * 3600))"
[ -n "$unit" ] && claims="$claims,\"unit\":\"$unit\""
h=$(printf '{"alg":"RS256","typ":"JWT"}' | b64url)
p=$(printf '{%s}' "$claims" | b64url)
s=$(printf '%s.%s' "$h" "$p" | openssl dgst -sha256 -sign "$KEY" | b64url)
printf '%s.%s.%s\n' "$h" "$p" "$s"
