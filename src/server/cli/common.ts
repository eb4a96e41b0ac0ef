import { loadConfig, ConfigError, type Config } from "../config.js";

/** A failure the operator can act on: printed as one clear line, without a stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    public readonly exitCode = 1,
  ) {
    super(message);
  }
}

/** Runs a command's main function: a CliError or a bad configuration prints its message and exits non-zero. */
export function runCli(name: string, main: () => Promise<void>): void {
  main().then(
    () => process.exit(0),
    (err: unknown) => {
      if (err instanceof CliError || err instanceof ConfigError) {
        console.error(`${name}: ${err.message}`);
        process.exit(err instanceof CliError ? err.exitCode : 1);
      }
      console.error(`${name}: unexpected error`, err);
      process.exit(1);
    },
  );
}

export function config(): Config {
  return loadConfig();
}

/** Reads a line from the terminal without echoing it (for passwords). */
export function promptHidden(question: string): Promise<string> {
  const stdin = process.stdin;
  return new Promise((resolve, reject) => {
    let value = "";
    process.stdout.write(question);
    stdin.setRawMode(true);
    stdin.setEncoding("utf8");
    stdin.resume();
    const finish = (err?: Error) => {
      stdin.off("data", onData);
      stdin.setRawMode(false);
      stdin.pause();
      process.stdout.write("\n");
      if (err) reject(err);
      else resolve(value);
    };
    const onData = (chunk: string) => {
      for (const c of chunk) {
        if (c === "\r" || c === "\n" || c === "\u0004") return finish();
        if (c === "\u0003") return finish(new CliError("cancelled", 130));
        if (c === "\u007f" || c === "\b") value = value.slice(0, -1);
        else if (c >= " ") value += c;
      }
    };
    stdin.on("data", onData);
  });
}
