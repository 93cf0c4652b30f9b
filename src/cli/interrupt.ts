/**
 * Ctrl-C and termination: the outputs being written are removed (they were still under their
 * temporary names, so no truncated file is ever left in place), the user is told which were
 * not completed, and the process ends with the shell's code for the signal (130, 143).
 */
import { removeIncompleteOutputs } from './output.js';

const SIGNALS = [
  ['SIGINT', 130],
  ['SIGTERM', 143],
] as const;

/** Installs the handlers on the process (bin/recolte.js); tests call main() without them. */
export function exitOnInterrupt(proc: NodeJS.Process): void {
  for (const [signal, code] of SIGNALS) {
    proc.once(signal, () => {
      const removed = removeIncompleteOutputs();
      const outputs = removed.length ? `not written: ${removed.join(', ')}` : 'no output was being written';
      proc.stderr.write(`recolte: interrupted (${signal}); ${outputs}\n`);
      proc.exit(code);
    });
  }
}
