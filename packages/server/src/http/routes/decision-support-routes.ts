import {
  DIAGNOSIS_CODE_SYSTEMS,
  displayCodeOf,
  normalizeCode,
  type FmbMatch,
  type ReferenceData,
} from '@intyg/refdata';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { LRUCache } from 'lru-cache';
import { z } from 'zod';
import { AppError } from '../../errors.js';

/** An ICD-10 code as a doctor may type it: letter, two digits, then up to three more, with or without the dot. */
const ICD_CODE = /^[A-Za-z]\d{2}\.?[0-9A-Za-z]{0,3}$/;
const MAX_ICF_DIAGNOSES = 3;
const SEARCH_ANSWERS_KEPT = 5_000;

const diagnosisQuery = z.strictObject({
  q: z.string().trim().min(1).max(100),
  system: z.enum(DIAGNOSIS_CODE_SYSTEMS).default('icd10se'),
  limit: z.coerce.number().int().min(1).max(50).default(10),
});
const fmbParams = z.strictObject({ code: z.string().max(10) });
const icfQuery = z.strictObject({ codes: z.string().max(100) });

/**
 * The doctor's decision support: diagnosis search (ICD-10-SE, KSH97-P), FMB per diagnosis and the ICF codes
 * FMB lists for questions 35 and 17 (domain.md §6). Reference data only; no patient data, so nothing to audit.
 */
export const decisionSupportRoutes =
  (data: ReferenceData): FastifyPluginAsyncZod =>
  async (app) => {
    // Answers by query: a pure function of the query and the lists, and doctors type the same beginnings
    // (F32, M54, ryggv) all day. Some 5,000 answers of a few hundred bytes each.
    const answers = new LRUCache<string, string>({ max: SEARCH_ANSWERS_KEPT });
    app.get(
      '/api/diagnoses',
      { schema: { tags: ['decision support'], summary: 'Search diagnosis codes', querystring: diagnosisQuery } },
      async (request, reply) => {
        const { q, system, limit } = request.query;
        const key = `${system}\n${limit}\n${q}`;
        let body = answers.get(key);
        if (body === undefined) {
          const result = data.diagnoses.search(q, { system, limit });
          body = JSON.stringify({
            items: result.items.map(({ code, displayCode, title, codeSystem }) => ({
              code,
              displayCode,
              title,
              codeSystem,
            })),
            more: result.more,
          });
          answers.set(key, body);
        }
        // The lists do not change while the server runs: the browser may keep an answer too.
        return reply
          .type('application/json; charset=utf-8')
          .header('cache-control', 'private, max-age=3600')
          .send(body);
      },
    );

    app.get(
      '/api/fmb/:code',
      {
        schema: {
          tags: ['decision support'],
          summary: 'FMB decision support for an ICD-10-SE code',
          params: fmbParams,
        },
      },
      async (request) => {
        const code = parseIcdCode(request.params.code);
        const match = data.fmb.lookup(code);
        if (match === undefined) {
          const moreSpecificCodes = data.fmb.moreSpecificCodes(code);
          throw new AppError(
            'FMB_NOT_FOUND',
            moreSpecificCodes.length === 0
              ? `Det finns inget FMB-stöd för diagnosen ${code}.`
              : `FMB har stöd för ${moreSpecificCodes.map(displayCodeOf).join(', ')}: ange diagnoskoden med fler positioner.`,
            { moreSpecificCodes },
          );
        }
        return fmbBody(match, data);
      },
    );

    app.get(
      '/api/icf',
      {
        schema: { tags: ['decision support'], summary: 'ICF codes FMB lists for the diagnoses', querystring: icfQuery },
      },
      async (request) => {
        const codes = request.query.codes
          .split(',')
          .map((code) => code.trim())
          .filter((code) => code !== '');
        if (codes.length === 0 || codes.length > MAX_ICF_DIAGNOSES) {
          throw new AppError('INVALID_REQUEST', `Ange 1–${MAX_ICF_DIAGNOSES} diagnoskoder, åtskilda med kommatecken.`);
        }
        return data.icfForDiagnoses(codes.map(parseIcdCode));
      },
    );
  };

function parseIcdCode(code: string): string {
  if (!ICD_CODE.test(code.trim())) {
    throw new AppError('INVALID_REQUEST', `"${code}" är ingen diagnoskod i ICD-10-SE (till exempel F32.1).`);
  }
  return normalizeCode(code);
}

function fmbBody(match: FmbMatch, data: ReferenceData) {
  const { document, typicalCases } = match;
  const longest = typicalCases.find((typicalCase) => typicalCase.maxDays !== null);
  return {
    requestedCode: match.requestedCode,
    matchedCode: match.matchedCode,
    fallback: match.fallback,
    diagnosisTitle: data.diagnoses.get('icd10se', match.requestedCode)?.title ?? null,
    heading: document.heading,
    relatedCodes: document.codes,
    generalInfo: document.generalInfo,
    symptomPrognosisTreatment: document.symptomPrognosisTreatment,
    functionalImpairment: document.functionalImpairment,
    activityLimitation: document.activityLimitation,
    rehabilitation: document.rehabilitation,
    workCapacity: typicalCases.map((typicalCase) => typicalCase.sentence),
    maxSickLeaveDays: longest?.maxDays ?? null,
    maxSickLeaveSource: longest?.maxSource ?? null,
    references: document.references,
  };
}
