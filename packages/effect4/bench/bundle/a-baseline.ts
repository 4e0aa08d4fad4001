/** (a) The baseline Effect 4 app alone. */
import { Effect } from "effect"
import { createTodo } from "./app.js"

Effect.runPromise(createTodo("write the benchmarks")).then(console.log, console.error)
