/**
 * The OpenAPI descriptions copied into test/fixtures/openapi, and their Passwords operations:
 * the helpers are shared with the Effect 4 line (`packages/effect4/test/cases/openapi.ts`).
 */
export {
  component,
  headerParameters,
  type FixtureName,
  loadOpenApi,
  opaque,
  type OpenApiFile,
  operation,
  type Operation,
  type Parameter,
  parameterNames,
  parametersSchema,
  postSchemas,
  successSchema
} from "../../packages/effect4/test/cases/openapi.js"
export { endpointsOf } from "../support/wireShape.js"

import { Schema } from "effect"
import * as Root from "../../src/index.js"

/** An exported model of this line by its export name (the shared conformance data names models so). */
export const modelOf = (name: string): Schema.Schema.AnyNoContext => {
  const value: unknown = Object.entries(Root).find(([key]) => key === name)?.[1]
  if (!Schema.isSchema(value)) throw new Error(`no exported schema ${name}`)
  return value as Schema.Schema.AnyNoContext
}
