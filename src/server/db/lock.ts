import fs from "node:fs";
import path from "node:path";
import { errnoCode } from "../lib/errno.js";

export interface DirLock {
  release(): void;
}

export class DataDirInUseError extends Error {
  constructor(
    public readonly dir: string,
    public readonly pid: number,
  ) {
    super(
      `The data directory ${dir} is already in use by another Focal process (pid ${pid}). ` +
        `Stop that process first, or set FOCAL_DATA_DIR to another directory. ` +
        `If no Focal is running there, delete ${path.join(dir, "focal.lock")}.`,
    );
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return errnoCode(err) === "EPERM";
  }
}

/** Directories this process holds, so that one process does not open a directory twice either. */
const held = new Set<string>();

/**
 * PGlite does not lock its directory and two processes on one directory corrupt it,
 * so Focal keeps a lock file with its pid. A lock left by a dead process is taken over.
 */
export function acquireDirLock(dir: string): DirLock {
  const file = path.join(dir, "focal.lock");
  const key = path.resolve(dir);
  if (held.has(key)) throw new DataDirInUseError(dir, process.pid);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = fs.openSync(file, "wx");
      fs.writeSync(fd, String(process.pid));
      fs.closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        held.delete(key);
        try {
          if (fs.readFileSync(file, "utf8").trim() === String(process.pid)) fs.unlinkSync(file);
        } catch {
          /* already gone */
        }
      };
      held.add(key);
      process.once("exit", release);
      return { release };
    } catch (err) {
      if (errnoCode(err) !== "EEXIST") throw err;
      const pid = Number(fs.readFileSync(file, "utf8").trim());
      // A lock with our own pid is stale (a container restarted with the same pid): this process holds none.
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && alive(pid)) {
        throw new DataDirInUseError(dir, pid);
      }
      fs.rmSync(file, { force: true });
    }
  }
  throw new Error(`Could not lock ${dir}`);
}
