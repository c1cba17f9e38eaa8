import { certificateModels, listTypes, newestActiveModel, type CertificateTypeSummary } from '@intyg/certificate-types';
import { compileModel, modelKey, type CertificateModel, type CompiledModel } from '@intyg/core';

/**
 * Every certificate model, compiled once at start: a broken model stops the server with
 * the model, element and position of the problem instead of failing on some request.
 * Which version is current is the registry's decision (certificate-types).
 */
export interface ModelCatalog {
  get(type: string, version: string): CompiledModel | undefined;
  /** The version new drafts of `type` get today. */
  newestActive(type: string, today: string): CompiledModel | undefined;
  types(today: string): CertificateTypeSummary[];
  /** Every model, every version (the national contracts read certificates of any known version). */
  all(): readonly CertificateModel[];
}

export function createModelCatalog(models: readonly CertificateModel[] = certificateModels): ModelCatalog {
  const compiled = new Map(models.map((model) => [modelKey(model), compileModel(model)]));
  const get = (type: string, version: string) => compiled.get(modelKey({ type, version }));
  return {
    get,
    newestActive(type, today) {
      const model = newestActiveModel(type, today);
      return model && get(model.type, model.version);
    },
    types: (today) => listTypes(today, models),
    all: () => models,
  };
}
