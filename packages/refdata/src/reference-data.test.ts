import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DEFAULT_DATA_DIR, loadReferenceData } from './reference-data.js';

// The real reference data, loaded once for the file as the server does.
const data = loadReferenceData();
const search = (q: string, system: 'icd10se' | 'ksh97p' = 'icd10se', limit = 10) =>
  data.diagnoses.search(q, { system, limit });
const codes = (q: string, system: 'icd10se' | 'ksh97p' = 'icd10se', limit = 10) =>
  search(q, system, limit).items.map((item) => item.code);

describe('diagnosis codes: ICD-10-SE and KSH97-P', () => {
  it('holds every code of the lists: 3-, 4- and 5-character ICD-10-SE codes and KSH97-P', () => {
    // The data README counts 2,055 + 9,642 + 23,984 codes; the files hold a few more.
    expect(data.diagnoses.size('icd10se')).toBeGreaterThanOrEqual(2_055 + 9_642 + 23_984);
    expect(data.diagnoses.size('ksh97p')).toBe(977);
    expect(data.diagnoses.get('icd10se', 'A083A')?.title).toBe('Coxsackievirusenterit');
    expect(data.diagnoses.get('icd10se', 'F32.1')).toMatchObject({ code: 'F321', displayCode: 'F32.1' });
  });

  it('finds depression codes first for F32, the exact code before its children', () => {
    const items = search('F32').items;
    expect(items[0]).toMatchObject({ code: 'F32', title: 'Depressiv episod', codeSystem: 'icd10se' });
    expect(items.slice(1).every((item) => item.code.startsWith('F32'))).toBe(true);
    expect(items.slice(1, 5).every((item) => /depressiv/i.test(item.title))).toBe(true);
    expect(search('F32', 'icd10se', 5).more).toBe(true);
    expect(search('F32', 'icd10se', 50).more).toBe(false);
  });

  it('finds the same code for F32.1 and f321', () => {
    expect(codes('F32.1')).toEqual(['F321']);
    expect(codes('f321')).toEqual(['F321']);
    expect(codes(' f32.1 ')).toEqual(['F321']);
  });

  it('finds M54 codes for ryggvärk and lumbago, by words in any order and case', () => {
    expect(codes('ryggvärk')[0]).toBe('M54');
    expect(codes('ryggvärk').every((code) => code.startsWith('M54'))).toBe(true);
    expect(codes('lumbago')).toEqual(expect.arrayContaining(['M544', 'M545']));
    expect(codes('LUMBAGO ischias')).toContain('M544');
    expect(codes('ischias lumbago')).toContain('M544');
  });

  it('searches Swedish-aware: å, ä and ö are their own letters, é matches e', () => {
    expect(codes('MIGRÄN')[0]).toBe('G43');
    expect(codes('migran')).not.toContain('G43');
    // "Ménières sjukdom" is found without the accent.
    expect(codes('menieres')).toContain('H810');
  });

  it('ranks a title word start before a word part', () => {
    // "Förvärkar" has "värk" inside a word; "värkarbete" starts with it.
    const found = codes('värk', 'icd10se', 200);
    expect(found.indexOf('O60')).toBeGreaterThanOrEqual(0);
    expect(found.indexOf('O60')).toBeLessThan(found.indexOf('M54'));
  });

  it('finds only KSH97-P codes in KSH97-P, also by synonym', () => {
    const ksh = search('ryggvärk', 'ksh97p').items;
    expect(ksh.map((item) => item.code)).toContain('M549P');
    expect(ksh.every((item) => item.codeSystem === 'ksh97p')).toBe(true);
    expect(codes('ryggskott', 'ksh97p')).toEqual(['M545']);
    expect(codes('F43', 'ksh97p')).toEqual(['F431', 'F438A', 'F439P']);
    expect(search('A083A', 'ksh97p').items).toEqual([]);
  });

  it('checks that a code exists in the code system a model names', () => {
    expect(data.diagnoses.exists('ICD_10_SE', 'F321')).toBe(true);
    expect(data.diagnoses.exists('ICD_10_SE', 'F329X')).toBe(false);
    expect(data.diagnoses.exists('KSH_97_P', 'M549P')).toBe(true);
    expect(data.diagnoses.exists('KSH_97_P', 'A083A')).toBe(false);
  });

  it('classifies a code by chapter, block and statistics group', () => {
    const classification = data.classifications.of('F321');
    expect(classification.chapter?.id).toBe('F00-F99');
    expect(classification.block?.id).toBe('F30-F39');
    expect(classification.group?.title).toBe('Psykiska sjukdomar');
  });
});

