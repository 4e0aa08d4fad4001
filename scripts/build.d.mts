// Types of scripts/build.mjs, for the tests that import it.

/** The modules of src/ that the build bundles, their dependencies inlined. */
export declare const bundledModules: ReadonlyArray<string>

/** A declaration file's doc comments without their `@example` blocks. */
export declare const withoutExamples: (text: string) => string

/** Builds the package into `outdir` (default dist/); resolves to `outdir`. */
export declare const buildPackage: (outdir?: string) => Promise<string>
