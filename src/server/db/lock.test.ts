import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { acquireDirLock, DataDirInUseError } from "./lock.js";
import { freePort, startFocal, stop, tempDir, type Proc } from "../test/process.js";

const dirs: string[] = [];
const procs: Proc[] = [];
const dir = () => {
  const d = tempDir();
  dirs.push(d);
  return d;
};
afterAll(async () => {
  for (const p of procs) await stop(p);
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

describe("the data-directory lock", () => {
  it("is held once per directory, also within one process, and released", () => {
    const d = dir();
    const lock = acquireDirLock(d);
    expect(fs.readFileSync(path.join(d, "focal.lock"), "utf8")).toBe(String(process.pid));
    expect(() => acquireDirLock(d)).toThrow(DataDirInUseError);
    lock.release();
    expect(fs.existsSync(path.join(d, "focal.lock"))).toBe(false);
    acquireDirLock(d).release();
  });

  it("takes over a lock left by a process that is gone", () => {
    const d = dir();
    // pid_max on Linux is at most 2^22, so this pid cannot be alive.
    fs.writeFileSync(path.join(d, "focal.lock"), String(2 ** 22 + 7));
    const lock = acquireDirLock(d);
    expect(fs.readFileSync(path.join(d, "focal.lock"), "utf8")).toBe(String(process.pid));
    lock.release();
  });

  it(
    "the first start loads the demo and lists the accounts; a second Focal on the same directory refuses clearly; a restart keeps the data",
    { timeout: 180_000 },
    async () => {
      const d = dir();
      const [port1, port2] = [await freePort(), await freePort()];
      // The first start on a new directory loads the demo and says how to sign in.
      const first = startFocal({ FOCAL_DATA_DIR: d, PORT: String(port1), HOST: "127.0.0.1" });
      procs.push(first);
      await first.waitFor(/contact\.<country>@demo\.focal/);
      expect(first.output()).toContain(`Focal is running at http://localhost:${port1} on embedded PostgreSQL in ${d}.`);
      expect(first.output()).toContain("Demo accounts (password focal-demo-2022):");
      for (const email of ["admin@demo.focal", "icd@demo.focal", "unit.archives@demo.focal"]) {
        expect(first.output()).toContain(email);
      }
      const pid = Number(fs.readFileSync(path.join(d, "focal.lock"), "utf8"));
      expect(pid).toBe(first.child.pid);

      const second = startFocal({ FOCAL_DATA_DIR: d, PORT: String(port2), HOST: "127.0.0.1" });
      procs.push(second);
      const code = await second.exited;
      expect(code).not.toBe(0);
      expect(second.output()).toContain(`Focal cannot start: The data directory ${d} is already in use`);
      expect(second.output()).toContain(`(pid ${pid})`);
      expect(second.output()).not.toMatch(/\n\s+at /);

      const health = await fetch(`http://127.0.0.1:${port1}/api/health`);
      expect(health.status).toBe(200);
      expect(((await health.json()) as { database: string }).database).toBe("pglite");

      // Graceful shutdown releases the lock, and the directory opens again (an existing data directory).
      expect(await stop(first)).toBe(0);
      expect(fs.existsSync(path.join(d, "focal.lock"))).toBe(false);
      const again = startFocal({ FOCAL_DATA_DIR: d, PORT: String(port2), HOST: "127.0.0.1" });
      procs.push(again);
      await again.waitFor(/Focal is running/);
      expect((await fetch(`http://127.0.0.1:${port2}/api/health`)).status).toBe(200);
      // The demo is loaded once: the second start neither loads it again nor lists the accounts.
      expect(again.output()).not.toContain("Demo accounts");
      const login = await fetch(`http://127.0.0.1:${port2}/api/auth/login`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email: "icd@demo.focal", password: "focal-demo-2022" }),
      });
      expect(login.status).toBe(200);
      expect(await stop(again)).toBe(0);
    },
  );
});
