/**
 * The middleware never lets a session token or JWT out: not in a response (status, headers,
 * body), not in a log line, not in a span's name, attributes or recorded failure, whether the
 * JWT was checked locally or by Stytch, accepted or refused. The capture
 * is shown to work (it sees the middleware's span, its warning and the server's request log) so the absence means something.
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect, Layer } from "effect"
import { Sessions } from "effect4-stytch"
import { StytchEmulator } from "effect4-stytch/emulator"
import { capture } from "../support/capture.js"
import { emulator, signUp } from "../emulator/support.js"
import { agedJwt, type Answer, get, serveConsumer } from "./support.js"

describe("SessionAuth keeps credentials secret", () => {
  it.live("no token or JWT, good or bad, in any answer, log line or span", () => {
    const captured = capture()
    const served = serveConsumer.pipe(
      Layer.provideMerge(emulator({ client: { retry: false } })),
      Layer.provide(captured.layer)
    )
    return Effect.gen(function* () {
      const control = yield* StytchEmulator
      const sessions = yield* Sessions
      const ada = yield* signUp("ada@example.com")
      const bob = yield* signUp("bob@example.com")
      yield* sessions.revoke({ session_token: bob.token })
      const forged = `${ada.jwt.slice(0, ada.jwt.lastIndexOf("."))}.Zm9yZ2Vk`
      const bobExpired = yield* agedJwt(bob.jwt, 400)
      const answers: Array<Answer> = []
      const send = (sent: Parameters<typeof get>[1], path = "/me") =>
        Effect.tap(get(path, sent), (answer) => Effect.sync(() => answers.push(answer)))
      yield* send({ cookies: { stytch_session: ada.token } })
      // Checked locally: good, and revoked but within the JWT's 5 minutes.
      yield* send({ cookies: { stytch_session_jwt: ada.jwt } })
      yield* send({ authorization: `Bearer ${ada.jwt}` })
      yield* send({ cookies: { stytch_session: bob.token, stytch_session_jwt: bob.jwt } })
      // Asked of Stytch: revoked, expired, forged, garbage.
      yield* send({ cookies: { stytch_session: bob.token, stytch_session_jwt: bob.jwt } }, "/fresh/me")
      yield* send({ cookies: { stytch_session_jwt: bobExpired } })
      yield* send({ authorization: `Bearer ${forged}`, cookies: { stytch_session: ada.token } })
      yield* send({ authorization: "Bearer garbage-token-value-123" })
      // Stytch failing while asked about a JWT and a token.
      yield* control.injectFault({ path: "/v1/sessions/authenticate", kind: "status", status: 503, times: 1 })
      yield* send({ cookies: { stytch_session_jwt: ada.jwt } }, "/fresh/me")
      yield* control.injectFault({ path: "/v1/sessions/authenticate", kind: "drop", times: 1 })
      yield* send({ authorization: `Bearer ${ada.token}` })
      expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200, 401, 401, 200, 401, 503, 503])

      // The capture works: it saw the middleware's spans (and the JWT checks within them), their
      // attributes and the warnings.
      const spans = (name: string) => captured.spans.filter((span) => span.name === name)
      expect(spans("effect4-stytch/SessionAuth").length + spans("test/FreshSessionAuth").length).toBe(answers.length)
      expect(spans("Stytch.sessions.authenticateJwt").length).toBeGreaterThanOrEqual(7)
      expect(captured.everything()).toContain("stytch.session.source=bearer")
      expect(captured.everything()).toContain("stytch.jwt.verified=local")
      expect(captured.everything()).toContain("stytch.jwt.verified=remote")
      expect(captured.logs.filter((line) => line.includes("Stytch could not check the"))).toHaveLength(2)
      // The server's request log (one line per answer, with its URL) went to the capture too.
      expect(captured.logs.filter((line) => line.includes("Sent HTTP response"))).toHaveLength(answers.length)
      expect(captured.logs.filter((line) => line.includes("Local session JWT verification failed")).length).toBeGreaterThanOrEqual(2)

      const secrets = [ada.token, ada.jwt, bob.token, bob.jwt, bobExpired, forged, "garbage-token-value-123"]
      const rendered = answers.map((answer) => `${answer.status} ${JSON.stringify([...answer.headers])} ${answer.text}`).join("\n")
      const everything = `${captured.everything()}\n${rendered}`
      for (const secret of secrets) {
        expect(everything).not.toContain(secret)
        // The JWT's signature alone is as good as a leak of the whole.
        if (secret.split(".").length === 3) expect(everything).not.toContain(secret.split(".")[2])
      }
    }).pipe(Effect.provide(served))
  })
})
