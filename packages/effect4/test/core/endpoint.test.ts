/** Endpoint descriptions: `make`'s defaults and checks, the path fields, what counts as one. */
import { describe, expect, it } from "@effect/vitest"
import { Schema } from "effect"
import { Endpoint, Passwords, UserNotFound } from "effect4-stytch"

const Request = Schema.Struct({ user_id: Schema.String, expand: Schema.optional(Schema.String) })
const Response = Schema.Struct({ request_id: Schema.String, status_code: Schema.Number })

describe("Endpoint descriptions", () => {
  it("make: POST unless given, the query and errors kept as given", () => {
    const post = Endpoint.make({ name: "example.post", path: "/v1/examples", request: Request, response: Response, errors: [], retrySafe: false })
    expect(post.method).toBe("POST")
    const get = Endpoint.make({
      name: "example.get",
      method: "GET",
      path: "/v1/examples/{user_id}",
      query: ["expand"],
      request: Request,
      response: Response,
      errors: [UserNotFound],
      retrySafe: true
    })
    expect([get.method, get.query, get.errors]).toEqual(["GET", ["expand"], [UserNotFound]])
    // A description built from another keeps its query, typed as it was.
    const copy = Endpoint.make({ ...get, name: "example.copy" })
    expect(copy.query).toEqual(["expand"])
    // Any description is an Endpoint.
    const described: ReadonlyArray<Endpoint.Endpoint> = [post, get, copy, Passwords.endpoints.strengthCheck]
    expect(described).toHaveLength(4)
  })

  it("make refuses, at compile time, query names that are not request fields and retry rules the method forbids", () => {
    const bad = () =>
      Endpoint.make({
        name: "example.bad",
        method: "GET",
        path: "/v1/examples",
        // @ts-expect-error: "nope" is not a field of the request
        query: ["nope"],
        request: Request,
        response: Response,
        errors: [],
        retrySafe: true
      })
    const deleteRetried = () =>
      Endpoint.make({
        name: "example.delete",
        method: "DELETE",
        path: "/v1/examples/{user_id}",
        request: Request,
        response: Response,
        errors: [],
        // @ts-expect-error: a DELETE is never safe to repeat
        retrySafe: true
      })
    expect([typeof bad, typeof deleteRetried]).toEqual(["function", "function"])
  })

  it("pathFields names the template's fields in order; isEndpoint tells a description from a group", () => {
    expect(Endpoint.pathFields({ path: "/v1/b2b/organizations/{organization_id}/members/{member_id}" })).toEqual([
      "organization_id",
      "member_id"
    ])
    expect(Endpoint.pathFields({ path: "/v1/passwords" })).toEqual([])
    expect(Endpoint.isEndpoint(Passwords.endpoints.create)).toBe(true)
    expect(Endpoint.isEndpoint(Passwords.endpoints.email)).toBe(false)
    expect(Endpoint.isEndpoint(null)).toBe(false)
  })
})
