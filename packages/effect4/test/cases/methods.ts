/**
 * Where each request field goes on the wire, as plain data: GET and DELETE endpoints (path
 * parameters percent-encoded into one segment, query parameters in the description's order,
 * headers, no body), a POST for contrast, and the requests refused before anything is sent.
 * Read by the root's test/core/methods.test.ts and packages/effect4/test/conformance/methods.test.ts.
 *
 * No Effect import here.
 */

/** The origin every case's client is configured with. */
export const base = "http://stytch.local"

/** The project id the stub clients use (a path parameter of the JWKS endpoints). */
export const jwksProjectId = "project-test-11111111-2222-4333-8444-555555555555"

/** A member session token sent as the `X-Stytch-Member-Session` header. */
export const memberSessionToken = "mZAYn5aLEqKUlZ_Ad9U_fWr38GaAQ1oFAhT8ds245v7Q"

/** One call and exactly what goes out for it. */
export interface PlacementCase {
  readonly label: string
  /** The endpoint's dotted name (`b2b.organizations.members.delete`). */
  readonly endpoint: string
  readonly request: Readonly<Record<string, unknown>>
  readonly method: "GET" | "POST" | "DELETE"
  /** The full URL sent. */
  readonly url: string
  /** The body sent: "" for a GET or DELETE. */
  readonly body: string
  /** Headers that must be present (lower-case names), and their values. */
  readonly headers?: Readonly<Record<string, string>>
  /** Headers that must be absent (lower-case names). */
  readonly absent?: ReadonlyArray<string>
}

export const placementCases: ReadonlyArray<PlacementCase> = [
  {
    label: "users.get: GET /v1/users/<id>, no body, no content-type",
    endpoint: "users.get",
    request: { user_id: "user-test-1" },
    method: "GET",
    url: `${base}/v1/users/user-test-1`,
    body: "",
    headers: { accept: "application/json" },
    absent: ["content-type", "content-length"]
  },
  {
    label: "users.delete: DELETE with the id in the path, no body",
    endpoint: "users.delete",
    request: { user_id: "user-test-1" },
    method: "DELETE",
    url: `${base}/v1/users/user-test-1`,
    body: "",
    absent: ["content-type"]
  },
  {
    label: "users.deletePassword: DELETE with the password id in the path",
    endpoint: "users.deletePassword",
    request: { password_id: "password-test-1" },
    method: "DELETE",
    url: `${base}/v1/users/passwords/password-test-1`,
    body: ""
  },
  {
    label: "sessions.get: the user id in the query string, nothing else",
    endpoint: "sessions.get",
    request: { user_id: "user-test-1" },
    method: "GET",
    url: `${base}/v1/sessions?user_id=user-test-1`,
    body: ""
  },
  {
    label: "b2b.sessions.get: both query parameters, in the description's order",
    endpoint: "b2b.sessions.get",
    request: { member_id: "member-test-1", organization_id: "acme" },
    method: "GET",
    url: `${base}/v1/b2b/sessions?organization_id=acme&member_id=member-test-1`,
    body: ""
  },
  {
    label: "query values are percent-encoded",
    endpoint: "sessions.get",
    request: { user_id: "a b&c=d/é+?#%" },
    method: "GET",
    url: `${base}/v1/sessions?user_id=a%20b%26c%3Dd%2F%C3%A9%2B%3F%23%25`,
    body: ""
  },
  {
    label: "path values are percent-encoded into one segment: a / cannot reach another path",
    endpoint: "users.get",
    request: { user_id: "a/b?c#d %é" },
    method: "GET",
    url: `${base}/v1/users/a%2Fb%3Fc%23d%20%25%C3%A9`,
    body: ""
  },
  {
    label: "a dot that is part of an id is sent as it is",
    endpoint: "users.get",
    request: { user_id: "ada.lovelace" },
    method: "GET",
    url: `${base}/v1/users/ada.lovelace`,
    body: ""
  },
  {
    label: "sessions.getJWKS: the project id in the path",
    endpoint: "sessions.getJWKS",
    request: { project_id: jwksProjectId },
    method: "GET",
    url: `${base}/v1/sessions/jwks/${jwksProjectId}`,
    body: ""
  },
  {
    label: "b2b.sessions.getJWKS: the project id in the path",
    endpoint: "b2b.sessions.getJWKS",
    request: { project_id: jwksProjectId },
    method: "GET",
    url: `${base}/v1/b2b/sessions/jwks/${jwksProjectId}`,
    body: ""
  },
  {
    label: "members.delete: two path parameters, the member session as a header, still no body",
    endpoint: "b2b.organizations.members.delete",
    request: { organization_id: "acme corp", member_id: "member-test-1", authorization: { session_token: memberSessionToken } },
    method: "DELETE",
    url: `${base}/v1/b2b/organizations/acme%20corp/members/member-test-1`,
    body: "",
    headers: { "x-stytch-member-session": memberSessionToken }
  },
  {
    label: "a POST is unchanged: its JSON body and content-type",
    endpoint: "sessions.revoke",
    request: { session_id: "session-test-1" },
    method: "POST",
    url: `${base}/v1/sessions/revoke`,
    body: `{"session_id":"session-test-1"}`,
    headers: { "content-type": "application/json" }
  }
]

