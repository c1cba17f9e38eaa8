#!/usr/bin/env node
/**
 * Starts the simulated recipients on their own port and SQLite file, and prints the ready line
 * `Recipients are running on http://localhost:<port>` (the real port, also when PORT=0), which the start
 * script and tests wait for.
 */
import { startRecipients } from './app.js';
import { ConfigError, loadConfig } from './config.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const recipients = await startRecipients(config, { logger: true });
  const shutdown = async (signal: string) => {
    recipients.app.log.info(`${signal}: shutting down`);
    await recipients.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  console.log(`Recipients are running on ${recipients.url}`);
  console.log(`Database: SQLite (${config.sqlitePath})`);
  console.log(`Messages to care go to ${config.careUrl}/riv/SendMessageToCare/2`);
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? `Configuration error: ${error.message}` : error);
  process.exit(1);
});
