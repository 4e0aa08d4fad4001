import { describe, expect, it } from "@effect/vitest"
import { ConfigProvider, Effect, Layer, Redacted } from "effect"
import { readFileSync } from "node:fs"
import { StytchClient } from "../../src/StytchClient.js"
import * as StytchConfig from "../../src/StytchConfig.js"
import { userAgent, version } from "../../src/version.js"
import { json, stubHttp } from "../support/stubHttp.js"

const fromEnv = (env: Record<string, string>) => ConfigProvider.layer(ConfigProvider.fromEnv({ env }))

const build = (env: Record<string, string>) =>
  Effect.service(StytchClient).pipe(
    Effect.provide(StytchClient.layerConfig().pipe(Layer.provide(stubHttp(() => json(200, {})).layer))),
    Effect.provide(fromEnv(env))
  )

describe("configuration", () => {
  it.effect("reads STYTCH_PROJECT_ID, STYTCH_SECRET and STYTCH_BASE_URL", () =>
    build({
      STYTCH_PROJECT_ID: "project-test-1",
      STYTCH_SECRET: "secret-test-1",
      STYTCH_BASE_URL: "http://127.0.0.1:4010/"
    }).pipe(
      Effect.map((stytch) => {
        expect(stytch.projectId).toBe("project-test-1")
        expect(stytch.baseUrl).toBe("http://127.0.0.1:4010")
      })
    )
  )

  it.effect("infers the base URL when STYTCH_BASE_URL is absent", () =>
    build({ STYTCH_PROJECT_ID: "project-live-1", STYTCH_SECRET: "secret-live-1" }).pipe(
      Effect.map((stytch) => expect(stytch.baseUrl).toBe("https://api.stytch.com"))
    )
  )

  it.effect("fails with a ConfigError naming a missing variable, without crashing", () =>
    build({ STYTCH_PROJECT_ID: "project-test-1" }).pipe(
      Effect.flip,
      Effect.map((error) => {
        expect(error).toMatchObject({ _tag: "ConfigError" })
        expect(String(error)).toContain("STYTCH_SECRET")
      })
    )
  )

  it.effect("fails with a ConfigError on a malformed base URL or an empty secret", () =>
    Effect.gen(function* () {
      const badUrl = yield* build({ STYTCH_PROJECT_ID: "p", STYTCH_SECRET: "s", STYTCH_BASE_URL: "not a url" }).pipe(Effect.flip)
      expect(badUrl).toMatchObject({ _tag: "ConfigError" })
      expect(String(badUrl)).toContain("STYTCH_BASE_URL")
      const ftp = yield* build({ STYTCH_PROJECT_ID: "p", STYTCH_SECRET: "s", STYTCH_BASE_URL: "ftp://example.com" }).pipe(Effect.flip)
      expect(ftp).toMatchObject({ _tag: "ConfigError" })
      expect(String(ftp)).toContain("STYTCH_BASE_URL")
      const empty = yield* build({ STYTCH_PROJECT_ID: "p", STYTCH_SECRET: "" }).pipe(Effect.flip)
      expect(String(empty)).toContain("STYTCH_SECRET")
    })
  )

  it.effect("never shows the secret in a config error", () =>
    build({ STYTCH_PROJECT_ID: "p", STYTCH_SECRET: "secret-test-VISIBLE?", STYTCH_BASE_URL: "nope" }).pipe(
      Effect.flip,
      Effect.map((error) => expect(`${String(error)} ${JSON.stringify(error)}`).not.toContain("VISIBLE"))
    )
  )

  it.effect("rejects bad options given in code with a ConfigError naming the option", () =>
    Effect.gen(function* () {
      const layerOf = (options: StytchConfig.Options) =>
        StytchClient.layer(options).pipe(Layer.provide(stubHttp(() => json(200, {})).layer))
      const badUrl = yield* Effect.service(StytchClient).pipe(
        Effect.provide(layerOf({ projectId: "p", secret: Redacted.make("s"), baseUrl: "https://x.example/?a=1" })),
        Effect.flip
      )
      expect(badUrl).toMatchObject({ _tag: "ConfigError" })
      expect(String(badUrl)).toContain("baseUrl")
      const noProject = yield* Effect.service(StytchClient).pipe(
        Effect.provide(layerOf({ projectId: "", secret: Redacted.make("s"), baseUrl: "https://x.example" })),
        Effect.flip
      )
      expect(String(noProject)).toContain("projectId")
    })
  )

  it("infers hosts from project ids and validates base URLs", () => {
    expect(StytchConfig.defaultBaseUrl("project-live-abc")).toBe("https://api.stytch.com")
    expect(StytchConfig.defaultBaseUrl("project-test-abc")).toBe("https://test.stytch.com")
    expect(StytchConfig.defaultBaseUrl("anything-else")).toBe("https://test.stytch.com")
    expect(StytchConfig.isBaseUrl("http://localhost:4010")).toBe(true)
    expect(StytchConfig.isBaseUrl("https://proxy.example.com/stytch/")).toBe(true)
    expect(StytchConfig.isBaseUrl("localhost:4010")).toBe(false)
    expect(StytchConfig.isBaseUrl("https://x.example/#frag")).toBe(false)
  })

  it("names this package and its version in the User-Agent", () => {
    const pkg: unknown = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8"))
    expect(pkg).toMatchObject({ name: "effect4-stytch", version })
    expect(userAgent).toBe(`effect4-stytch/${version}`)
  })
})