/** `[label, endpoint, request, field]`: path and query values refused before anything is sent. */
export const refusedParameters: ReadonlyArray<readonly [string, string, Readonly<Record<string, unknown>>, string]> = [
  ["an empty user id (path)", "users.get", { user_id: "" }, "user_id"],
  ["a user id of \".\"", "users.delete", { user_id: "." }, "user_id"],
  ["a user id of \"..\"", "users.get", { user_id: ".." }, "user_id"],
  ["an empty password id", "users.deletePassword", { password_id: "" }, "password_id"],
  ["an empty user id (query)", "sessions.get", { user_id: "" }, "user_id"],
  ["an empty project id", "sessions.getJWKS", { project_id: "" }, "project_id"],
  ["a member id of \"..\"", "b2b.organizations.members.delete", { organization_id: "acme", member_id: ".." }, "member_id"],
  ["an empty organization id (query)", "b2b.sessions.get", { organization_id: "", member_id: "member-test-1" }, "organization_id"]
]

/** A user with no factors, as the user endpoints answer it. */
const bareUser = {
  user_id: "user-test-1",
  emails: [],
  status: "active",
  phone_numbers: [],
  webauthn_registrations: [],
  providers: [],
  totps: [],
  crypto_wallets: [],
  biometric_registrations: [],
  is_locked: false,
  roles: []
}

/** A success body any of these endpoints decodes (each reads only the fields it has). */
export const anySuccessBody = {
  request_id: "request-id-test-1",
  status_code: 200,
  ...bareUser,
  user: bareUser,
  sessions: [],
  keys: [],
  member_sessions: [],
  member_id: "member-test-1"
}

/** `[configured base URL, the URL a strength check goes to]`: how the base URL and the path join. */
export const baseUrlCases: ReadonlyArray<readonly [string, string]> = [
  ["http://127.0.0.1:4010", "http://127.0.0.1:4010/v1/passwords/strength_check"],
  ["http://127.0.0.1:4010/", "http://127.0.0.1:4010/v1/passwords/strength_check"],
  ["https://proxy.example.com/stytch", "https://proxy.example.com/stytch/v1/passwords/strength_check"],
  ["https://proxy.example.com/stytch//", "https://proxy.example.com/stytch/v1/passwords/strength_check"]
]

/** `[project id, the host inferred from it]` when no base URL is given. */
export const inferredHosts: ReadonlyArray<readonly [string, string]> = [
  ["project-live-abc", "https://api.stytch.com/v1/passwords/strength_check"],
  ["project-test-abc", "https://test.stytch.com/v1/passwords/strength_check"]
]

/** A strength check's success body. */
export const strengthOk = {
  request_id: "request-id-test-1",
  status_code: 200,
  valid_password: true,
  score: 4,
  breached_password: false,
  strength_policy: "zxcvbn",
  breach_detection_on_create: true,
  feedback: { warning: "", suggestions: [] }
}
