/** The simulated recipients (Försäkringskassan, Transportstyrelsen) as a process of their own. */
export { startRecipients, type RunningRecipients, type StartOptions } from './app.js';
export {
  ConfigError,
  DEMO_CARE_KEYS,
  DEMO_INBOUND_KEY,
  loadConfig,
  type RecipientsConfig,
  type SimulatedRecipient,
} from './config.js';
