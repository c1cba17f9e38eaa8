import type { IcfCode, IcfGroups, IcfKind, IcfSupport } from '@intyg/core';
import type { Fmb } from './fmb.js';
import type { IcfCatalogue } from './icf.js';

// The shapes are core's: the API returns them as they are, and the web reads them.
export type { IcfCode, IcfForDiagnosis, IcfGroups, IcfKind, IcfSupport } from '@intyg/core';

type Section = keyof IcfSupport;

/**
 * The ICF codes to offer for questions 35 (funktionsnedsättning) and 17 (aktivitetsbegränsning): those FMB lists
 * for the entered diagnoses, central and complementary, with titles from the ICF catalogue (IcfServiceImpl).
 */
export function icfForDiagnoses(fmb: Fmb, catalogue: IcfCatalogue, codes: readonly string[]): IcfSupport {
  const matches = codes.flatMap((code) => {
    const match = fmb.lookup(code);
    return match === undefined ? [] : [match];
  });
  const describe = (code: string, kind: IcfKind): IcfCode => {
    const entry = catalogue.get(code);
    return {
      code,
      title: entry?.title ?? code,
      description: entry?.description ?? '',
      includes: entry?.includes ?? null,
      kind,
    };
  };
  const groups = (section: Section): IcfGroups => {
    const perDiagnosis = matches.map((match) => ({
      code: match.requestedCode,
      title: match.document.heading,
      central: match.document.icf[section].central.map((code) => describe(code, 'central')),
      complementary: match.document.icf[section].complementary.map((code) => describe(code, 'complementary')),
    }));
    if (perDiagnosis.length < 2) return { common: [], perDiagnosis };
    const all = perDiagnosis.map((diagnosis) => [...diagnosis.central, ...diagnosis.complementary]);
    const common = all[0]!.filter((candidate) =>
      all.every((list) => list.some((other) => other.code === candidate.code)),
    );
    const commonCodes = new Set(common.map((code) => code.code));
    return {
      common,
      perDiagnosis: perDiagnosis.map((diagnosis) => ({
        ...diagnosis,
        central: diagnosis.central.filter((code) => !commonCodes.has(code.code)),
        complementary: diagnosis.complementary.filter((code) => !commonCodes.has(code.code)),
      })),
    };
  };
  return { functionalImpairment: groups('functionalImpairment'), activityLimitation: groups('activityLimitation') };
}
