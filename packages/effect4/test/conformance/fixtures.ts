/**
 * The OpenAPI descriptions in the root's test/fixtures/openapi (one set of files for both
 * lines), their operations, and this line's endpoint trees: the same helpers as the root's
 * test/conformance/fixtures.ts, shared through `../cases/openapi.ts`.
 */
export {
  component,
  type FixtureName,
  headerParameters,
  loadOpenApi,
  opaque,
  type OpenApiDocument,
  type OpenApiFile,
  type OpenApiSchema,
  operation,
  type Operation,
  type Parameter,
  parameterNames,
  parametersSchema,
  postSchemas,
  successSchema
} from "../cases/openapi.js"
export { endpointsOf } from "../agreement/wireShape.js"
