import { openTestStore, type TestStore } from '@intyg/store/test-support';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { fixedClock } from './clock.js';
import { loadConfig } from './config.js';
import { seedDemoData } from './demo-data.js';
import { findTestUser } from './directory/test-directory.js';
import { createSystem, type System } from './system.js';

let db: TestStore;
let system: System;

beforeAll(async () => {
  db = await openTestStore('sqlite');
  system = await createSystem(loadConfig({ INTYG_WEB_DIST: '/nonexistent' }), {
    store: db.store,
    clock: fixedClock('2026-11-28T10:00:00.000Z'),
  });
});
afterAll(() => db.destroy());

it('seeds a signed certificate and a draft of every type a draft can be created for, once', async () => {
  await seedDemoData(system);
  const unitId = findTestUser('ajla')!.unitId;
  const page = await db.store.listCertificates({ scope: { unitIds: [unitId] }, limit: 100 });
  const creatable = system.models.types('2026-11-28').filter((t) => t.canCreateDraft);
  expect(creatable.length).toBeGreaterThanOrEqual(8);
  for (const { type } of creatable) {
    const ofType = page.items.filter((c) => c.type === type);
    expect(ofType.map((c) => c.status).sort(), type).toEqual(['draft', 'signed']);
  }
  const before = await db.store.counts();
  await seedDemoData(system);
  expect(await db.store.counts()).toEqual(before);
});
