#!/usr/bin/env node
import { ConfigError, loadConfig } from './config.js';
import { seedDemoData } from './demo-data.js';
import { buildApp } from './http/app.js';
import { DraftHousekeeping } from './jobs/draft-housekeeping.js';
import { startDevIdp } from './idp/dev-idp.js';
import { createSystem } from './system.js';

/** Starts the server: configuration, database (migrated), demo data, HTTP. */
async function main(): Promise<void> {
  const config = loadConfig();
  const system = await createSystem(config);
  if (config.demoData) await seedDemoData(system);
  const app = await buildApp(system, { logger: true });
  // The development identity provider: its own port, the test identities of the built-in registers.
  const idp = config.devIdp
    ? await startDevIdp({
        host: config.host,
        port: config.devIdp.port,
        publicHost: new URL(config.devIdp.issuer).hostname,
        client: config.devIdp.client,
        directory: system.directory,
        practitioners: system.practitioners,
        citizens: async () => system.patients.list(),
      })
    : undefined;

  const housekeeping = new DraftHousekeeping({
    store: system.store,
    clock: system.clock,
    config: config.housekeeping,
    log: app.log,
  });
  const shutdown = async (signal: string) => {
    app.log.info(`${signal}: shutting down`);
    await housekeeping.stop();
    await app.close();
    await idp?.close();
    await system.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));

  await app.listen({ host: config.host, port: config.port });
  if (config.delivery.worker) app.deliveryWorker.start();
  housekeeping.start();
  // FMB and the diagnosis word index are read and built once the server answers, not before: start stays fast.
  setImmediate(() => system.referenceData.prepare());
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const database = config.databaseUrl ? 'PostgreSQL' : `SQLite (${config.sqlitePath})`;
  console.log(`Intyg is running on http://localhost:${port} — database: ${database}`);
  if (config.devLogin) console.log('Development login is on: pick a test user on the start page.');
  if (idp) console.log(`Development identity provider (OpenID Connect) on ${idp.issuer}`);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(`Configuration error: ${error.message}`);
  } else {
    console.error(error);
  }
  process.exit(1);
});
