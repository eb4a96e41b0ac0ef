// @ts-check
import path from "node:path";
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import { defineConfig } from "eslint/config";

/**
 * Focal's own boundaries, which no published rule expresses:
 * - a web feature never imports another feature (bulletproof-react): shared code goes to src/web/lib or src/shared;
 * - the web never imports the server, and src/shared imports neither (it runs in both).
 */
const boundaries = {
  meta: { type: "problem", schema: [] },
  /** @param {import("eslint").Rule.RuleContext} context */
  create(context) {
    const file = path.relative(process.cwd(), context.filename).split(path.sep).join("/");
    const featureOf = (/** @type {string} */ p) => /^src\/web\/features\/([^/]+)\//.exec(p)?.[1];
    const mine = featureOf(file);
    /** @param {any} node */
    const check = (node) => {
      const spec = node.source?.value;
      if (typeof spec !== "string" || !spec.startsWith(".")) return;
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), spec));
      const theirs = featureOf(target + "/");
      let message = null;
      if (mine && theirs && theirs !== mine) {
        message = `The feature "${mine}" must not import the feature "${theirs}"; move shared code to src/web/lib or src/shared.`;
      } else if (file.startsWith("src/web/") && target.startsWith("src/server/")) {
        message = "The web app must not import server code; share it through src/shared.";
      } else if (
        file.startsWith("src/shared/") &&
        (target.startsWith("src/server/") || target.startsWith("src/web/"))
      ) {
        message = "src/shared runs on both sides and must not import server or web code.";
      }
      if (message) context.report({ node, message });
    };
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};

/**
 * A module owns its tables (docs/decisions/015-modules-own-their-tables.md): a file in src/server/modules/<a>/ must
 * not import a table object from src/server/modules/<b>/schema.ts (b ≠ a) — it calls b's service or `repo.ts`
 * instead. Allowed: the `schema.ts` files themselves (a foreign key names the other table), and tests and their
 * `testing.ts` helpers (they check what the database holds, independently of the code under test). Constants and
 * types a schema exports beside its tables (enums, row types) are not tables and stay importable. Whether a name
 * is a table is asked of the type checker (a Drizzle table has `$inferSelect`), so a new table is covered at once.
 * Also: `src/server/http/` (and the other shared server folders) never import a module; app.ts wires them.
 */
const moduleTables = {
  meta: { type: "problem", schema: [] },
  /** @param {import("eslint").Rule.RuleContext} context */
  create(context) {
    const file = path.relative(process.cwd(), context.filename).split(path.sep).join("/");
    const moduleOf = (/** @type {string} */ p) => /^src\/server\/modules\/([^/]+)\//.exec(p)?.[1];
    const mine = moduleOf(file);
    const exempt = /(^|\/)schema\.ts$|\.test\.ts$|(^|\/)testing\.ts$/.test(file);
    const infrastructure = /^src\/server\/(http|auth|db|lib)\//.test(file) && !/\.test\.ts$/.test(file);
    if ((!mine || exempt) && !infrastructure) return {};
    const services = context.sourceCode.parserServices;
    const checker = services?.program?.getTypeChecker();
    /** @param {any} id */
    const isTable = (id) => {
      if (!checker || !services?.esTreeNodeToTSNodeMap) return true; // no type information: every name is suspect
      const type = checker.getTypeAtLocation(services.esTreeNodeToTSNodeMap.get(id));
      return !!type.getProperty("$inferSelect");
    };
    /** @param {any} node */
    const check = (node) => {
      const spec = node.source?.value;
      if (typeof spec !== "string" || !spec.startsWith(".")) return;
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), spec));
      if (infrastructure) {
        if (target.startsWith("src/server/modules/")) {
          context.report({
            node,
            message: `${file.split("/").slice(0, 3).join("/")}/ must not depend on a module; let the module register itself, wired in app.ts.`,
          });
        }
        return;
      }
      const theirs = moduleOf(target);
      if (!theirs || theirs === mine || !/\/schema(\.js|\.ts)?$/.test(target)) return;
      const message = (/** @type {string} */ name) =>
        `The module "${mine}" must not use the table ${name} of the module "${theirs}"; call its service or repo.ts (a module owns its tables).`;
      if (node.type === "ImportExpression" || node.type === "ExportAllDeclaration") {
        context.report({ node, message: message("(all of schema.ts)") });
        return;
      }
      for (const s of node.specifiers ?? []) {
        if (s.type === "ImportNamespaceSpecifier") context.report({ node: s, message: message("(all of schema.ts)") });
        else if (isTable(s.local)) context.report({ node: s, message: message(s.local.name) });
      }
    };
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};

