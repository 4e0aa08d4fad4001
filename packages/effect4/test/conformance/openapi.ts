/**
 * Compares the wire side (Encoded) of an Effect 4 Schema with an OpenAPI 3.0 schema and lists
 * every difference as a readable line: the root's checker (`../cases/openapi.ts`, shared by
 * both lines) on this line's wire shapes (`../agreement/wireShape.ts`).
 */
import type * as Schema from "effect/Schema"
import { type CheckOptions, checkShape, type OpenApiDocument, type OpenApiSchema, type Side } from "../cases/openapi.js"
import { shapeOf } from "../agreement/wireShape.js"

export type { CheckOptions, OpenApiDocument, OpenApiSchema, Side }

/**
 * Every difference between the Encoded side of `schema` and `openapi` (`$ref`s resolved in
 * `doc.components.schemas`). Empty when they agree.
 */
export const checkSchema = (
  schema: Schema.Top,
  openapi: OpenApiSchema,
  doc: OpenApiDocument,
  side: Side,
  options: CheckOptions = {}
): Array<string> => checkShape(shapeOf(schema.ast), openapi, doc, side, options)
