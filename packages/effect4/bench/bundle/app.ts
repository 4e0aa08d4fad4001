/**
 * The baseline Effect 4 app of the bundle benchmark: effect, Schema and HttpClient, without
 * effect4-stytch: an HttpClient POST through FetchHttpClient and a Schema decode of the answer.
 */
import { Effect, Schema } from "effect"
import { FetchHttpClient, HttpClient, HttpClientRequest, HttpClientResponse } from "effect/http"

const Todo = Schema.Struct({
  id: Schema.Number,
  title: Schema.String,
  completed: Schema.Boolean,
  tags: Schema.Array(Schema.String)
})

export const createTodo = (title: string) =>
  Effect.gen(function* () {
    const client = yield* HttpClient.HttpClient
    const request = HttpClientRequest.post("https://api.example.com/todos").pipe(
      HttpClientRequest.acceptJson,
      HttpClientRequest.bodyJsonUnsafe({ title })
    )
    const response = yield* client.execute(request)
    return yield* HttpClientResponse.schemaBodyJson(Todo)(response)
  }).pipe(Effect.provide(FetchHttpClient.layer))