/** Node globals for the plain .js/.mjs files (TypeScript files are checked by the compiler instead). */
const nodeGlobals = Object.fromEntries(
  ["process", "console", "URL", "Buffer", "setTimeout", "clearTimeout", "setInterval", "clearInterval", "fetch"].map(
    (g) => [g, "readonly"],
  ),
);

export default defineConfig(
  {
    ignores: [
      "dist/**",
      "node_modules/**",
      "data/**",
      "backups/**",
      "coverage/**",
      "test-results/**",
      "src/server/db/migrations/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: "error" },
    plugins: { focal: { rules: { boundaries, "module-tables": moduleTables } } },
    rules: {
      "focal/boundaries": "error",
      "focal/module-tables": "error",
      eqeqeq: ["error", "always", { null: "ignore" }],
      "no-console": "off",
      "prefer-const": "error",
      "no-var": "error",
      "object-shorthand": "error",
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none", ignoreRestSiblings: true },
      ],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-import-type-side-effects": "error",
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-floating-promises": "error",
      // Fastify handlers and React event handlers may be async; a promise where void is expected is fine there.
      "@typescript-eslint/no-misused-promises": [
        "error",
        { checksVoidReturn: { arguments: false, attributes: false } },
      ],
      "@typescript-eslint/require-await": "off",
      "@typescript-eslint/switch-exhaustiveness-check": ["error", { considerDefaultExhaustiveForUnions: true }],
      "@typescript-eslint/no-non-null-assertion": "off",
      "@typescript-eslint/only-throw-error": "error",
      "@typescript-eslint/prefer-promise-reject-errors": "error",
      "@typescript-eslint/no-unnecessary-type-assertion": "error",
      "@typescript-eslint/return-await": ["error", "in-try-catch"],
    },
  },
  {
    // Tests poke at JSON responses; `any` from res.json() is expected there.
    files: ["**/*.test.ts", "**/testing.ts", "e2e/**", "bench/**", "src/server/test/**"],
    rules: {
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/no-unsafe-call": "off",
      "@typescript-eslint/no-unsafe-return": "off",
      // `res.json() as T` reads better in a test than `res.json<T>()`.
      "@typescript-eslint/no-unnecessary-type-assertion": "off",
      "@typescript-eslint/no-base-to-string": "off",
    },
  },
  {
    files: ["src/web/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "error",
      // `const { t } = useI18n()` is the house idiom; those functions do not use `this`.
      "@typescript-eslint/unbound-method": "off",
      "no-restricted-syntax": [
        "error",
        {
          selector: "JSXAttribute[name.name='maxLength']",
          message: "maxLength cuts typed and pasted text silently; show useFieldChecks().tooLong(value, max) instead.",
        },
        {
          selector:
            "CallExpression[callee.name=/^set[A-Z]/] > ArrowFunctionExpression MemberExpression[property.name=/^(currentTarget|target)$/]",
          message: "Read e.currentTarget.value before calling the setter: inside a state updater it is null (a crash).",
        },
      ],
    },
  },
  {
    files: ["e2e/**"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "CallExpression[callee.property.name='fill']",
          message: "A person types key by key: use typeInto(locator, text) from e2e/harness.ts, not fill().",
        },
      ],
    },
  },
  {
    // Plain JavaScript (this file, scripts/*.mjs) is not part of the TypeScript program.
    files: ["**/*.{js,mjs,cjs}"],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: nodeGlobals },
  },
);
