/**
 * effect4-stytch/emulator: a local Stytch for the Passwords product, in-process, or at the URL
 * of a running `effect4-stytch emulator` server. The emulator is effect-stytch's own, shipped
 * inside this package as a self-contained build: one emulator for the Effect 3 and Effect 4 lines.
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
