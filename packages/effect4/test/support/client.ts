import { Layer, Redacted } from "effect"
import { StytchClient } from "../../src/StytchClient.js"
import type * as StytchConfig from "../../src/StytchConfig.js"
import type { stubHttp } from "./stubHttp.js"

export const projectId = "project-test-11111111-2222-4333-8444-555555555555"
export const secret = "secret-test-TOPSECRET-0123456789abcdef"

/** A StytchClient over a stub transport, with options a test can override. */
export const stubClient = (stub: ReturnType<typeof stubHttp>, options: Partial<StytchConfig.Options> = {}) =>
  StytchClient.layer({
    projectId,
    secret: Redacted.make(secret),
    baseUrl: "http://stytch.local",
    ...options
  }).pipe(Layer.provide(stub.layer))
