/** Captures every log line and span a program produces, to look for leaks and names. */
import { Cause, Effect, Exit, Layer, Logger, Option, References, Tracer } from "effect"

export interface CapturedSpan {
  readonly name: string
  readonly parentName: string | undefined
  readonly attributes: Map<string, unknown>
  readonly events: Array<string>
}

export const capture = () => {
  const logs: Array<string> = []
  const spans: Array<CapturedSpan> = []
  /** Every span's exit serialised whole: stricter than any exporter. */
  const exits: Array<string> = []
  const byId = new Map<string, CapturedSpan>()
  let next = 0
  const tracer = Tracer.make({
    span: ({ name, parent, annotations, links, startTime, kind, sampled }) => {
      const spanId = `span-${++next}`
      const captured: CapturedSpan = {
        name,
        parentName: Option.isSome(parent) && parent.value._tag === "Span" ? byId.get(parent.value.spanId)?.name : undefined,
        attributes: new Map(),
        events: []
      }
      spans.push(captured)
      byId.set(spanId, captured)
      let status: Tracer.SpanStatus = { _tag: "Started", startTime }
      const span: Tracer.Span = {
        _tag: "Span",
        name,
        spanId,
        traceId: "trace-1",
        parent,
        annotations,
        get status() {
          return status
        },
        attributes: captured.attributes,
        links,
        sampled,
        kind,
        end: (endTime, exit) => {
          status = { _tag: "Ended", startTime, endTime, exit }
          exits.push(JSON.stringify(exit))
          // What exporters such as OpenTelemetry record: the rendered failure, never a success value.
          captured.events.push(Exit.isFailure(exit) ? `failure:${Cause.pretty(exit.cause)}` : "success")
        },
        attribute: (key, value) => {
          captured.attributes.set(key, value)
        },
        event: (eventName, _time, attributes) => {
          captured.events.push(`${eventName}:${JSON.stringify(attributes ?? {})}`)
        },
        addLinks: () => {}
      }
      return span
    }
  })
  const logger = Logger.make(({ cause, fiber, message }) => {
    const annotations = fiber.getRef(References.CurrentLogAnnotations)
    const logSpans = fiber.getRef(References.CurrentLogSpans)
    logs.push(`${JSON.stringify(message)} ${JSON.stringify(annotations)} ${Cause.pretty(cause)} ${JSON.stringify(logSpans)}`)
  })
  const layer = Layer.mergeAll(
    Layer.succeed(Tracer.Tracer, tracer),
    Logger.layer([logger]),
    Layer.succeed(References.MinimumLogLevel, "All")
  )
  /** Everything captured, as one string, with span attributes rendered the way exporters do. */
  const everything = () =>
    [
      ...logs,
      ...spans.flatMap((span) => [span.name, ...span.events, ...[...span.attributes].map(([k, v]) => `${k}=${String(v)}`)])
    ].join("\n")
  return { logs, spans, exits, layer, everything }
}

export const withCapture = <A, E, R>(self: Effect.Effect<A, E, R>, captured: ReturnType<typeof capture>) =>
  Effect.provide(self, captured.layer)
