import { fileURLToPath } from 'node:url';
import type { DiagnosisCodeLookup } from '@intyg/core';
import { IcdClassifications } from './classification.js';
import { loadIcd10se, loadKsh97p } from './code-files.js';
import { codeSystemOfModelId, type DiagnosisCode, type DiagnosisCodeSystem } from './code-system.js';
import { DiagnosisIndex, type DiagnosisSearchResult } from './diagnosis-index.js';
import { Fmb } from './fmb.js';
import { IcfCatalogue } from './icf.js';
import { icfForDiagnoses, type IcfSupport } from './icf-support.js';

/** The data folder beside src/ and dist/, so the sources and the build find the same files. */
export const DEFAULT_DATA_DIR = fileURLToPath(new URL('../data', import.meta.url));

/** The diagnosis code systems, searchable, and the lookup the validator uses to check that a code exists. */
export class DiagnosisCodes implements DiagnosisCodeLookup {
  constructor(private readonly indexes: Readonly<Record<DiagnosisCodeSystem, DiagnosisIndex>>) {}

  search(query: string, options: { system: DiagnosisCodeSystem; limit: number }): DiagnosisSearchResult {
    return this.indexes[options.system].search(query, options.limit);
  }

  get(system: DiagnosisCodeSystem, code: string): DiagnosisCode | undefined {
    return this.indexes[system].get(code);
  }

  /** By the models' code-system ids (`ICD_10_SE`, `KSH_97_P`); a code system we hold no list for is not checked. */
  exists(codeSystemId: string, code: string): boolean {
    const system = codeSystemOfModelId(codeSystemId);
    return system === undefined || this.indexes[system].get(code) !== undefined;
  }

  /** Builds the word indexes now rather than on the first word search (see DiagnosisIndex.prepareWordSearch). */
  prepareSearch(): void {
    for (const index of Object.values(this.indexes)) index.prepareWordSearch();
  }

  /** Every code of the system, sorted by code. */
  all(system: DiagnosisCodeSystem): readonly DiagnosisCode[] {
    return this.indexes[system].all;
  }

  size(system: DiagnosisCodeSystem): number {
    return this.indexes[system].size;
  }
}

export interface ReferenceData {
  readonly diagnoses: DiagnosisCodes;
  readonly classifications: IcdClassifications;
  /** Read on first use (its two JSON files are the slowest part of the load), or by `prepare`. */
  readonly fmb: Fmb;
  readonly icfCatalogue: IcfCatalogue;
  icfForDiagnoses(codes: readonly string[]): IcfSupport;
  /**
   * Does now what would otherwise wait for the first request that needs it: reads FMB and builds the word
   * indexes. The server calls it right after it starts listening, so that neither its start nor a user waits.
   */
  prepare(): void;
}

const loaded = new Map<string, ReferenceData>();

/**
 * Reads and indexes every reference list, once per process and folder: the lists never change while the
 * process runs, and every system the process wires (the server, each test app) shares them.
 */
export function loadReferenceData(dataDir: string = DEFAULT_DATA_DIR): ReferenceData {
  let data = loaded.get(dataDir);
  if (data === undefined) {
    data = readReferenceData(dataDir);
    loaded.set(dataDir, data);
  }
  return data;
}

function readReferenceData(dataDir: string): ReferenceData {
  const diagnoses = new DiagnosisCodes({
    icd10se: new DiagnosisIndex(loadIcd10se(`${dataDir}/icd10se`)),
    ksh97p: new DiagnosisIndex(loadKsh97p(`${dataDir}/ksh97p`)),
  });
  const icfCatalogue = IcfCatalogue.load(`${dataDir}/icf/icf-2019-alternative-terms.tsv`);
  let fmb: Fmb | undefined;
  const fmbNow = () => (fmb ??= Fmb.load(`${dataDir}/fmb`));
  return {
    diagnoses,
    classifications: IcdClassifications.load(`${dataDir}/icd10se`),
    get fmb() {
      return fmbNow();
    },
    icfCatalogue,
    icfForDiagnoses: (codes) => icfForDiagnoses(fmbNow(), icfCatalogue, codes),
    prepare: () => {
      fmbNow();
      diagnoses.prepareSearch();
    },
  };
}
