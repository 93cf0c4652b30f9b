// Preloaded (node --import) by the test that checks recolte never opens a connection: every way
// out of the process (TCP, UDP, DNS, and fetch and http through them) is refused, said on
// stderr, and makes the process end with exit code 99, whatever it set itself.
import dgram from 'node:dgram';
import dns from 'node:dns';
import net from 'node:net';

let refused = false;
process.on('exit', () => {
  if (refused) process.exitCode = 99;
});
const refuse = (what) =>
  function refuseConnection() {
    refused = true;
    process.stderr.write(`NETWORK: ${what}\n`);
    throw new Error(`network access refused (${what})`);
  };
net.Socket.prototype.connect = refuse('net.Socket.connect');
net.connect = net.createConnection = refuse('net.connect');
dgram.createSocket = refuse('dgram.createSocket');
globalThis.fetch = refuse('fetch');
dns.lookup = dns.resolve = refuse('dns');
dns.promises.lookup = dns.promises.resolve = refuse('dns');
