/** (c) effect-stytch's client alone: the login, nothing else (effect and platform included). */
import { Effect } from "effect"
import { login } from "./login.js"

Effect.runPromise(login("ada@example.com", "correct horse battery staple")).then(console.log, console.error)
