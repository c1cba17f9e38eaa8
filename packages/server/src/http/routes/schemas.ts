import { CERTIFICATE_STATUSES } from '@intyg/core';
import { z } from 'zod';

/** Request schemas shared by routes. Objects are strict: unknown fields are a client error. */
export const idParams = z.strictObject({ id: z.uuid() });

export const revisionBody = z.strictObject({ revision: z.number().int().min(1) });

export const createCertificateBody = z.strictObject({
  type: z.string().min(1).max(50),
  patientId: z.string().min(10).max(13),
});

export const updateCertificateBody = z.strictObject({
  revision: z.number().int().min(1),
  answers: z.record(z.string(), z.unknown()),
});

export const validateBody = z.strictObject({ answers: z.record(z.string(), z.unknown()).optional() }).optional();

export const listQuery = z.strictObject({
  patientId: z.string().min(10).max(13).optional(),
  status: z
    .string()
    .optional()
    .transform((value) => (value ? value.split(',') : undefined))
    .pipe(z.array(z.enum(CERTIFICATE_STATUSES)).optional()),
  type: z.string().max(50).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  cursor: z.string().max(200).optional(),
});

export const deleteQuery = z.strictObject({ revision: z.coerce.number().int().min(1) });
