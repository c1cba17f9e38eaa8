#!/usr/bin/env node
/**
 * `npm run audit:verify`: proves the PDL audit log's hash chain intact, or names its first broken record.
 * Exit code 0 intact, 1 broken, 2 when it could not verify (configuration, database).
 */
import { ConfigError } from '../config.js';
import { runAuditVerify } from '../audit/verify-command.js';

try {
  process.exitCode = await runAuditVerify(process.env, (line) => console.log(line));
} catch (error) {
  console.error(error instanceof ConfigError ? `Configuration error: ${error.message}` : error);
  process.exitCode = 2;
}
