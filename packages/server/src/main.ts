#!/usr/bin/env node
import { ConfigError, loadConfig } from './config.js';
import { seedDemoData } from './demo-data.js';
import { buildApp } from './http/app.js';
import { createSystem } from './system.js';

/** Starts the server: configuration, database (migrated), demo data, HTTP. */
async function main(): Promise<void> {
  const config = loadConfig();
  const system = await createSystem(config);
  if (config.demoData) await seedDemoData(system);
  const app = await buildApp(system, { logger: true });

  const shutdown = async (signal: string) => {
    app.log.info(`${signal}: shutting down`);
    await app.close();
    await system.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));

  await app.listen({ host: config.host, port: config.port });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const database = config.databaseUrl ? 'PostgreSQL' : `SQLite (${config.sqlitePath})`;
  console.log(`Intyg is running on http://localhost:${port} — database: ${database}`);
  if (config.devLogin) console.log('Development login is on: pick a test user on the start page.');
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(`Configuration error: ${error.message}`);
  } else {
    console.error(error);
  }
  process.exit(1);
});
