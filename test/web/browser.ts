/**
 * The headless Chromium the web example's test drives: the one at CHROMIUM_PATH, else Debian's
 * /usr/bin/chromium. Nothing is downloaded (playwright-core ships no browser). Without one the
 * test fails with a message that says what to install; it is never skipped.
 */
import { accessSync, constants } from "node:fs"
import { type Browser, chromium } from "playwright-core"

export const chromiumPath = (): string => {
  const path = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium"
  try {
    accessSync(path, constants.X_OK)
    return path
  } catch {
    throw new Error(
      `No Chromium at ${path}: the web example's browser test needs one. ` +
        "Install Debian's (apt-get install -y chromium) or point CHROMIUM_PATH at a Chromium or Chrome executable."
    )
  }
}

/** Headless, and able to run as root in a container (no sandbox, no /dev/shm limits). */
export const launchChromium = async (): Promise<Browser> =>
  chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    timeout: 60_000,
    args: ["--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--no-first-run", "--no-default-browser-check"]
  })
