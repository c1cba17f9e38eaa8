/**
 * Every certificate model this build knows, and how to pick one. A certificate records its model's
 * type and version; `getModel` finds exactly that version, so a certificate keeps validating and
 * rendering by the version it was written on. New drafts use `newestActiveModel`.
 */
import { typeLifecycleOf, type CertificateModel, type TypeLifecycle } from '@intyg/core';
import { lisjpModels } from './lisjp/index.js';
import { ag7804Models } from './ag7804/index.js';
import { ag114Models } from './ag114/index.js';
import { luseModels } from './luse/index.js';
import { luaeNaModels } from './luae_na/index.js';
import { luaeFsModels } from './luae_fs/index.js';
import { tsBasModels } from './ts-bas/index.js';
import { tsDiabetesModels } from './ts-diabetes/index.js';

/** Every model of every type, each type's versions oldest first. */
export const certificateModels: readonly CertificateModel[] = [
  ...lisjpModels,
  ...ag7804Models,
  ...ag114Models,
  ...luseModels,
  ...luaeNaModels,
  ...luaeFsModels,
  ...tsBasModels,
  ...tsDiabetesModels,
];

export function getModel(type: string, version: string): CertificateModel | undefined {
  return certificateModels.find((model) => model.type === type && model.version === version);
}

/** Every version of a type, oldest first. */
export function modelVersions(
  type: string,
  models: readonly CertificateModel[] = certificateModels,
): CertificateModel[] {
  return models.filter((model) => model.type === type).sort((a, b) => compareVersions(a.version, b.version));
}

/** The newest version of `type` whose activeFrom is on or before `today` (YYYY-MM-DD). */
export function newestActiveModel(
  type: string,
  today: string,
  models: readonly CertificateModel[] = certificateModels,
): CertificateModel | undefined {
  return modelVersions(type, models)
    .filter((model) => model.activeFrom <= today)
    .at(-1);
}

export interface CertificateTypeSummary {
  readonly type: string;
  /** The version new drafts get today; the newest version when none is active yet. */
  readonly version: string;
  /** Whether a new draft of the type may be created today (a version is active). */
  readonly canCreateDraft: boolean;
  readonly name: string;
  readonly description: string;
  readonly formId: string | undefined;
  readonly recipient: CertificateModel['recipient'];
  readonly activeFrom: string;
  /** All known versions, oldest first (older ones stay readable). */
  readonly versions: readonly string[];
  /** The types a signed certificate of this type may start a draft of ("utkast från intyg"), e.g. ag7804. */
  readonly createsDraftsOf: readonly string[];
  /** The actions the type withholds and the patients it may be written for (`CertificateModel.lifecycle`). */
  readonly lifecycle: TypeLifecycle;
}

/**
 * Every known type with its versions, in the registry's order: the version new drafts get today, or the
 * newest when none is active yet (then `canCreateDraft` is false and older certificates stay readable).
 */
export function listTypes(
  today: string,
  models: readonly CertificateModel[] = certificateModels,
): CertificateTypeSummary[] {
  const types = [...new Set(models.map((model) => model.type))];
  return types.map((type) => {
    const versions = modelVersions(type, models);
    const active = newestActiveModel(type, today, models);
    const model = active ?? (versions.at(-1) as CertificateModel);
    return {
      type,
      version: model.version,
      canCreateDraft: active !== undefined,
      name: model.name,
      description: model.description,
      formId: model.formId,
      recipient: model.recipient,
      activeFrom: model.activeFrom,
      versions: versions.map((m) => m.version),
      createsDraftsOf: model.createsDraftsOf ?? [],
      lifecycle: typeLifecycleOf(model),
    };
  });
}

export interface ModelRecipient {
  /** As the models name it (`CertificateModel.recipient.id`), e.g. FKASSA. */
  readonly id: string;
  readonly name: string;
  /** The certificate types whose models name this recipient, in the registry's order. */
  readonly types: readonly string[];
}

/** Each recipient the models name, with the types it takes, in the order the models first name them. */
export function recipientsOfModels(models: readonly CertificateModel[] = certificateModels): ModelRecipient[] {
  const recipients = new Map<string, { id: string; name: string; types: string[] }>();
  for (const model of models) {
    if (model.recipient === null) continue;
    const entry = recipients.get(model.recipient.id) ?? { ...model.recipient, types: [] };
    if (!entry.types.includes(model.type)) entry.types.push(model.type);
    recipients.set(model.recipient.id, entry);
  }
  return [...recipients.values()];
}

/** Numeric, part by part: "1.10" is newer than "1.9". */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}
