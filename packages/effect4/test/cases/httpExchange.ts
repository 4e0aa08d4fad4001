/**
 * One HTTP exchange with a served API, as the middleware suites of both lines make it: the
 * headers a request carries (cookies, Authorization) and what its answer gave (status, headers,
 * text, and the JSON of the text). No Effect import here.
 */

/** What one HTTP exchange with the served API gave. */
export interface Answer {
  readonly status: number
  readonly headers: Headers
  readonly text: string
  readonly json: unknown
}

/** What a request sends: cookies (one `Cookie` header) and an `Authorization` header. */
export interface Sent {
  readonly cookies?: Record<string, string>
  readonly authorization?: string
}

/** The request headers of `sent`. */
export const headersOf = (sent: Sent): Headers => {
  const headers = new Headers()
  const cookies = Object.entries(sent.cookies ?? {})
  if (cookies.length > 0) headers.set("cookie", cookies.map(([name, value]) => `${name}=${value}`).join("; "))
  if (sent.authorization !== undefined) headers.set("authorization", sent.authorization)
  return headers
}

/** What `response` gave; `json` is undefined when its text is not JSON. */
export const answerOf = async (response: Response): Promise<Answer> => {
  const text = await response.text()
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    json = undefined
  }
  return { status: response.status, headers: response.headers, text, json }
}
