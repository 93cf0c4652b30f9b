// What the benchmarks that run the built CLI share: the tools they need before they start,
// and the machine their figures were measured on, recorded beside them.
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Ends the process with exit 2 when GNU time (for peak memory) or the build is missing. */
export function requireTimeAndBuild(name, root) {
  if (!existsSync('/usr/bin/time')) {
    console.error(`${name}: GNU time (/usr/bin/time) is needed to measure peak memory: apt-get install time`);
    process.exit(2);
  }
  if (!existsSync(path.join(root, 'dist/cli/main.js'))) {
    console.error(`${name}: build first (npm run build)`);
    process.exit(2);
  }
}

/** The date, Node.js, processors, memory and system of this run. */
export function machine() {
  return {
    date: new Date().toISOString().slice(0, 10),
    node: process.version,
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cpus: os.cpus().length,
    memoryGB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()}`,
  };
}
