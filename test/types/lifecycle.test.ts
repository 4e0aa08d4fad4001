/**
 * The new services read like the old ones: each tag holds its named interface, equal to the
 * client derived from its endpoint descriptions, and each method takes its named request and
 * returns its named response and error union. Checked by `tsc` (npm run typecheck), where a
 * wrong `expectTypeOf` fails to compile.
 */
import { describe, expectTypeOf, it } from "@effect/vitest"
import type { Effect } from "effect"
import {
  B2BOrganizations,
  type B2BOrganizationsMembersDeleteError,
  type B2BOrganizationsMembersDeleteRequest,
  type B2BOrganizationsMembersDeleteResponse,
  type B2BOrganizationsService,
  B2BSessions,
  type B2BSessionsGetError,
  type B2BSessionsGetJWKSError,
  type B2BSessionsGetJWKSRequest,
  type B2BSessionsGetJWKSResponse,
  type B2BSessionsGetRequest,
  type B2BSessionsGetResponse,
  type ClientOf,
  Endpoint,
  type InvalidUserId,
  type Jwk,
  Sessions,
  type SessionsGetError,
  type SessionsGetJWKSError,
  type SessionsGetJWKSRequest,
  type SessionsGetJWKSResponse,
  type SessionsGetRequest,
  type SessionsGetResponse,
  type StytchFailure,
  type UserNotFound,
  Users,
  type UsersDeleteError,
  type UsersDeletePasswordError,
  type UsersDeletePasswordRequest,
  type UsersDeletePasswordResponse,
  type UsersDeleteRequest,
  type UsersDeleteResponse,
  type UsersGetError,
  type UsersGetRequest,
  type UsersGetResponse,
  type UsersService
} from "../../src/index.js"

type Method<Request, Response, Failure> = (request: Request) => Effect.Effect<Response, Failure>

describe("the lifecycle services are their named interfaces", () => {
  it("tags and derived clients", () => {
    expectTypeOf<Users["Type"]>().toEqualTypeOf<UsersService>()
    expectTypeOf<ClientOf<typeof Users.endpoints>>().toEqualTypeOf<UsersService>()
    expectTypeOf<B2BOrganizations["Type"]>().toEqualTypeOf<B2BOrganizationsService>()
    expectTypeOf<ClientOf<typeof B2BOrganizations.endpoints>>().toEqualTypeOf<B2BOrganizationsService>()
  })

  it("each method takes its named request and returns its named response and error union", () => {
    expectTypeOf<UsersService["get"]>().toEqualTypeOf<Method<UsersGetRequest, UsersGetResponse, UsersGetError>>()
    expectTypeOf<UsersService["delete"]>().toEqualTypeOf<Method<UsersDeleteRequest, UsersDeleteResponse, UsersDeleteError>>()
    expectTypeOf<UsersService["deletePassword"]>().toEqualTypeOf<
      Method<UsersDeletePasswordRequest, UsersDeletePasswordResponse, UsersDeletePasswordError>
    >()
    expectTypeOf<Sessions["Type"]["get"]>().toEqualTypeOf<Method<SessionsGetRequest, SessionsGetResponse, SessionsGetError>>()
    expectTypeOf<Sessions["Type"]["getJWKS"]>().toEqualTypeOf<Method<SessionsGetJWKSRequest, SessionsGetJWKSResponse, SessionsGetJWKSError>>()
    expectTypeOf<B2BSessions["Type"]["get"]>().toEqualTypeOf<Method<B2BSessionsGetRequest, B2BSessionsGetResponse, B2BSessionsGetError>>()
    expectTypeOf<B2BSessions["Type"]["getJWKS"]>().toEqualTypeOf<
      Method<B2BSessionsGetJWKSRequest, B2BSessionsGetJWKSResponse, B2BSessionsGetJWKSError>
    >()
    expectTypeOf<B2BOrganizationsService["members"]["delete"]>().toEqualTypeOf<
      Method<B2BOrganizationsMembersDeleteRequest, B2BOrganizationsMembersDeleteResponse, B2BOrganizationsMembersDeleteError>
    >()
  })

  it("the error unions: the declared classes and every StytchFailure; the JWKS only StytchFailure", () => {
    expectTypeOf<UsersGetError>().toEqualTypeOf<UserNotFound | InvalidUserId | StytchFailure>()
    expectTypeOf<SessionsGetJWKSError>().toEqualTypeOf<StytchFailure>()
    expectTypeOf<SessionsGetJWKSResponse["keys"]>().toEqualTypeOf<ReadonlyArray<Jwk>>()
  })

  it("a description's method fixes its retry rule: a GET is retrySafe: true, a DELETE retrySafe: false", () => {
    expectTypeOf<Endpoint.RetrySafeFor<"GET">>().toEqualTypeOf<true>()
    expectTypeOf<Endpoint.RetrySafeFor<"DELETE">>().toEqualTypeOf<false>()
    expectTypeOf<Endpoint.RetrySafeFor<"POST">>().toEqualTypeOf<boolean>()
    expectTypeOf(Endpoint.make<never, never, readonly [], "DELETE">).parameter(0).toHaveProperty("retrySafe").toEqualTypeOf<false>()
  })

  it("query fields are request fields", () => {
    expectTypeOf<NonNullable<(typeof Sessions.endpoints.get)["query"]>>().toEqualTypeOf<ReadonlyArray<"user_id">>()
  })
})
