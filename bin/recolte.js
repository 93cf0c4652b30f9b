#!/usr/bin/env node
import { main } from '../dist/cli/main.js';
import { exitOnInterrupt } from '../dist/cli/interrupt.js';

exitOnInterrupt(process);
process.exitCode = await main({
  argv: process.argv.slice(2),
  env: process.env,
  cwd: process.cwd(),
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
});
