/** (b) The baseline Effect 4 app, also logging a user in through effect4-stytch. */
import { Effect } from "effect"
import { createTodo } from "./app.js"
import { login } from "./login.js"

Effect.runPromise(createTodo("write the benchmarks")).then(console.log, console.error)
Effect.runPromise(login("ada@example.com", "correct horse battery staple")).then(console.log, console.error)
