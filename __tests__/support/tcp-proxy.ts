/**
 * A TCP proxy in front of a database server, for fault tests (#6 §9):
 * - `freeze()`: connections stay open and new ones are accepted, but not a byte goes through either way
 *   (a stalled server or network); `thaw()` lets everything held through, as a healed network would;
 * - `kill()`: stops listening and drops every connection (connection refused, connection lost);
 *   `revive()` listens again on the same port.
 */
import net from 'node:net';

export interface TcpProxy {
  port: number;
  freeze(): void;
  thaw(): void;
  kill(): Promise<void>;
  revive(): Promise<void>;
  close(): Promise<void>;
}

interface Pair {
  client: net.Socket;
  upstream?: net.Socket;
}

export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  const pairs = new Set<Pair>();
  let frozen = false;

  const connectUpstream = (pair: Pair) => {
    const upstream = net.connect(target.port, target.host);
    pair.upstream = upstream;
    // Bytes are forwarded one way each; pause() holds them in the sockets while frozen.
    pair.client.on('data', (chunk) => upstream.write(chunk));
    upstream.on('data', (chunk) => pair.client.write(chunk));
    upstream.on('end', () => pair.client.end());
    pair.client.on('end', () => upstream.end());
    upstream.on('error', () => pair.client.destroy());
    upstream.on('close', () => pair.client.destroy());
  };

  const server = net.createServer((client) => {
    const pair: Pair = { client };
    pairs.add(pair);
    client.on('error', () => pair.upstream?.destroy());
    client.on('close', () => {
      pair.upstream?.destroy();
      pairs.delete(pair);
    });
    if (frozen) client.pause();
    else connectUpstream(pair);
  });

  const listen = (port: number) =>
    new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
  const stopListening = () =>
    new Promise<void>((resolve) => (server.listening ? server.close(() => resolve()) : resolve()));

  await listen(0);
  const port = (server.address() as net.AddressInfo).port;

  const dropAll = () => {
    for (const { client, upstream } of pairs) {
      client.destroy();
      upstream?.destroy();
    }
    pairs.clear();
  };

  return {
    port,
    freeze() {
      frozen = true;
      for (const { client, upstream } of pairs) {
        client.pause();
        upstream?.pause();
      }
    },
    thaw() {
      frozen = false;
      for (const pair of pairs) {
        if (!pair.upstream) connectUpstream(pair);
        pair.client.resume();
        pair.upstream!.resume();
      }
    },
    async kill() {
      const closed = stopListening();
      dropAll();
      await closed;
    },
    revive: () => listen(port),
    async close() {
      frozen = false;
      const closed = stopListening();
      dropAll();
      await closed;
    },
  };
}
