/** The web example's HTML templates escape what they are given, and only that. */
import { describe, expect, it } from "vitest"
import { escapeHtml, Html, html } from "../../examples/web/html.js"
import { loginPage, signupPage } from "../../examples/web/pages.js"

describe("examples/web html", () => {
  it("escapes the five characters that can break out of text or a quoted attribute", () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;")
  })

  it("escapes interpolated text, keeps nested templates as markup, flattens lists and drops empty values", () => {
    const name = "<script>alert(1)</script>"
    const out = html`<p>${name}</p>${html`<b>${"&"}</b>`}${["<i>", html`<u>ok</u>`]}${undefined}${null}${false}${0}`
    expect(out).toBeInstanceOf(Html)
    expect(out.markup).toBe("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p><b>&amp;</b>&lt;i&gt;<u>ok</u>0")
  })

  it("puts a hostile email back into the form as an attribute value, not markup", () => {
    const email = `"><script>alert(1)</script>`
    const page = loginPage({ email, problem: { message: "<b>no</b>", details: ["<img src=x onerror=alert(1)>"] } }).markup
    expect(page).toContain(`value="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"`)
    expect(page).not.toContain("<script>")
    expect(page).not.toContain("<img")
    expect(page).toContain("&lt;b&gt;no&lt;/b&gt;")
  })

  it("never puts a password into a page", () => {
    expect(signupPage({ email: "ada@example.com" }).markup).toMatch(/<input id="password" name="password" type="password" autocomplete="new-password" required>/)
  })
})
