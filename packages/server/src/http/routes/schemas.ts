import { CERTIFICATE_STATUSES } from '@intyg/core';
import { CERTIFICATE_SORTS } from '@intyg/store';
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

const calendarDate = z.iso.date({ error: 'Ange datum som ÅÅÅÅ-MM-DD.' });
const userId = z.string().min(1).max(100);

/** Which certificates: every filter of the unit's lists (issue 7's start page). Dates are Stockholm days, inclusive. */
const filterFields = {
  patientId: z.string().min(10).max(13).optional(),
  status: z
    .string()
    .optional()
    .transform((value) => (value ? value.split(',') : undefined))
    .pipe(z.array(z.enum(CERTIFICATE_STATUSES)).optional()),
  type: z.string().max(50).optional(),
  createdBy: userId.optional(),
  signedBy: userId.optional(),
  readyForSign: z.enum(['true', 'false']).optional(),
  changedFrom: calendarDate.optional(),
  changedTo: calendarDate.optional(),
  signedFrom: calendarDate.optional(),
  signedTo: calendarDate.optional(),
};

export const countQuery = z.strictObject(filterFields);

export const listQuery = z.strictObject({
  ...filterFields,
  sort: z.enum(CERTIFICATE_SORTS).optional(),
  order: z.enum(['asc', 'desc']).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  cursor: z.string().max(300).optional(),
});

export const deleteQuery = z.strictObject({ revision: z.coerce.number().int().min(1) });
