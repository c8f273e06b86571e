// Free loopback ports for servers a test starts.
//
// A port the kernel hands out for `listen(0)` comes from the ephemeral range, the same range every outgoing
// connection's local port is drawn from: between the moment a test finds such a port free and the moment the
// server it starts binds it (seconds later for the start command, and again at each restart), any connection on
// the machine may take it (seen in CI: EADDRINUSE on the API port the test had picked). Ports below that range are
// never handed out implicitly, so a free one stays free unless another test picks the same one at random.
import { readFileSync } from 'node:fs';
import net from 'node:net';

const LOWEST = 20_000;

function ephemeralStart(): number {
  try {
    const [low] = readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/).map(Number);
    return Number.isInteger(low) && low > LOWEST + 1_000 ? low : 0;
  } catch {
    return 0; // not Linux: let the kernel choose
  }
}

function bindable(port: number): Promise<number | undefined> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(undefined));
    server.listen(port, '127.0.0.1', () => {
      const bound = (server.address() as net.AddressInfo).port;
      server.close(() => resolve(bound));
    });
  });
}

export async function freePort(): Promise<number> {
  const below = ephemeralStart();
  for (let attempt = 0; below && attempt < 50; attempt++) {
    const port = await bindable(LOWEST + Math.floor(Math.random() * (below - LOWEST)));
    if (port) return port;
  }
  const port = await bindable(0);
  if (!port) throw new Error('no free loopback port');
  return port;
}

export function isListening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}
