/** This line's endpoints and models, as the shared conformance data names them. */
import * as Schema from "effect/Schema"
import * as V4 from "../../src/index.js"
import type * as Endpoint from "../../src/Endpoint.js"
import { endpointsOf, type EndpointLike, shapeOf } from "../agreement/wireShape.js"
import { withoutFields } from "../cases/openapi.js"
import type { Shape } from "../cases/shape.js"

/** An exported model of this line by its export name. */
export const modelOf = (name: string): Schema.Top => {
  const value: unknown = Object.entries(V4).find(([key]) => key === name)?.[1]
  if (!Schema.isSchema(value)) throw new Error(`no exported schema ${name}`)
  return value
}

/** Every endpoint of this line, depth first, service by service. */
export const allEndpoints: ReadonlyArray<Endpoint.Endpoint> = [
  V4.Passwords,
  V4.Users,
  V4.Sessions,
  V4.B2BPasswords,
  V4.B2BSessions,
  V4.B2BOrganizations
].flatMap((service) => endpointsOf(service.endpoints))

/** An endpoint of this line by its dotted name. */
export const endpointNamed = (name: string): Endpoint.Endpoint => {
  const endpoint = allEndpoints.find((candidate) => candidate.name === name)
  if (endpoint === undefined) throw new Error(`no endpoint ${name}`)
  return endpoint
}

/** The top-level request fields an endpoint sends as headers. */
export const headerFields = (endpoint: EndpointLike): ReadonlySet<string> =>
  new Set(Object.keys(endpoint.headers ?? {}).map((path) => path.split(".")[0] ?? path))

/** The request as it goes out in the body or the path and query: the fields sent as headers taken out. */
export const requestWithoutHeaders = (endpoint: EndpointLike): Shape => withoutFields(shapeOf(endpoint.request.ast), headerFields(endpoint))

/** The fields named in a path template, in order. */
export const pathFields = (path: string): Array<string> =>
  [...path.matchAll(/\{([^{}/]+)\}/g)].flatMap((match) => (match[1] === undefined ? [] : [match[1]]))
