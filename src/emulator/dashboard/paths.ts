/**
 * Where the dashboard's page, assets and live log are served.
 *
 * @since 0.1.0
 */

/**
 * The dashboard's own paths (the page also answers at `/`).
 *
 * @example
 * ```ts
 * import { dashboardPaths } from "./paths.js"
 *
 * dashboardPaths.page // "/emulator/ui"
 * ```
 */
export const dashboardPaths = {
  page: "/emulator/ui",
  script: "/emulator/ui/dashboard.js",
  styles: "/emulator/ui/dashboard.css",
  stream: "/emulator/v1/requests/stream"
} as const
