/**
 * Packages that take long to load and serve one kind of work are loaded the first time they are used, not at start
 * (issue 15 point 2, decision 031): pdfkit and fontkit with the first PDF, date-holidays with the first calendar
 * year, Ajv and fast-json-stringify with the first route schema compiled. Each is a CommonJS package, so a
 * synchronous caller can load it where it stands; `T` is the package's type, named once by the caller.
 */
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

export function onFirstUse<T>(name: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= require(name) as T);
}
