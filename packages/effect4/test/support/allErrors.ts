import { Schema } from "effect"
import * as MigrateErrors from "../../src/errors/MigrateErrors.js"
import * as OrganizationErrors from "../../src/errors/OrganizationErrors.js"
import * as PasswordErrors from "../../src/errors/PasswordErrors.js"
import * as PlatformErrors from "../../src/errors/PlatformErrors.js"
import * as ResetErrors from "../../src/errors/ResetErrors.js"
import * as SessionErrors from "../../src/errors/SessionErrors.js"
import type { ApiErrorClass } from "../../src/index.js"

/** Every known API error class of the catalogue. */
export const allErrorClasses: ReadonlyArray<ApiErrorClass> = [
  PasswordErrors,
  ResetErrors,
  MigrateErrors,
  SessionErrors,
  OrganizationErrors,
  PlatformErrors
].flatMap((module) => Object.values(module).filter((value): value is ApiErrorClass => Schema.isSchema(value)))
