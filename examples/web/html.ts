/**
 * HTML with escaping by default: every value put into an `html` template is escaped unless it
 * is itself `Html` (the output of another template), so user input (an email, Stytch's
 * feedback) can never become markup.
 */

/** Markup that is safe to insert as is. */
export class Html {
  constructor(readonly markup: string) {}
  toString(): string {
    return this.markup
  }
}

/** What a template accepts: text (escaped), markup, lists of either; nothing renders as "". */
export type Fragment = Html | string | number | null | undefined | false | ReadonlyArray<Fragment>

const entities: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }

/** Escapes text for an element's content and for a quoted attribute value alike. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (char) => entities[char] ?? char)

const render = (fragment: Fragment): string => {
  if (fragment instanceof Html) return fragment.markup
  if (Array.isArray(fragment)) return fragment.map(render).join("")
  if (fragment === null || fragment === undefined || fragment === false) return ""
  return escapeHtml(String(fragment))
}

/** The template tag: `html\`<p>${email}</p>\`` escapes `email`. */
export const html = (strings: TemplateStringsArray, ...values: ReadonlyArray<Fragment>): Html =>
  new Html(strings.reduce((out, text, index) => out + text + (index < values.length ? render(values[index]) : ""), ""))
