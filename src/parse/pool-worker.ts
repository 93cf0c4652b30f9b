/** Child process of the parse pool (see pool.ts): parses the documents it is sent, one at a time, until its parent lets go. */
import { parseDocument } from './document.js';
import type { ParseOptions } from './index.js';

process.on('message', ({ file, bytes, options }: { file: string; bytes: Uint8Array; options: ParseOptions }) => {
  parseDocument(file, bytes, options).then(
    (parsed) => process.send!({ parsed }),
    (error: unknown) => process.send!({ error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) }),
  );
});
// Ctrl-C reaches the whole process group: the parent decides what stops, and lets go of its children.
process.on('SIGINT', () => {});
process.on('disconnect', () => process.exit(0));
// Loaded, and warmed on a small document (vocabulary, territories): the parent counts a
// document's time from here, not from the start of the process.
await parseDocument('warm-up.md', Buffer.from('# Propositions\n\n- Créer une maison de santé à Bar-le-Duc\n'), {});
// The parent may have let go while this process loaded.
if (process.connected) process.send!({ ready: true });
else process.exit(0);
