/** Runs B2B Passwords calls over the recording stub transport. */
import { Effect } from "effect"
import { type ApiErrorClass, B2BPasswords, type Endpoint } from "../../src/index.js"
import { stubClient } from "../support/client.js"
import { json, type Reply, stubHttp } from "../support/stubHttp.js"
import { successBodies } from "../cases/b2bSamples.js"

export type Client = B2BPasswords["Service"]

/** Replies to each path with its realistic success body. */
export const succeeding = () =>
  stubHttp((request) => json(200, successBodies[new URL(request.url).pathname] ?? {}))

/** Runs `f` on the B2B Passwords service over `stub`, without retries. */
export const withB2B = <A, E>(stub: ReturnType<typeof stubHttp>, f: (b2b: Client) => Effect.Effect<A, E>) =>
  Effect.flatMap(B2BPasswords, f).pipe(Effect.provide(B2BPasswords.layer), Effect.provide(stubClient(stub, { retry: false })))

/** A stub answering every request with `reply`. */
export const answering = (reply: Reply) => stubHttp(() => reply)

/** One call of one endpoint with a valid request, for tables of endpoints. */
export interface Call {
  readonly endpoint: Endpoint.Endpoint
  readonly run: (b2b: Client) => Effect.Effect<unknown, unknown>
}

/** The `error_type` whose PascalCase is `tag` (`InvalidMd5Hash` is `invalid_md_5_hash`). */
export const errorTypeOf = (tag: string): string =>
  tag
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .replace(/([A-Z])([A-Z][a-z])/g, "$1_$2")
    .replace(/([a-z])(\d)/g, "$1_$2")
    .toLowerCase()

/** An error class's tag: Effect 4's tagged error classes carry it only when `knownErrorClass` set it. */
export const tagOf = (errorClass: ApiErrorClass): string => errorClass._tag ?? errorClass.identifier
