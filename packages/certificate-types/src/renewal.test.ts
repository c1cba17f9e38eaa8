import { renewalAnswers, renewedElementIds } from '@intyg/core';
import { describe, expect, it } from 'vitest';
import { certificateFixtures } from './fixtures.js';
import { getModel } from './registry.js';

const model = (type: string, version: string) => getModel(type, version)!;

/** domain.md §2.5, "Renew — what is copied". */
describe('what a renewal copies, declared per element', () => {
  it('FK7804 v2.0: not grund, periods, prognosis or contact; everything else', () => {
    expect(renewedElementIds(model('lisjp', '2.0')).sort()).toEqual(
      ['27', '28', '29', '6', '35', '17', '19', '37', '34', '33', '33.2', '44', '25'].sort(),
    );
  });

  it('AG7804 v2.0: as FK7804, and not 103 either', () => {
    const ids = renewedElementIds(model('ag7804', '2.0'));
    expect(ids).toEqual(
      expect.arrayContaining(['27', '28', '29', '6', '35', '17', '19', '37', '34', '33', '44', '25']),
    );
    for (const id of ['1', '1.3', '32', '39', '39.2', '39.4', '103', '103.2', 'UNIT_CONTACT_INFORMATION']) {
      expect(ids).not.toContain(id);
    }
  });

  it('LISJP v1: clears grund, both motivations, periods, working-time placement, prognosis and contact', () => {
    const ids = renewedElementIds(model('lisjp', '1.2'));
    for (const id of ['1', '1.3', '32', '33', '33.2', '39', '39.3', '26', '26.2']) expect(ids).not.toContain(id);
    expect(ids).not.toContain('motiveringTillInteBaseratPaUndersokning');
    expect(ids).not.toContain('motiveringTillTidigtStartdatumForSjukskrivning');
    expect(ids).toEqual(
      expect.arrayContaining(['27', '28', '29', '6', '35', '17', '19', '20', '37', '34', '40', '44', '25']),
    );
  });

  it('LUSE and LUAE: a full copy, but for the unit contact details, which the renewing unit fills in', () => {
    for (const [type, version] of [
      ['luse', '1.2'],
      ['luae_na', '1.1'],
      ['luae_fs', '1.1'],
    ] as const) {
      const { maximal } = certificateFixtures[`${type}/${version}`]!;
      const { UNIT_CONTACT_INFORMATION: _unit, ...rest } = maximal;
      expect(renewalAnswers(model(type, version), maximal)).toEqual(rest);
    }
  });

  it('copies the answers of the renewed elements only', () => {
    const { maximal } = certificateFixtures['lisjp/2.0']!;
    const renewed = renewalAnswers(model('lisjp', '2.0'), maximal);
    expect(Object.keys(renewed).sort()).toEqual(
      renewedElementIds(model('lisjp', '2.0'))
        .filter((id) => id in maximal)
        .sort(),
    );
    expect(renewed['35']).toEqual(maximal['35']);
    expect(renewed['32']).toBeUndefined();
  });
});
