import { describe, expect, it } from 'vitest';
import { compileModel, type LocalizedText } from '@intyg/core';
import { listTypes, newestActiveModel } from '../../../certificate-types/src/registry.js';
import type { Guide, GuidePoint } from './guide.js';
import { GUIDE_TYPES, hasGuide, loadGuide } from './index.js';

const TODAY = '2026-01-15';
const guides = await Promise.all(GUIDE_TYPES.map(async (type) => [type, await loadGuide(type)] as const));

function textsOf(guide: Guide): LocalizedText[] {
  const points = (list: readonly GuidePoint[]) =>
    list.flatMap((point) => [point.text, ...(point.questions ?? []).map((question) => question.name)]);
  return [
    ...guide.purpose,
    ...guide.recipient,
    ...points(guide.needs),
    guide.complements.heading,
    ...points(guide.complements.points),
  ];
}

describe('the guides per certificate type', () => {
  it('cover every type a draft can be created of, and nothing else', () => {
    const creatable = listTypes(TODAY)
      .filter((summary) => summary.canCreateDraft)
      .map((summary) => summary.type);
    expect([...GUIDE_TYPES].sort()).toEqual([...creatable].sort());
    expect(hasGuide('lisjp')).toBe(true);
    expect(hasGuide('fk7263')).toBe(false);
    expect(hasGuide('constructor')).toBe(false);
  });

  it.each(guides)(
    '%s: says what it is for, who receives it, what is needed and what is often missing',
    (type, guide) => {
      expect(guide?.type).toBe(type);
      if (!guide) return;
      expect(guide.purpose.length).toBeGreaterThan(0);
      expect(guide.recipient.length).toBeGreaterThan(0);
      expect(guide.needs.length).toBeGreaterThanOrEqual(3);
      expect(guide.complements.points.length).toBeGreaterThanOrEqual(2);
      // Both languages, each a sentence of its own (the English is no copy of the Swedish).
      for (const { sv, en } of textsOf(guide)) {
        expect(sv.trim(), en).not.toBe('');
        expect(en.trim(), sv).not.toBe('');
      }
      const paragraphs = [...guide.purpose, ...guide.recipient, ...guide.needs.map((point) => point.text)];
      for (const { sv, en } of paragraphs) expect(en, sv).not.toBe(sv);
    },
  );

  it.each(guides)('%s: links only to questions of the type’s current model', (type, guide) => {
    const model = newestActiveModel(type, TODAY);
    expect(model).toBeDefined();
    if (!guide || !model) return;
    const compiled = compileModel(model);
    const ids = [...guide.needs, ...guide.complements.points].flatMap((point) =>
      (point.questions ?? []).map((question) => question.id),
    );
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(compiled.element(id), `${type} question ${id}`).toBeDefined();
  });

  it('has no guide for an unknown type', async () => {
    expect(await loadGuide('fk7263')).toBeUndefined();
  });
});
