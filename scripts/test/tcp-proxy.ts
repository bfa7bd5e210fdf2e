// A TCP proxy a test can cut and restore, to simulate the database going away and coming back.
import { createServer, connect, type Server, type Socket } from "node:net";

export interface CuttableProxy {
  port: number;
  /** Drops every open connection and refuses new ones. */
  cut(): Promise<void>;
  /** Accepts connections again on the same port. */
  restore(): Promise<void>;
  close(): Promise<void>;
}

export async function startCuttableProxy(target: { host: string; port: number }, port = 0): Promise<CuttableProxy> {
  const sockets = new Set<Socket>();
  let server: Server | null = null;
  let boundPort = port;

  function listen(): Promise<void> {
    server = createServer((client) => {
      const upstream = connect(target.port, target.host);
      for (const socket of [client, upstream]) {
        sockets.add(socket);
        socket.on("close", () => sockets.delete(socket));
        socket.on("error", () => socket.destroy());
      }
      client.pipe(upstream).pipe(client);
      client.on("close", () => upstream.destroy());
      upstream.on("close", () => client.destroy());
    });
    return new Promise((resolve, reject) => {
      server!.once("error", reject);
      server!.listen(boundPort, "127.0.0.1", () => {
        const address = server!.address();
        if (typeof address === "object" && address) boundPort = address.port;
        resolve();
      });
    });
  }

  async function stop(): Promise<void> {
    for (const socket of sockets) socket.destroy();
    sockets.clear();
    const current = server;
    server = null;
    if (current) await new Promise<void>((resolve) => current.close(() => resolve()));
  }

  await listen();
  return {
    get port() {
      return boundPort;
    },
    cut: stop,
    restore: listen,
    close: stop,
  };
}
