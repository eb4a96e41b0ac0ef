/**
 * `npm run create-admin -- --email a@b.gov.vn --name "Nguyễn Văn A" [--language vi|en] [--allow-demo]`
 * Creates the first administrator of a real deployment. The password comes from FOCAL_ADMIN_PASSWORD or, in a
 * terminal, from a prompt. Once a person exists, `npm start` no longer loads the demo data into that database.
 */
import { parseArgs } from "node:util";
import { eq } from "drizzle-orm";
import { openDatabase } from "../db/client.js";
import { DataDirInUseError } from "../db/lock.js";
import { hashPassword, MIN_PASSWORD_LENGTH } from "../auth/passwords.js";
import { settings } from "../modules/system/schema.js";
import { findUserByEmail, insertGrantTx, insertUserTx } from "../modules/people/repo.js";
import { audit } from "../modules/audit/service.js";
import { clean } from "../../shared/text.js";
import { isLang } from "../../shared/errors.js";
import { CliError, config, promptHidden, runCli } from "./common.js";

const USAGE = 'usage: npm run create-admin -- --email <e-mail> --name "<full name>" [--language vi|en] [--allow-demo]';

async function readPassword(): Promise<string> {
  const fromEnv = process.env.FOCAL_ADMIN_PASSWORD;
  if (fromEnv) return fromEnv;
  if (!process.stdin.isTTY) {
    throw new CliError("no password: set FOCAL_ADMIN_PASSWORD, or run the command in a terminal to be asked for one.");
  }
  const first = await promptHidden(`Password (at least ${MIN_PASSWORD_LENGTH} characters): `);
  if (first.length < MIN_PASSWORD_LENGTH)
    throw new CliError(`the password needs at least ${MIN_PASSWORD_LENGTH} characters.`);
  const second = await promptHidden("Repeat the password: ");
  if (first !== second) throw new CliError("the two passwords differ.");
  return first;
}

async function main() {
  const { values } = parseArgs({
    options: {
      email: { type: "string" },
      name: { type: "string" },
      language: { type: "string", default: "vi" },
      "allow-demo": { type: "boolean", default: false },
    },
    strict: true,
  });
  const email = clean(values.email ?? "").toLowerCase();
  const name = clean(values.name ?? "");
  const language = values.language;
  if (!email || !name) throw new CliError(USAGE, 2);
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw new CliError(`"${email}" is not an e-mail address.`, 2);
  if (!isLang(language)) throw new CliError("--language must be vi or en.", 2);

  const cfg = config();
  const password = await readPassword();
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new CliError(`the password needs at least ${MIN_PASSWORD_LENGTH} characters.`);
  }
  const passwordHash = await hashPassword(password);

  let database;
  try {
    database = await openDatabase({ databaseUrl: cfg.databaseUrl, dataDir: cfg.dataDir });
  } catch (err) {
    if (err instanceof DataDirInUseError) {
      throw new CliError(
        `Focal (pid ${err.pid}) is running on ${cfg.dataDir}. Stop it first, or sign in as an administrator and invite the person from the web app.`,
      );
    }
    throw err;
  }
  try {
    const db = database.db;
    const [demo] = await db.select().from(settings).where(eq(settings.key, "demo_seeded"));
    if (demo && !values["allow-demo"]) {
      throw new CliError(
        `this database holds the demo data (loaded ${demo.value}). A real deployment starts from an empty database: ` +
          `point FOCAL_DATA_DIR (or DATABASE_URL) at a new one and run create-admin before the first npm start. ` +
          `Add --allow-demo to add the administrator anyway.`,
      );
    }
    const taken = await findUserByEmail(db, email);
    if (taken) throw new CliError(`a user with the e-mail ${email} already exists.`);
    const id = crypto.randomUUID();
    await db.transaction(async (tx) => {
      const row = { id, email, name, language, passwordHash };
      await insertUserTx(tx, row);
      await insertGrantTx(tx, { userId: id, role: "admin", scopeKind: "system", scopeId: null });
      await audit(tx, null, {
        action: "user.create_admin",
        entity: "user",
        entityId: id,
        after: { ...row, grants: [{ role: "admin", scopeKind: "system" }] },
      });
    });
    const where = database.kind === "pglite" ? cfg.dataDir : "the PostgreSQL database in DATABASE_URL";
    console.log(`Administrator ${name} <${email}> created in ${where}.`);
    console.log(
      `Start Focal with "npm start" and sign in at ${cfg.publicUrl}. No demo data will be loaded into this database.`,
    );
  } finally {
    await database.close();
  }
}

runCli("create-admin", main);
