/**
 * Compares the wire side (Encoded) of an Effect Schema with an OpenAPI 3.0 schema and lists
 * every difference as a readable line.
 *
 * The checker itself is shared with the Effect 4 line (`packages/effect4/test/cases/openapi.ts`,
 * which documents its rules): it works on the schema's neutral wire shape, which this line
 * derives from its Effect 3 Schema AST (`test/support/wireShape.ts`).
 */
import type { Schema } from "effect"
import { type CheckOptions, checkShape, type OpenApiDocument, type OpenApiSchema, type Side } from "../../packages/effect4/test/cases/openapi.js"
import { shapeOf } from "../support/wireShape.js"

export type { CheckOptions, OpenApiDocument, OpenApiSchema, Side }

/**
 * Every difference between the Encoded side of `schema` and `openapi` (`$ref`s resolved in
 * `doc.components.schemas`). Empty when they agree.
 */
export const checkSchema = (
  schema: Schema.Schema.AnyNoContext,
  openapi: OpenApiSchema,
  doc: OpenApiDocument,
  side: Side,
  options: CheckOptions = {}
): Array<string> => checkShape(shapeOf(schema.ast), openapi, doc, side, options)
