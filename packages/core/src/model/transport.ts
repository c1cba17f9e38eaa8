/**
 * How a model's answers travel in the national transport format, RIV-TA RegisterCertificate v3:
 * `intyg/svar[@id]` (optionally with `instans`) holding `delsvar[@id]` values. Values are plain text
 * (text, `true`/`false`, numbers, dates), a `cv` (code, codeSystem, displayName), a `datePeriod`
 * (start, end) or a `partialDate` (format, value).
 *
 * The mapping is data on the element (`ElementBase.transport`); when absent, `transportOf` derives it
 * from the element's kind and ids, which is what the legacy types do throughout (svar "29" holds
 * delsvar "29.1"). Serialising and parsing the XML is generic code in `@intyg/riv` that reads only this.
 */
import type { ElementSpec, ValueElement, VisualAcuityCell } from './element.js';

export type TransportMapping =
  /** Not part of the transport format (e.g. Webcert-only fields). */
  | { readonly kind: 'none' }
  /**
   * One delsvar holding the element's value: text, boolean, integer, year, date; a radio or dropdown
   * as a `cv`; an uncertain date or year as a `partialDate` when `partialDate` is set.
   * `inInstanceOf`: the delsvar sits in the instance of the same svar whose code delsvar holds this
   * option (LISJP's 1.3 "Ange vad annat är" goes into the svar-1 instance of ANNAT).
   * `uncodedOption` (radio, dropdown): this option travels without a code; `impliedBy`, another delsvar of
   * the same svar, stands for it. Export writes no code delsvar when it is chosen; import, when the code
   * delsvar is absent and `impliedBy` is present, sets the answer to it (ts-diabetes v4 sends "Annan" type
   * of diabetes as 18.2 "Ange vilken" alone).
   * `quantityUnit` (integer): the number travels as a physical quantity, `pq` with this unit (AG1-14 v1's
   * grade 7.1 as `pq` with unit "%").
   */
  | {
      readonly kind: 'value';
      readonly svarId: string;
      readonly delsvarId: string;
      readonly partialDate?: boolean;
      readonly inInstanceOf?: string;
      readonly uncodedOption?: { readonly option: string; readonly impliedBy: string };
      readonly quantityUnit?: string;
    }
  /** A checkbox code list: one svar instance per selected code, the code as `cv` in `delsvarId`. */
  | { readonly kind: 'codeInstances'; readonly svarId: string; readonly delsvarId: string }
  /** A checkbox code list sent as one boolean delsvar per option (`true` when selected, left out otherwise). */
  | { readonly kind: 'optionBooleans'; readonly svarId: string; readonly delsvar: Readonly<Record<string, string>> }
  /** A checkbox date list: one instance per row, the code as `cv` and the date as text. */
  | {
      readonly kind: 'codeDateInstances';
      readonly svarId: string;
      readonly codeDelsvarId: string;
      readonly dateDelsvarId: string;
    }
  /** Sick-leave periods: one instance per period, the grade as `cv` and the dates as `datePeriod`. */
  | {
      readonly kind: 'periodInstances';
      readonly svarId: string;
      readonly codeDelsvarId: string;
      readonly periodDelsvarId: string;
    }
  /** A date range as one `datePeriod`. */
  | { readonly kind: 'datePeriod'; readonly svarId: string; readonly delsvarId: string }
  /** Diagnoses: one svar, per row a description delsvar (text) and a code delsvar (`cv`, code system OID). */
  | {
      readonly kind: 'diagnoses';
      readonly svarId: string;
      readonly rows: readonly { readonly descriptionDelsvarId: string; readonly codeDelsvarId: string }[];
    }
  /**
   * Diagnoses as one instance of the svar per row (AG1-14 v1: svar 4, `instans` 1–3), each with a
   * description delsvar (text) and a code delsvar (`cv`, code system OID). The instance number is the
   * row's position (instance 1 = the first row); a svar without `instans` is the first row.
   */
  | {
      readonly kind: 'diagnosisInstances';
      readonly svarId: string;
      readonly descriptionDelsvarId: string;
      readonly codeDelsvarId: string;
    }
  /** Medical investigations: one instance per row, type as `cv`, date and source as text. */
  | {
      readonly kind: 'investigationInstances';
      readonly svarId: string;
      readonly codeDelsvarId: string;
      readonly dateDelsvarId: string;
      readonly sourceDelsvarId: string;
    }
  /** A visual-acuity table: one svar, a delsvar per cell (numbers as "0.5", contact lenses as booleans). */
  | {
      readonly kind: 'visualAcuity';
      readonly svarId: string;
      readonly cells: Readonly<Partial<Record<VisualAcuityCell, string>>>;
    }
  /** The issuing unit's contact details travel in `skapadAv/enhet` (postadress, postnummer, postort, telefonnummer). */
  | { readonly kind: 'unitContact' };

