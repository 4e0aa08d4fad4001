/** (d) The official Node SDK making the same call. */
import { Client } from "stytch"

const client = new Client({
  project_id: "project-test-00000000-0000-4000-8000-000000000000",
  secret: "secret-test-0000000000000000000000000000"
})

client.passwords
  .authenticate({ email: "ada@example.com", password: "correct horse battery staple", session_duration_minutes: 60 })
  .then(console.log, console.error)
