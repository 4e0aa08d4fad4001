/**
 * The emulator engine, as plain JavaScript: the declarations of effect-stytch's
 * `src/emulator/standalone.ts`, written by hand so that no Effect 3 type reaches this package.
 * In source form `standalone.js` re-exports that module; in the built package it is a
 * self-contained bundle of it (`scripts/build.mjs`). The root's test/emulator/standalone.test.ts
 * checks that these declarations and the module's own agree, both ways.
 */

/** A fresh emulator's options: plain JSON values. */
export interface StandaloneOptions {
  /** Default `project-test-00000000-0000-4000-8000-000000000000`. */
  readonly projectId?: string | undefined
  /** Default `secret-test-emulator-0000000000000000000000`. */
  readonly secret?: string | undefined
  /** `fast` (default: cheap scrypt, for tests) or `production` (scrypt at OWASP parameters). */
  readonly hashing?: "fast" | "production" | undefined
}

/** A running in-process emulator. */
export interface StandaloneEmulator {
  /** The project the emulator serves. */
  readonly projectId: string
  /** The secret it accepts. */
  readonly secret: string
  /** The base URL `fetch` and `handler` answer on (the host is never resolved). */
  readonly baseUrl: string
  /** The emulator as a fetch-style handler: the answer the server would send, drop marker included. */
  readonly handler: (request: Request) => Promise<Response>
  /** A `fetch` served by the emulator in-process; a `drop` fault rejects it with fetch's `TypeError`. */
  readonly fetch: (input: string | URL | Request, init?: RequestInit) => Promise<Response>
  /** Stops the emulator; later calls are refused. Idempotent. */
  readonly close: () => Promise<void>
}

/** The in-process base URL. */
export declare const inProcessUrl = "http://emulator.local"

/** Starts a fresh emulator in-process. */
export declare const createEmulator: (options?: StandaloneOptions) => Promise<StandaloneEmulator>

/** The project id and secret an emulator uses unless told otherwise. */
export declare const standaloneDefaults: { readonly projectId: string; readonly secret: string }