export type TransportMappingKind = TransportMapping['kind'];

/** What identifies a model in the transport format. */
export interface ModelTransport {
  /** `intyg/typ/code`, e.g. LISJP, TSTRK1007. Defaults to the model's `typeCode`. */
  readonly typeCode?: string;
  /** `intyg/typ/codeSystem`: KV intygstyp b64ea353-… for most types, f6fb361a-… (KV utlåtandetyp) for TS. */
  readonly typeCodeSystem: string;
  /** `intyg/typ/displayName`. Defaults to the model's name. */
  readonly typeDisplayName?: string;
  /**
   * The `intyg/version` values this model reads, its own `version` among them (e.g. ["1.0", "1.1",
   * "1.2", "1.3"] for LISJP v1: the transport version is the text version the certificate was written
   * with). Export writes the model's `version`.
   */
  readonly versions: readonly string[];
}

/** The KV intygstyp code system (domain.md §1.0). */
export const KV_INTYGSTYP = 'b64ea353-e8f6-4832-b563-fc7d46f29548';
/** Transportstyrelsen's KV utlåtandetyp, used in `typ` by the TS certificates. */
export const KV_UTLATANDETYP = 'f6fb361a-e31d-48b8-8657-99b63912dd9b';

/** The svar id a field id belongs to by convention: "29.1" → "29", "27" → "27". */
export function svarIdOf(fieldId: string): string {
  const dot = fieldId.indexOf('.');
  return dot < 0 ? fieldId : fieldId.slice(0, dot);
}

/**
 * The element's transport mapping: its own `transport`, else the convention of its kind.
 * `undefined` for elements without an answer (categories, messages).
 */
export function transportOf(element: ElementSpec): TransportMapping | undefined {
  if (element.kind === 'category' || element.kind === 'message') return undefined;
  return element.transport ?? defaultTransport(element);
}

function defaultTransport(element: ValueElement): TransportMapping {
  const id = element.id;
  switch (element.kind) {
    case 'textField':
    case 'textArea':
    case 'icf':
    case 'checkboxBoolean':
    case 'radioBoolean':
    case 'radioCode':
    case 'dropdown':
    case 'integer':
    case 'date':
      return { kind: 'value', svarId: svarIdOf(element.fieldId), delsvarId: deliveredFieldId(element.fieldId) };
    case 'year':
    case 'uncertainDate':
      return {
        kind: 'value',
        svarId: svarIdOf(element.fieldId),
        delsvarId: deliveredFieldId(element.fieldId),
        partialDate: true,
      };
    case 'checkboxCodeList':
      return { kind: 'codeInstances', svarId: id, delsvarId: `${id}.1` };
    case 'checkboxDateList':
      return { kind: 'codeDateInstances', svarId: id, codeDelsvarId: `${id}.1`, dateDelsvarId: `${id}.2` };
    case 'sickLeavePeriods':
      return { kind: 'periodInstances', svarId: id, codeDelsvarId: `${id}.1`, periodDelsvarId: `${id}.2` };
    case 'dateRange':
      return { kind: 'datePeriod', svarId: svarIdOf(element.fieldId), delsvarId: deliveredFieldId(element.fieldId) };
    case 'diagnoses':
      return {
        kind: 'diagnoses',
        svarId: id,
        rows: element.rows.map((_, i) => ({
          descriptionDelsvarId: `${id}.${2 * i + 1}`,
          codeDelsvarId: `${id}.${2 * i + 2}`,
        })),
      };
    case 'medicalInvestigationList':
      return {
        kind: 'investigationInstances',
        svarId: id,
        codeDelsvarId: `${id}.1`,
        dateDelsvarId: `${id}.2`,
        sourceDelsvarId: `${id}.3`,
      };
    case 'visualAcuity':
      return { kind: 'visualAcuity', svarId: id, cells: {} };
    case 'unitContact':
      return { kind: 'unitContact' };
  }
}

/** A field id without a dot ("27") travels as delsvar "27.1"; one with a dot is the delsvar id itself. */
function deliveredFieldId(fieldId: string): string {
  return fieldId.includes('.') ? fieldId : `${fieldId}.1`;
}
