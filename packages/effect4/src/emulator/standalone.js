// In source form (tests, type-check) the emulator engine is effect-stytch's own module, on its
// Effect 3; the types are standalone.d.ts, beside this file. The build replaces this file with a
// self-contained bundle of the same module (scripts/build.mjs).
export * from "../../../../src/emulator/standalone.ts"
