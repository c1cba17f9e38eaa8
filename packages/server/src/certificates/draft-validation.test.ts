import { certificateFixtures, lisjpV2 } from '@intyg/certificate-types';
import { compileModel, type Certificate } from '@intyg/core';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { steppingClock } from '../clock.js';
import { DraftValidation } from './draft-validation.js';

const compiled = compileModel(lisjpV2);
const DAY_MS = 24 * 60 * 60 * 1000;

function draft(id: string, revision: number, answers = certificateFixtures['lisjp/2.0']!.minimal): Certificate {
  return {
    id,
    type: 'lisjp',
    version: '2.0',
    status: 'draft',
    complete: false,
    readyForSign: false,
    revision,
    patient: { personId: '191212121212', name: 'Tolvan Tolvansson' },
    unit: { unitId: 'unit-a', unitName: 'Alfa', careProviderId: 'cp-1', careProviderName: 'Region' },
    createdBy: { userId: 'ajla', hsaId: 'HSA-AJLA', name: 'Ajla' },
    signedBy: null,
    answers,
    createdAt: '2026-12-07T08:00:00.000Z',
    updatedAt: '2026-12-07T08:00:00.000Z',
    signedAt: null,
    signature: null,
  };
}

describe('validation of stored drafts', () => {
  let clock: ReturnType<typeof steppingClock>;
  let drafts: DraftValidation;
  let validate: ReturnType<typeof vi.spyOn>;

  beforeEach(() => {
    clock = steppingClock('2026-12-07T09:00:00.000Z');
    drafts = new DraftValidation(clock);
    validate = vi.spyOn(drafts, 'validate');
  });

  it('validates a stored revision once a day, and returns what it found', () => {
    const first = drafts.storedErrors(draft('a', 1, {}), compiled);
    expect(first.length).toBeGreaterThan(0);
    expect(drafts.storedErrors(draft('a', 1, {}), compiled)).toBe(first);
    expect(validate).toHaveBeenCalledTimes(1);

    clock.advance(DAY_MS);
    expect(drafts.storedErrors(draft('a', 1, {}), compiled)).toEqual(first);
    expect(validate).toHaveBeenCalledTimes(2);
  });

  it('reads back a saved revision without validating, and never answers for another revision', () => {
    drafts.remember(draft('a', 2), []);
    expect(drafts.storedErrors(draft('a', 2), compiled)).toEqual([]);
    expect(validate).not.toHaveBeenCalled();

    // Revision 1 (an older copy, or another process's view) is validated, not given revision 2's answer.
    expect(drafts.storedErrors(draft('a', 1, {}), compiled).length).toBeGreaterThan(0);
    expect(validate).toHaveBeenCalledTimes(1);
  });

  it('keeps one entry per draft, so that 5,000 drafts saved many times all stay', () => {
    for (let i = 0; i < 5_000; i++) {
      for (let revision = 1; revision <= 3; revision++) drafts.remember(draft(`d${i}`, revision), []);
    }
    for (let i = 0; i < 5_000; i++) drafts.storedErrors(draft(`d${i}`, 3), compiled);
    expect(validate).not.toHaveBeenCalled();
  });

  it('lets the draft saved longest ago go first', () => {
    for (let i = 0; i < 5_000; i++) drafts.remember(draft(`d${i}`, 1), []);
    drafts.remember(draft('d0', 2), []);
    drafts.remember(draft('new', 1), []);

    drafts.storedErrors(draft('d0', 2), compiled);
    expect(validate).not.toHaveBeenCalled();
    drafts.storedErrors(draft('d1', 1), compiled);
    expect(validate).toHaveBeenCalledTimes(1);
  });
});
