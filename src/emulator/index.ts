/**
 * effect-stytch/emulator: a local Stytch for the Passwords product, in-process.
 * The HTTP server is at `effect-stytch/emulator/server`.
 *
 * @since 0.1.0
 */
export { EmulatorControlError, MemberPatch, MemberSeed, OrganizationPatch, OrganizationSeed } from "./control/operations.js"
export { defaultProjectId, defaultSecret, type EmulatorOptions } from "./EmulatorConfig.js"
export { type EmulatorControl, StytchEmulator } from "./StytchEmulator.js"
export { EmulatorState, Fault, OutboxMessage, Settings } from "./state/State.js"
export { InvalidStateFile } from "./state/Store.js"
export type { MemberAccount, PasswordSummary, UserAccount } from "./control/accounts.js"
export { LoggedRequest } from "./requests/RequestLog.js"
