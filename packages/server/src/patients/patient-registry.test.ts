import type { Actor, Role } from '@intyg/core';
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import { createTestPatientRegistry } from './built-in-registry.js';
import { normalisePersonId } from './patient-registry.js';
import { patientView } from './patient-view.js';

const registry = createTestPatientRegistry();

const actor = (role: Role): Actor => ({
  userId: role,
  hsaId: `HSA-${role}`,
  name: role,
  role,
  unitId: 'unit',
  careProviderId: 'cp',
});

async function errorCode(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
    return undefined;
  } catch (error) {
    return error instanceof AppError ? error.code : 'not an AppError';
  }
}

describe('the built-in population registry', () => {
  it('finds a person by number with or without a dash', async () => {
    for (const input of ['191212121212', '19121212-1212']) {
      const tolvan = await registry.get(input);
      expect(tolvan).toMatchObject({
        personId: '191212121212',
        name: 'Tolvan Tolvansson',
        coordinationNumber: false,
        protectedIdentity: false,
        deceased: false,
        testPerson: false,
      });
    }
  });

  it('holds one person of each kind the rules treat differently', async () => {
    expect(await registry.get('19540123-2540')).toMatchObject({ name: 'Maj Pärsson', protectedIdentity: true });
    expect(await registry.get('19350311-8238')).toMatchObject({ deceased: true, protectedIdentity: false });
    expect(await registry.get('19900101-2393')).toMatchObject({ testPerson: true });
    expect((await registry.get('19640215-7827')).address).toBeNull();
    expect(await registry.get('19701063-2391')).toMatchObject({ coordinationNumber: true, name: 'Samuel Samordning' });
    expect(await registry.get('20121212-1212')).toMatchObject({ name: 'Lilltolvan Tolvansson' });
    expect((await registry.list()).map((p) => p.personId)).toContain('191212121212');
  });

  it('refuses an invalid number and names an unknown one', async () => {
    expect(await errorCode(registry.get('19121212-1213'))).toBe('INVALID_PERSON_ID');
    expect(await errorCode(registry.get('12345'))).toBe('INVALID_PERSON_ID');
    expect(await errorCode(registry.get('199001011007'))).toBe('PATIENT_NOT_FOUND');
  });

  it('normalises coordination numbers but not interim numbers', () => {
    expect(normalisePersonId('701063-2391')).toBe('197010632391');
    expect(normalisePersonId('19701063-2391')).toBe('197010632391');
    expect(normalisePersonId('000000-T000')).toBeUndefined();
  });
});

describe('what a user sees of a patient', () => {
  it('hides name and address of a protected patient from roles that may not handle them', async () => {
    const maj = await registry.get('195401232540');
    for (const role of ['nurse', 'midwife', 'careAdmin'] as const) {
      expect(patientView(maj, actor(role))).toEqual({
        personId: '195401232540',
        coordinationNumber: false,
        protectedIdentity: true,
        deceased: false,
        testPerson: false,
        name: null,
        firstName: null,
        lastName: null,
        address: null,
      });
    }
    for (const role of ['doctor', 'privateDoctor', 'dentist'] as const) {
      expect(patientView(maj, actor(role))).toMatchObject({ name: 'Maj Pärsson', address: { city: 'Stockholm' } });
    }
  });

  it('shows everyone else in full to every role', async () => {
    const tolvan = await registry.get('191212121212');
    expect(patientView(tolvan, actor('careAdmin'))).toMatchObject({
      name: 'Tolvan Tolvansson',
      address: { street: 'Svensson, Storgatan 1, PL 1234', zipCode: '12345', city: 'Småmåla' },
    });
  });
});
