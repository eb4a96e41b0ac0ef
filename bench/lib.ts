/**
 * Helpers the benchmarks share (bench/run.ts, bench/checkin.ts, bench/meetings.ts): loopback HTTP, free ports,
 * percentiles, a bounded keep-alive load generator, spawning a TypeScript entry with tsx, signing in.
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import net from "node:net";
import path from "node:path";

export const root = path.resolve(import.meta.dirname, "..");
export const tsx = path.join(root, "node_modules", ".bin", "tsx");

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
export const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))] ?? NaN;

/** A TCP port on 127.0.0.1 that nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

export interface Response {
  status: number;
  body: string;
  headers: http.IncomingHttpHeaders;
}

/** One request to 127.0.0.1:`port`; a JSON body sets its content type. Times out after 30 s unless told. */
export function request(
  port: number,
  method: string,
  urlPath: string,
  opts: { headers?: Record<string, string>; body?: string; agent?: http.Agent; timeoutMs?: number } = {},
): Promise<Response> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: "127.0.0.1",
        port,
        method,
        path: urlPath,
        agent: opts.agent ?? false,
        headers: { ...(opts.body ? { "content-type": "application/json" } : {}), ...opts.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8"), headers: res.headers }),
        );
      },
    );
    req.on("error", reject);
    req.setTimeout(opts.timeoutMs ?? 30_000, () => req.destroy(new Error("timeout")));
    req.end(opts.body);
  });
}

export interface LoadResult {
  rps: number;
  requests: number;
  errors: number;
  p50: number;
  p99: number;
}

export interface LoadOptions {
  /** Keep-alive connections, each sending its next request as soon as the last one is answered. */
  connections: number;
  /** How long to run, in milliseconds. */
  ms: number;
  /** A bound on the requests sent in all. */
  maxRequests: number;
  /** `GET` unless told. */
  method?: string;
  /** The headers of connection `i`. */
  headers?: (i: number) => Record<string, string>;
  /** The body of the `n`th request. */
  body?: (n: number) => string;
  /** The status that counts as an answer (anything else is an error); 200 unless told. */
  expect?: number;
}

/** Load on one route, bounded in time and count: throughput, latencies of the expected answers, errors. */
export async function load(port: number, urlPath: string, o: LoadOptions): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: o.connections });
  const method = o.method ?? "GET";
  const expect = o.expect ?? 200;
  const latencies: number[] = [];
  let errors = 0;
  let sent = 0;
  const started = performance.now();
  const end = started + o.ms;
  const worker = async (i: number) => {
    while (performance.now() < end && sent < o.maxRequests) {
      const n = sent++;
      const t0 = performance.now();
      try {
        const res = await request(port, method, urlPath, { agent, headers: o.headers?.(i), body: o.body?.(n) });
        if (res.status === expect) latencies.push(performance.now() - t0);
        else errors++;
      } catch {
        errors++;
      }
    }
  };
  await Promise.all(Array.from({ length: o.connections }, (_, i) => worker(i)));
  const secs = (performance.now() - started) / 1000;
  agent.destroy();
  return {
    rps: latencies.length / secs,
    requests: latencies.length,
    errors,
    p50: pct(latencies, 0.5),
    p99: pct(latencies, 0.99),
  };
}

/** Spawns a TypeScript entry with tsx (as `npm start` does) in the repository root; output is appended to `log`. */
export function spawnTs(script: string, env: NodeJS.ProcessEnv, log: string, args: string[] = []): ChildProcess {
  const out = fs.openSync(log, "a");
  // BENCH_SERVER_NODE_FLAGS (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof") go to the server's Node, not the bench's.
  const flags = (process.env.BENCH_SERVER_NODE_FLAGS ?? "").split(" ").filter(Boolean);
  return spawn(tsx, [...flags, script, ...args], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ["ignore", out, out],
  });
}

/** Waits until a bench server spawned with `spawnTs` writes a line starting with `ready` to its log (at the start of a line: PostgreSQL notices and warnings may hold the word) (3 minutes at most). */
export async function untilReady(child: ChildProcess, log: string) {
  const deadline = Date.now() + 180_000;
  while (!/^ready\b/m.test(fs.readFileSync(log, "utf8"))) {
    if (child.exitCode !== null || Date.now() > deadline)
      throw new Error(`bench server did not start:\n${fs.readFileSync(log, "utf8")}`);
    await sleep(250);
  }
}

/** Signs in with the demo password; the session cookie and the CSRF token for later requests. */
export async function signIn(port: number, email: string): Promise<{ cookie: string; csrfToken: string }> {
  const res = await request(port, "POST", "/api/auth/login", {
    body: JSON.stringify({ email, password: "focal-demo-2022" }),
  });
  if (res.status !== 200) throw new Error(`sign-in as ${email} failed: ${res.status} ${res.body}`);
  const cookie = ([res.headers["set-cookie"]].flat().filter(Boolean) as string[])
    .map((c) => c.split(";")[0])
    .join("; ");
  return { cookie, csrfToken: (JSON.parse(res.body) as { csrfToken: string }).csrfToken };
}

/**
 * Adds a run's lines to bench/RESULTS.md under `heading` (an `## …` line), newest first; the section is made, with the
 * command that fills it, the first time.
 */
export function recordRun(heading: string, command: string, lines: string[]): void {
  const file = path.join(root, "bench", "RESULTS.md");
  let text = fs.readFileSync(file, "utf8");
  if (!text.includes(heading)) text += `\n${heading}\n\n\`${command}\`.\n\n`;
  const at = text.indexOf(heading) + heading.length;
  const after = text.indexOf("\n### ", at);
  const insertAt = after === -1 ? text.length : after + 1;
  text = text.slice(0, insertAt) + lines.join("\n") + "\n" + text.slice(insertAt);
  fs.writeFileSync(file, text);
}
