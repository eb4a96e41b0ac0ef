import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { repoRoot } from "../paths.js";

/** The repository root, where `npm start` runs. */
export { repoRoot };

/** A TCP port nobody listens on right now (loopback). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.on("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

/** A fresh temporary directory, removed by the caller. */
export function tempDir(prefix = "focal-test-"): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export interface Proc {
  child: ChildProcess;
  /** Everything written to stdout and stderr so far. */
  output(): string;
  /** Resolves when the output matches, rejects when the process exits first or the time runs out. */
  waitFor(re: RegExp, ms?: number): Promise<void>;
  /** Resolves with the exit code (or 128 + signal number). */
  exited: Promise<number>;
}

/**
 * Runs a TypeScript entry point the way the npm scripts do (tsx), with a clean environment. It runs as one process
 * (`node --import tsx`), not under the `tsx` CLI's wrapper, so that signals reach Focal itself: under load the
 * wrapper's relay may give up after 30 ms and kill the child outright.
 */
export function runTs(script: string, args: string[], env: NodeJS.ProcessEnv): Proc {
  return runNode(["--import", "tsx", script, ...args], env);
}

/** Runs `node` with these arguments from the repository root, with a clean environment (what `runTs` runs on). */
export function runNode(nodeArgs: string[], env: NodeJS.ProcessEnv): Proc {
  const base: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, LOG_LEVEL: "warn" };
  const child = spawn(process.execPath, nodeArgs, {
    cwd: repoRoot,
    env: { ...base, ...env },
    stdio: "pipe",
  });
  child.stdin.end();
  let out = "";
  const listeners = new Set<() => void>();
  const onData = (d: Buffer) => {
    out += d.toString("utf8");
    for (const l of listeners) l();
  };
  child.stdout.on("data", onData);
  child.stderr.on("data", onData);
  const exited = new Promise<number>((resolve) => {
    child.on("exit", (code, signal) => {
      resolve(code ?? (signal ? 128 + (os.constants.signals[signal] ?? 0) : 1));
      for (const l of listeners) l();
    });
  });
  let done = false;
  void exited.then(() => (done = true));
  return {
    child,
    output: () => out,
    exited,
    waitFor(re, ms = 90_000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          listeners.delete(check);
          reject(new Error(`timed out waiting for ${re}; output:\n${out}`));
        }, ms);
        function check() {
          if (re.test(out)) {
            clearTimeout(timer);
            listeners.delete(check);
            resolve();
          } else if (done || child.exitCode !== null) {
            clearTimeout(timer);
            listeners.delete(check);
            reject(new Error(`exited (${child.exitCode}) before ${re}; output:\n${out}`));
          }
        }
        listeners.add(check);
        check();
      });
    },
  };
}

/** Starts Focal (`src/server/main.ts`) on a data directory and port; wait for it with `waitFor(/Focal is running/)`. */
export function startFocal(env: NodeJS.ProcessEnv): Proc {
  return runTs("src/server/main.ts", [], env);
}

/**
 * Starts the compiled Focal (`node dist/server/main.js`, what `npm start` runs) — build it first with `buildIfStale`
 * from scripts/build.mjs. Wait for it with `waitFor(/Focal is running/)`.
 */
export function startCompiledFocal(env: NodeJS.ProcessEnv): Proc {
  return runNode([path.join(repoRoot, "dist/server/main.js")], env);
}

/** Stops a process politely and waits for it; kills it when it does not stop in time. */
export async function stop(p: Proc, ms = 15_000): Promise<number> {
  if (p.child.exitCode !== null) return p.exited;
  p.child.kill("SIGTERM");
  const timer = setTimeout(() => p.child.kill("SIGKILL"), ms);
  const code = await p.exited;
  clearTimeout(timer);
  return code;
}
