import { useEffect, useState } from 'react';
import { api } from '../api/endpoints.js';
import type { CertificateTypeSummary } from '../api/types.js';

const NONE: ReadonlyMap<string, CertificateTypeSummary> = new Map();
let loading: Promise<ReadonlyMap<string, CertificateTypeSummary>> | undefined;

/** The type list rarely changes: asked for once per page load, and again after a failure. */
function loadTypes(): Promise<ReadonlyMap<string, CertificateTypeSummary>> {
  loading ??= api.certificateTypes().then(
    (list) => new Map(list.map((summary) => [summary.type, summary])),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/**
 * Every certificate type by id (`GET /api/certificate-types`), to name the types a certificate relates to or
 * creates drafts of; empty until loaded (and when the list cannot be read: names then fall back to type ids).
 */
export function useCertificateTypes(): ReadonlyMap<string, CertificateTypeSummary> {
  const [types, setTypes] = useState(NONE);
  useEffect(() => {
    let active = true;
    loadTypes().then(
      (loaded) => active && setTypes(loaded),
      () => undefined,
    );
    return () => {
      active = false;
    };
  }, []);
  return types;
}

/** A type's name as people know it: its form id where it has one ("AG7804"), else its name. */
export function shortTypeName(types: ReadonlyMap<string, CertificateTypeSummary>, type: string): string {
  const summary = types.get(type);
  return summary?.formId ?? summary?.name ?? type;
}
