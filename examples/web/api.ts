/**
 * The app's routes as an HttpApi: pages answer HTML, forms post URL-encoded bodies. Endpoints
 * that need a signed-in user carry the `SessionAuth` middleware.
 */
import { HttpApi, HttpApiEndpoint, HttpApiGroup, HttpApiSchema } from "@effect/platform"
import { Schema } from "effect"
import { SessionAuth } from "effect-stytch"

/**
 * For deleting the account: the JWT is not trusted on its own (a revoked session's JWT stays
 * valid locally for its five minutes), so Stytch is asked every time.
 */
export class FreshSessionAuth extends SessionAuth.Tag<FreshSessionAuth>()("examples/web/FreshSessionAuth", { maxTokenAgeSeconds: 0 }) {}

/** A page. */
export const HtmlPage = Schema.String.pipe(HttpApiSchema.withEncoding({ kind: "Text", contentType: "text/html; charset=utf-8" }))


/** A password is redacted from the moment it is decoded. */
const Password = Schema.Redacted(Schema.String)

// Form posts are `application/x-www-form-urlencoded`.
const Credentials = HttpApiSchema.withEncoding(Schema.Struct({ email: Schema.String, password: Password }), { kind: "UrlParams" })

const ForgotForm = HttpApiSchema.withEncoding(Schema.Struct({ email: Schema.String }), { kind: "UrlParams" })

const ResetForm = HttpApiSchema.withEncoding(Schema.Struct({ token: Schema.String, password: Password }), { kind: "UrlParams" })

export const HomeGroup = HttpApiGroup.make("home").add(HttpApiEndpoint.get("home", "/").addSuccess(HtmlPage))

export const AccountGroup = HttpApiGroup.make("account")
  .add(HttpApiEndpoint.get("signupForm", "/signup").addSuccess(HtmlPage))
  .add(HttpApiEndpoint.post("signup", "/signup").setPayload(Credentials).addSuccess(HtmlPage))
  .add(HttpApiEndpoint.post("deleteAccount", "/account/delete").addSuccess(HtmlPage).middleware(FreshSessionAuth))

export const SessionGroup = HttpApiGroup.make("session")
  .add(
    HttpApiEndpoint.get("loginForm", "/login")
      .setUrlParams(Schema.Struct({ notice: Schema.optional(Schema.String) }))
      .addSuccess(HtmlPage)
  )
  .add(HttpApiEndpoint.post("login", "/login").setPayload(Credentials).addSuccess(HtmlPage))
  .add(HttpApiEndpoint.post("logout", "/logout").addSuccess(HtmlPage))
  .add(HttpApiEndpoint.get("private", "/private").addSuccess(HtmlPage).middleware(SessionAuth))

export const ResetGroup = HttpApiGroup.make("reset")
  .add(HttpApiEndpoint.get("forgotForm", "/forgot").addSuccess(HtmlPage))
  .add(HttpApiEndpoint.post("forgot", "/forgot").setPayload(ForgotForm).addSuccess(HtmlPage))
  .add(
    HttpApiEndpoint.get("resetForm", "/reset")
      .setUrlParams(Schema.Struct({ token: Schema.optional(Schema.String), stytch_token_type: Schema.optional(Schema.String) }))
      .addSuccess(HtmlPage)
  )
  .add(HttpApiEndpoint.post("reset", "/reset").setPayload(ResetForm).addSuccess(HtmlPage))

export class WebApi extends HttpApi.make("web").add(HomeGroup).add(AccountGroup).add(SessionGroup).add(ResetGroup) {}