describe('FMB', () => {
  it('falls back from a five- or four-character code to the document of its parent, and says so', () => {
    const match = data.fmb.lookup('F32.1')!;
    expect(match).toMatchObject({ requestedCode: 'F321', matchedCode: 'F32', fallback: true });
    expect(match.document.heading).toBe('Depressiv episod');
    expect(match.document.generalInfo).not.toMatch(/<[a-z]/i);
    expect(match.document.references[0]!.uri).toMatch(/^https:\/\/.*socialstyrelsen\.se/);
    expect(data.fmb.lookup('F32')!.fallback).toBe(false);
    expect(data.fmb.lookup('A00')).toBeUndefined();
  });

  it('gives the longest recommended sick leave among the typical cases, months as 31 days', () => {
    expect(data.fmb.maxSickLeave(['F321'])).toEqual({ days: 186, source: '6 månader', code: 'F321' });
    expect(data.fmb.maxSickLeave(['M545'])).toMatchObject({ days: 14, source: '2 veckor' });
    expect(data.fmb.maxSickLeave(['M545', 'F32'])).toMatchObject({ days: 186, code: 'F32' });
    expect(data.fmb.maxSickLeave(['A00'])).toBeUndefined();
  });
});

describe('ICF support', () => {
  it('offers the central and complementary codes FMB lists for a diagnosis, with Swedish titles', () => {
    const icf = data.icfForDiagnoses(['F32']);
    const f32 = icf.functionalImpairment.perDiagnosis[0]!;
    expect(f32.code).toBe('F32');
    expect(f32.central.length).toBeGreaterThan(0);
    expect(f32.central.every((code) => code.kind === 'central' && code.code.startsWith('b'))).toBe(true);
    expect(f32.central.find((code) => code.code === 'b130')?.title).toBe('Energi och driftfunktioner');
    expect(icf.activityLimitation.perDiagnosis[0]!.central.every((code) => code.code.startsWith('d'))).toBe(true);
    expect(icf.functionalImpairment.common).toEqual([]);
  });

  it('lists the codes common to several diagnoses once, apart from each diagnosis own', () => {
    const icf = data.icfForDiagnoses(['F32', 'F33']);
    const common = icf.activityLimitation.common.map((code) => code.code);
    expect(common.length).toBeGreaterThan(0);
    for (const diagnosis of icf.activityLimitation.perDiagnosis) {
      expect([...diagnosis.central, ...diagnosis.complementary].some((code) => common.includes(code.code))).toBe(false);
    }
  });
});

describe('what the server reads before it listens', () => {
  it('leaves FMB until it is first used or prepared, so that start does not wait for it', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'intyg-refdata-'));
    try {
      for (const part of ['icd10se', 'ksh97p', 'icf'])
        cpSync(path.join(DEFAULT_DATA_DIR, part), path.join(dir, part), { recursive: true });
      // Without FMB's files the lists load; FMB fails only when asked for, and so does preparing.
      const partial = loadReferenceData(dir);
      expect(partial.diagnoses.get('icd10se', 'M54.5')?.title).toBe('Lumbago');
      expect(() => partial.fmb).toThrow(/ENOENT/);
      expect(() => partial.prepare()).toThrow(/ENOENT/);
      cpSync(path.join(DEFAULT_DATA_DIR, 'fmb'), path.join(dir, 'fmb'), { recursive: true });
      partial.prepare();
      expect(partial.fmb.lookup('M54.5')?.matchedCode).toBe('M545');
      expect(partial.fmb).toBe(partial.fmb);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
