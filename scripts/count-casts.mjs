#!/usr/bin/env node
// Counts, in non-test code under src/, the `as` casts (not `as const`) and the non-null assertions (`x!`).
// Test code left out: *.test.ts(x), testing.ts and src/server/test/. Usage: node scripts/count-casts.mjs [--list] [--check]
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";

const root = new URL("..", import.meta.url).pathname;
const list = process.argv.includes("--list");

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (relative(root, path) === join("src", "server", "test")) continue;
      yield* files(path);
    } else if (
      /\.tsx?$/.test(name) &&
      !/\.test\.tsx?$/.test(name) &&
      name !== "testing.ts" &&
      !name.endsWith(".d.ts")
    ) {
      yield path;
    }
  }
}

let casts = 0;
let nonNull = 0;
const perFile = [];
for (const file of files(join(root, "src"))) {
  const source = ts.createSourceFile(
    file,
    readFileSync(file, "utf8"),
    ts.ScriptTarget.Latest,
    true,
    file.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  let c = 0;
  let n = 0;
  const visit = (node) => {
    if (ts.isAsExpression(node) || ts.isTypeAssertionExpression(node)) {
      const type = node.type;
      const isConst = ts.isTypeReferenceNode(type) && type.typeName.getText(source) === "const";
      if (!isConst) c++;
    } else if (ts.isNonNullExpression(node)) n++;
    ts.forEachChild(node, visit);
  };
  visit(source);
  casts += c;
  nonNull += n;
  if (c || n) perFile.push([relative(root, file), c, n]);
}
if (list) for (const [f, c, n] of perFile.sort((a, b) => b[1] + b[2] - a[1] - a[2])) console.log(`${c}\t${n}\t${f}`);
console.log(`as casts (not as const): ${casts}`);
console.log(`non-null assertions: ${nonNull}`);
// The budget issue 10 set (decision 013): `--check` fails when new code pushes either count over it.
const BUDGET = { casts: 90, nonNull: 80 };
if (process.argv.includes("--check") && (casts > BUDGET.casts || nonNull > BUDGET.nonNull)) {
  console.error(
    `over the budget of ${BUDGET.casts} casts and ${BUDGET.nonNull} non-null assertions (decision 013): ` +
      "type the value where it is made (a schema, a guard, a checked lookup) instead of asserting it",
  );
  process.exit(1);
}
