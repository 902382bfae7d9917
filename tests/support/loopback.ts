import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { WebSocket, WebSocketServer } from 'ws';

/** Listens on an ephemeral 127.0.0.1 port and returns it. */
export async function listenLoopback(server: Server): Promise<number> {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  return (server.address() as AddressInfo).port;
}

/** Closes a fake platform: its sockets first, so no client keeps the HTTP server open. */
export async function closeLoopback(server: Server | undefined, wss: WebSocketServer | undefined, sockets: Iterable<WebSocket>): Promise<void> {
  for (const ws of sockets) ws.terminate();
  await new Promise<void>((r) => (wss ? wss.close(() => r()) : r()));
  server?.closeAllConnections();
  await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
}
