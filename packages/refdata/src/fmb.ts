import { readFileSync } from 'node:fs';
import { normalizeCode } from './fold.js';
import { htmlToText } from './html-text.js';

interface Coded {
  readonly kod: string;
  readonly beskrivning?: string;
}
interface Markup {
  readonly markup?: string | null;
}
interface FmbDocumentSource {
  readonly attributes: {
    readonly titel?: string;
    readonly diagnosrubrik?: string;
    readonly diagnoskod?: readonly Coded[];
    readonly forsakringsmedicinskinformation?: Markup;
    readonly symtomprognosbehandling?: Markup;
    readonly informationomrehabilitering?: Markup;
    readonly funktionsnedsattning?: IcfSection & { readonly funktionsnedsattningsbeskrivning?: string };
    readonly aktivitetsbegransning?: IcfSection & { readonly aktivitetsbegransningsbeskrivning?: string };
    readonly referens?: readonly { readonly text?: string; readonly uri?: string }[];
  };
}
interface IcfSection {
  readonly centralkod?: readonly Coded[];
  readonly kompletterandekod?: readonly Coded[];
}
interface TypfallSource {
  readonly attributes: {
    readonly typfallsmening?: string;
    readonly fmbtillstand?: { readonly diagnoskod?: readonly Coded[] };
    readonly rekommenderadsjukskrivning?: {
      readonly maximalsjukskrivningstid?: string | number | null;
      readonly maximalsjukskrivningsenhet?: 'd' | 'wk' | 'mo' | null;
    } | null;
  };
}

/** A typical case (typfall) with its recommended longest sick leave. */
export interface TypicalCase {
  readonly sentence: string;
  readonly codes: readonly string[];
  /** Days, with weeks as 7 and months as 31 days as Webcert counts (TidEnhet); null when FMB gives none. */
  readonly maxDays: number | null;
  /** The duration as FMB states it, e.g. "3 månader". */
  readonly maxSource: string | null;
}

/** One FMB diagnosis document, its texts as plain text. */
export interface FmbDocument {
  readonly title: string;
  readonly heading: string;
  readonly codes: readonly { readonly code: string; readonly title: string }[];
  readonly generalInfo: string;
  readonly symptomPrognosisTreatment: string;
  readonly functionalImpairment: string;
  readonly activityLimitation: string;
  readonly rehabilitation: string;
  readonly icf: {
    readonly functionalImpairment: { readonly central: readonly string[]; readonly complementary: readonly string[] };
    readonly activityLimitation: { readonly central: readonly string[]; readonly complementary: readonly string[] };
  };
  readonly references: readonly { readonly text: string; readonly uri: string }[];
}

export interface FmbMatch {
  readonly requestedCode: string;
  /** The code FMB has a document for: the requested one, or the parent it was shortened to. */
  readonly matchedCode: string;
  readonly fallback: boolean;
  readonly document: FmbDocument;
  /** Typical cases for the matched code, the longest recommendation first. */
  readonly typicalCases: readonly TypicalCase[];
}

export interface SickLeaveRecommendation {
  readonly days: number;
  readonly source: string;
  /** The entered code the recommendation is for. */
  readonly code: string;
}

const DAYS_PER_UNIT = { d: 1, wk: 7, mo: 31 } as const;
const UNIT_NAMES = { d: ['dag', 'dagar'], wk: ['vecka', 'veckor'], mo: ['månad', 'månader'] } as const;
/** FMB is looked up by shortening the code one character at a time, down to three (FmbBaseService). */
const MIN_CODE_LENGTH = 3;

const codesOf = (list: readonly Coded[] | undefined) => (list ?? []).map((coded) => coded.kod.trim());

/** Socialstyrelsen's FMB: diagnosis documents and typical cases, indexed by ICD-10 code. */
export class Fmb {
  private readonly documents = new Map<string, FmbDocument>();
  private readonly cases = new Map<string, TypicalCase[]>();

  constructor(documents: readonly FmbDocumentSource[], typicalCases: readonly TypfallSource[]) {
    for (const source of documents) {
      const document = toDocument(source);
      for (const { code } of document.codes) this.documents.set(code, document);
    }
    for (const source of typicalCases) {
      const typicalCase = toTypicalCase(source);
      for (const code of typicalCase.codes) this.cases.set(code, [...(this.cases.get(code) ?? []), typicalCase]);
    }
    for (const list of this.cases.values()) list.sort((a, b) => (b.maxDays ?? -1) - (a.maxDays ?? -1));
  }

