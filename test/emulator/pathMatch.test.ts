/** Which route a path is: exact paths, templates and prefixes, and which wins when several match. */
import { describe, expect, it } from "@effect/vitest"
import { Endpoint, Users } from "../../src/index.js"
import { matchPath, specificity } from "../../src/emulator/http/pathMatch.js"

describe("matchPath", () => {
  const user = { path: "/v1/users/{user_id}" }
  const member = { path: "/v1/b2b/organizations/{organization_id}/members/{member_id}" }

  it("a template captures one segment per parameter, percent-decoded", () => {
    expect(matchPath(user, "/v1/users/user-test-1")).toEqual({ user_id: "user-test-1" })
    expect(matchPath(user, "/v1/users/a%2Fb%20c")).toEqual({ user_id: "a/b c" })
    expect(matchPath(member, "/v1/b2b/organizations/acme/members/member-test-1")).toEqual({ organization_id: "acme", member_id: "member-test-1" })
  })

  it("another number of segments or another literal segment is not the route; an empty segment is an empty value", () => {
    expect(matchPath(user, "/v1/users/a/b")).toBeUndefined()
    expect(matchPath(user, "/v1/users")).toBeUndefined()
    expect(matchPath(user, "/v1/people/user-test-1")).toBeUndefined()
    expect(matchPath(member, "/v1/b2b/organizations/acme/member/member-test-1")).toBeUndefined()
    expect(matchPath(user, "/v1/users/")).toEqual({ user_id: "" })
  })

  it("a malformed escape is kept as it is, never thrown", () => {
    expect(matchPath(user, "/v1/users/%E0%A4%A")).toEqual({ user_id: "%E0%A4%A" })
  })

  it("exact paths and prefixes as before", () => {
    expect(matchPath({ path: "/v1/passwords" }, "/v1/passwords")).toEqual({})
    expect(matchPath({ path: "/v1/passwords" }, "/v1/passwords/")).toBeUndefined()
    expect(matchPath({ path: "/emulator/v1/members/", prefix: true }, "/emulator/v1/members/x/y")).toEqual({})
  })

  it("an exact path is more precise than a template, a template than a prefix, literal segments count", () => {
    expect(specificity({ path: "/v1/users/search" })).toBeGreaterThan(specificity({ path: "/v1/users/{user_id}" }))
    expect(specificity({ path: "/v1/users/passwords/{password_id}" })).toBeGreaterThan(specificity({ path: "/v1/users/{user_id}" }))
    expect(specificity({ path: "/v1/users/{user_id}" })).toBeGreaterThan(specificity({ path: "/v1/", prefix: true }))
  })
})

describe("Endpoint.pathFields", () => {
  it("names the template's fields in order; none for a plain path", () => {
    expect(Endpoint.pathFields({ path: "/v1/b2b/organizations/{organization_id}/members/{member_id}" })).toEqual(["organization_id", "member_id"])
    expect(Endpoint.pathFields(Users.endpoints.deletePassword)).toEqual(["password_id"])
    expect(Endpoint.pathFields({ path: "/v1/sessions" })).toEqual([])
  })

  it("make defaults the method to POST and keeps a given one", () => {
    expect(Users.endpoints.get.method).toBe("GET")
    expect(Users.endpoints.delete.method).toBe("DELETE")
    const { method: _, ...withoutMethod } = Users.endpoints.get
    expect(Endpoint.make({ ...withoutMethod, retrySafe: true }).method).toBe("POST")
  })
})
