import type { Clock } from '@intyg/core';
import { loadReferenceData, type ReferenceData } from '@intyg/refdata';
import { createStore, type Store } from '@intyg/store';
import { createSessions, type Sessions } from './auth/sessions.js';
import { createModelCatalog, type ModelCatalog } from './certificates/model-catalog.js';
import { systemClock } from './clock.js';
import type { Config } from './config.js';
import { createRelyingParty, type RelyingParty } from './auth/relying-party.js';
import type { HsaDirectory } from './directory/hsa.js';
import { createTestHsaDirectory } from './directory/hsa-test-data.js';
import { createTestPractitionerRegister, type PractitionerRegister } from './directory/practitioner-register.js';
import { createTestPatientRegistry } from './patients/built-in-registry.js';
import type { PatientRegistry } from './patients/patient-registry.js';
import { createServerKeySigner, generateSigningKey, type Signer } from './signing/signer.js';

/** Everything the HTTP layer and the CLI need, wired once: the composition root. */
export interface System {
  readonly config: Config;
  readonly store: Store;
  readonly models: ModelCatalog;
  readonly patients: PatientRegistry;
  readonly signer: Signer;
  readonly clock: Clock;
  readonly sessions: Sessions;
  /** The HSA directory: units, staff, commissions. */
  readonly directory: HsaDirectory;
  /** The practitioner register HOSP: licences of private practitioners. */
  readonly practitioners: PractitionerRegister;
  /** ICD-10-SE, KSH97-P, ICF and FMB, loaded once per process. */
  readonly referenceData: ReferenceData;
  /** The OpenID Connect login; undefined when no provider is configured. */
  readonly relyingParty: RelyingParty | undefined;
  close(): Promise<void>;
}

export interface SystemOverrides {
  readonly clock?: Clock;
  /** An already open store, e.g. one a test set up on its own database. */
  readonly store?: Store;
}

export async function createSystem(config: Config, overrides: SystemOverrides = {}): Promise<System> {
  const clock = overrides.clock ?? systemClock;
  const models = createModelCatalog();
  const store =
    overrides.store ?? (await createStore({ databaseUrl: config.databaseUrl, sqlitePath: config.sqlitePath }));
  const key = await store.getOrCreateSigningKey(generateSigningKey);
  const signer = await createServerKeySigner(key);
  const sessions = createSessions(store, config.sessionLimits, () => new Date(clock.now()));
  return {
    config,
    store,
    models,
    patients: createTestPatientRegistry(),
    signer,
    clock,
    sessions,
    directory: createTestHsaDirectory(),
    practitioners: createTestPractitionerRegister(),
    referenceData: loadReferenceData(),
    relyingParty: config.oidc && createRelyingParty(config.oidc, `${config.publicUrl}/auth/callback`),
    close: () => store.close(),
  };
}