  static load(dir: string): Fmb {
    const read = <T>(file: string) => (JSON.parse(readFileSync(`${dir}/${file}`, 'utf8')) as { data: T[] }).data;
    return new Fmb(
      read<FmbDocumentSource>('FmdxInfoStubResponse.json'),
      read<TypfallSource>('TypfallStubResponse.json'),
    );
  }

  get documentCount(): number {
    return new Set(this.documents.values()).size;
  }

  /** The document for a code or its nearest parent (at least three characters); undefined when FMB has none. */
  lookup(code: string): FmbMatch | undefined {
    const requestedCode = normalizeCode(code);
    for (let length = requestedCode.length; length >= MIN_CODE_LENGTH; length--) {
      const candidate = requestedCode.slice(0, length);
      const document = this.documents.get(candidate);
      if (document !== undefined) {
        return {
          requestedCode,
          matchedCode: candidate,
          fallback: candidate !== requestedCode,
          document,
          typicalCases: this.typicalCasesFor(requestedCode),
        };
      }
    }
    return undefined;
  }

  /**
   * Codes under `code` that FMB has a document for, when it has none for the code itself or its parents: FMB
   * covers M54.4 and M54.5 but not M54, so a doctor who entered M54 is pointed to the more precise codes.
   */
  moreSpecificCodes(code: string): string[] {
    const prefix = normalizeCode(code);
    return [...this.documents.keys()]
      .filter((known) => known.length > prefix.length && known.startsWith(prefix))
      .sort();
  }

  /** The longest recommended sick leave among the typical cases of the given codes (each with parent fallback). */
  maxSickLeave(codes: readonly string[]): SickLeaveRecommendation | undefined {
    let best: SickLeaveRecommendation | undefined;
    for (const entered of codes) {
      const code = normalizeCode(entered);
      for (const typicalCase of this.typicalCasesFor(code)) {
        if (typicalCase.maxDays !== null && (best === undefined || typicalCase.maxDays > best.days)) {
          best = { days: typicalCase.maxDays, source: typicalCase.maxSource!, code };
        }
      }
    }
    return best;
  }

  private typicalCasesFor(code: string): readonly TypicalCase[] {
    for (let length = code.length; length >= MIN_CODE_LENGTH; length--) {
      const cases = this.cases.get(code.slice(0, length));
      if (cases !== undefined) return cases;
    }
    return [];
  }
}

function toDocument(source: FmbDocumentSource): FmbDocument {
  const a = source.attributes;
  const section = (s: IcfSection | undefined) => ({
    central: codesOf(s?.centralkod),
    complementary: codesOf(s?.kompletterandekod),
  });
  return {
    title: a.titel ?? '',
    heading: a.diagnosrubrik ?? a.titel ?? '',
    codes: (a.diagnoskod ?? []).map((coded) => ({ code: normalizeCode(coded.kod), title: coded.beskrivning ?? '' })),
    generalInfo: htmlToText(a.forsakringsmedicinskinformation?.markup),
    symptomPrognosisTreatment: htmlToText(a.symtomprognosbehandling?.markup),
    functionalImpairment: htmlToText(a.funktionsnedsattning?.funktionsnedsattningsbeskrivning),
    activityLimitation: htmlToText(a.aktivitetsbegransning?.aktivitetsbegransningsbeskrivning),
    rehabilitation: htmlToText(a.informationomrehabilitering?.markup),
    icf: {
      functionalImpairment: section(a.funktionsnedsattning),
      activityLimitation: section(a.aktivitetsbegransning),
    },
    references: (a.referens ?? [])
      .filter((reference) => reference.uri !== undefined)
      .map((reference) => ({ text: reference.text ?? reference.uri!, uri: reference.uri! })),
  };
}

function toTypicalCase(source: TypfallSource): TypicalCase {
  const a = source.attributes;
  // FMB writes the number as a string ("3").
  const rawTime = a.rekommenderadsjukskrivning?.maximalsjukskrivningstid;
  const time = rawTime === null || rawTime === undefined || rawTime === '' ? NaN : Number(rawTime);
  const unit = a.rekommenderadsjukskrivning?.maximalsjukskrivningsenhet;
  const known = Number.isInteger(time) && unit !== null && unit !== undefined && unit in DAYS_PER_UNIT;
  return {
    sentence: htmlToText(a.typfallsmening),
    codes: codesOf(a.fmbtillstand?.diagnoskod).map(normalizeCode),
    maxDays: known ? time * DAYS_PER_UNIT[unit] : null,
    maxSource: known ? `${time} ${UNIT_NAMES[unit][time === 1 ? 0 : 1]}` : null,
  };
}
