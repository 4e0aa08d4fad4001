// Types of scripts/jsdoc-examples.mjs, for the tests that import it.
import type ts from "typescript"

/** A ```ts block of a JSDoc comment: its code, and the 1-based line of its first line in the source. */
export interface Example {
  readonly line: number
  readonly code: string
}

/** A type error of an example, at its line in the source file. */
export interface ExampleFailure {
  readonly file: string
  readonly line: number
  readonly example: number
  readonly message: string
}

export interface SourceText {
  readonly fileName: string
  readonly text: string
}

export declare const extractExamples: (text: string) => Array<Example>

export declare const exampleCompilerOptions: (root: string, tsconfig?: string) => ts.CompilerOptions

export declare const checkExamples: (
  sources: ReadonlyArray<SourceText>,
  settings: { readonly root: string; readonly options?: ts.CompilerOptions }
) => { readonly checked: number; readonly failures: Array<ExampleFailure> }

export declare const formatFailure: (failure: ExampleFailure) => string

export declare const readSources: (fileNames: ReadonlyArray<string>) => Array<SourceText>
