import { AppConfig } from '@app/config';
import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { Client } from 'pg';
import type { EntityManager } from 'typeorm';

/** What a process may cache and another process may change. */
export enum DatabaseSignal {
  VOCABULARY_CHANGED = 'vocabulary_changed',
}

type Handler = () => void;

const RECONNECT_FIRST_MS = 500;
const RECONNECT_MAX_MS = 30_000;

/**
 * Tells every process on the database that something they keep in memory has changed, through PostgreSQL's
 * LISTEN/NOTIFY. A signal raised in a transaction goes out when it commits, and never if it rolls back, so a process
 * reloads only what another has really written. One connection per process listens, opened for the first handler.
 *
 * Signals sent while the connection was down are lost, so every handler runs again once it is back: a handler reloads,
 * it never applies a change it was told of.
 */
@Injectable()
export class DatabaseSignals implements OnModuleDestroy {
  private readonly logger = new Logger(DatabaseSignals.name);
  private readonly handlers = new Map<DatabaseSignal, Handler[]>();
  private client?: Client;
  private connecting?: Promise<void>;
  private reconnectDelayMs = RECONNECT_FIRST_MS;
  private reconnectTimer?: NodeJS.Timeout;
  private closed = false;

  constructor(private readonly config: AppConfig) {}

  /** Sends `signal` when the transaction `manager` runs in commits. */
  static async raise(manager: EntityManager, signal: DatabaseSignal): Promise<void> {
    await manager.query('SELECT pg_notify($1, NULL)', [signal]);
  }

  /** Calls `handler` for each `signal` from now on, whichever process raised it. Resolves once this process listens. */
  async on(signal: DatabaseSignal, handler: Handler): Promise<void> {
    const known = this.handlers.get(signal);
    this.handlers.set(signal, [...(known ?? []), handler]);
    await (this.connecting ??= this.connect());
    // The first connection may already listen for it; listening twice is no error. A connection being remade will.
    if (!known) await this.client?.query(`LISTEN ${signal}`);
  }

  async onModuleDestroy(): Promise<void> {
    this.closed = true;
    clearTimeout(this.reconnectTimer);
    await this.connecting?.catch(() => undefined);
    await this.client?.end();
  }

  private async connect(): Promise<void> {
    const client = new Client({
      connectionString: this.config.databaseUrl,
      application_name: 'affirming-care-directory-signals',
      keepAlive: true,
    });
    client.on('notification', ({ channel }) => this.deliver(channel as DatabaseSignal));
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client));
    try {
      await client.connect();
      for (const signal of this.handlers.keys()) await client.query(`LISTEN ${signal}`);
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
    this.client = client;
  }

  private deliver(signal: DatabaseSignal): void {
    for (const handler of this.handlers.get(signal) ?? []) handler();
  }

  private lost(client: Client, error?: Error): void {
    if (this.closed || client !== this.client) return;
    this.client = undefined;
    this.logger.warn(`Stopped listening for changes (${error?.message ?? 'connection closed'}); reconnecting`);
    this.scheduleReconnect();
  }

  private scheduleReconnect(): void {
    this.reconnectTimer = setTimeout(() => void this.reconnect(), this.reconnectDelayMs);
    this.reconnectDelayMs = Math.min(this.reconnectDelayMs * 2, RECONNECT_MAX_MS);
  }

  private async reconnect(): Promise<void> {
    if (this.closed) return;
    this.connecting = this.connect();
    try {
      await this.connecting;
    } catch (error) {
      this.logger.warn(`Could not listen for changes yet (${(error as Error).message})`);
      this.scheduleReconnect();
      return;
    }
    this.reconnectDelayMs = RECONNECT_FIRST_MS;
    this.logger.log('Listening for changes again');
    for (const signal of this.handlers.keys()) this.deliver(signal);
  }
}
