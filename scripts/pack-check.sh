#!/usr/bin/env bash
# Packs the package, installs the tarball into a fresh project beside its peers, and uses it
# the way a user would: the package must work as users get it, not only from src/.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

tarball=$(cd "$root" && npm pack --silent --pack-destination "$work" | tail -n 1)
effect=$(node -p 'require(process.argv[1] + "/node_modules/effect/package.json").version' "$root")
platform=$(node -p 'require(process.argv[1] + "/node_modules/@effect/platform/package.json").version' "$root")

cd "$work"
npm init -y >/dev/null
npm pkg set type=module >/dev/null
npm install --no-audit --no-fund --prefer-offline "./$tarball" "effect@$effect" "@effect/platform@$platform" >/dev/null

cat > check.mjs <<'JS'
import { Effect, Layer, Redacted } from "effect"
import { HttpClient, HttpClientResponse } from "@effect/platform"
import { Passwords, StytchClient, DuplicateEmail, version } from "effect-stytch"

const body = { request_id: "request-id-test-pack", status_code: 200, valid_password: true, score: 4,
  breached_password: false, strength_policy: "zxcvbn", breach_detection_on_create: true }
const Http = Layer.succeed(HttpClient.HttpClient, HttpClient.make((request) =>
  Effect.succeed(HttpClientResponse.fromWeb(request, new Response(JSON.stringify(body), { status: 200 })))))
const result = await Effect.runPromise(Passwords.pipe(
  Effect.flatMap((passwords) => passwords.strengthCheck({ password: "pw" })),
  Effect.provide(Passwords.layer),
  Effect.provide(StytchClient.layer({ projectId: "project-test-pack", secret: Redacted.make("s") })),
  Effect.provide(Http)))
if (result.request_id !== "request-id-test-pack" || typeof DuplicateEmail !== "function") process.exit(1)
console.log(`packed effect-stytch ${version} imports and calls: ok`)
JS
node check.mjs
