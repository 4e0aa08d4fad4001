#!/usr/bin/env node
// Prints the size of the declarations the build writes: every `.d.ts` under dist/ (the
// emulator's included; `.d.ts.map` files are not counted), the total and the largest files.
//
//   npm run build && node scripts/declaration-size.mjs              total and top 10
//   node scripts/declaration-size.mjs --top 20                      more files
//   node scripts/declaration-size.mjs --max 600                     exit 1 above 600 KB (1 KB = 1024 bytes)
//   node scripts/declaration-size.mjs --dist some/other/dist        another build
import { readdirSync, statSync } from "node:fs"
import { join, relative, resolve } from "node:path"
import { fileURLToPath } from "node:url"

const option = (name) => {
  const index = process.argv.indexOf(`--${name}`)
  return index < 0 ? undefined : process.argv[index + 1]
}

const root = fileURLToPath(new URL("..", import.meta.url))
const dist = resolve(option("dist") ?? join(root, "dist"))
const top = Number(option("top") ?? 10)
const maxKb = option("max") === undefined ? undefined : Number(option("max"))

const declarations = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return declarations(path)
    return entry.name.endsWith(".d.ts") ? [{ path: relative(dist, path), bytes: statSync(path).size }] : []
  })

let files
try {
  files = declarations(dist).sort((a, b) => b.bytes - a.bytes)
} catch {
  console.error(`${dist}: no build found (run npm run build)`)
  process.exit(2)
}
const total = files.reduce((sum, file) => sum + file.bytes, 0)
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`

console.log(`declarations: ${kb(total)} (${total} bytes) in ${files.length} .d.ts files under ${relative(process.cwd(), dist) || "."}`)
for (const file of files.slice(0, top)) console.log(`${kb(file.bytes).padStart(10)}  ${file.path}`)
if (maxKb !== undefined && total > maxKb * 1024) {
  console.error(`over the limit: ${kb(total)} > ${maxKb} KB`)
  process.exit(1)
}
