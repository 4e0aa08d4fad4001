#!/usr/bin/env bash
# Packs effect4-stytch, installs the tarball into a fresh project beside effect 4 alone, and uses
# it as a user would: a call through a stub HttpClient, then a sign-up on the bundled emulator.
# It also checks what the install holds: no dependency of its own, no Effect 3 anywhere.
set -euo pipefail
package=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

tarball=$(cd "$package" && npm pack --silent --pack-destination "$work" | tail -n 1)
effect=$(node -p 'require(process.argv[1] + "/node_modules/effect/package.json").version' "$package")

cd "$work"
npm init -y >/dev/null
npm pkg set type=module >/dev/null
npm install --no-audit --no-fund --prefer-offline "./$tarball" "effect@$effect" >/dev/null

cat > check.mjs <<'JS'
import { readdirSync } from "node:fs"
import { Effect, Layer, Redacted } from "effect"
import { HttpClient, HttpClientResponse } from "effect/http"
import { Passwords, StytchClient, DuplicateEmail, version } from "effect4-stytch"
import { StytchEmulator } from "effect4-stytch/emulator"

const installed = readdirSync("node_modules").filter((name) => !name.startsWith("."))
if (installed.sort().join(",") !== "effect,effect4-stytch") throw new Error(`unexpected packages: ${installed}`)

const body = { request_id: "request-id-test-pack", status_code: 200, valid_password: true, score: 4,
  breached_password: false, strength_policy: "zxcvbn", breach_detection_on_create: true }
const Http = Layer.succeed(HttpClient.HttpClient, HttpClient.make((request) =>
  Effect.succeed(HttpClientResponse.fromWeb(request, new Response(JSON.stringify(body), { status: 200 })))))
const checked = await Effect.runPromise(Passwords.pipe(
  Effect.flatMap((passwords) => passwords.strengthCheck({ password: "pw" })),
  Effect.provide(Passwords.layer),
  Effect.provide(StytchClient.layer({ projectId: "project-test-pack", secret: Redacted.make("s") })),
  Effect.provide(Http)))
if (checked.request_id !== "request-id-test-pack" || typeof DuplicateEmail !== "function") process.exit(1)

const created = await Effect.runPromise(Passwords.pipe(
  Effect.flatMap((passwords) => passwords.create({ email: "ada@example.com", password: "correct horse battery staple 42" })),
  Effect.provide(Passwords.layer),
  Effect.provide(StytchEmulator.layer())))
if (!created.user_id.startsWith("user-test-")) process.exit(1)
console.log(`packed effect4-stytch ${version} imports, calls a stub and signs up on its emulator: ok`)
JS
node check.mjs
if grep -rl '@effect/platform' node_modules/effect4-stytch/dist --include='*.d.ts' | grep -q .; then
  echo "effect4-stytch's declarations name @effect/platform, an Effect 3 package" >&2
  exit 1
fi
