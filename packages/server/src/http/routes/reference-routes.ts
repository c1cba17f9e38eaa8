import type { Clock } from '@intyg/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ModelCatalog } from '../../certificates/model-catalog.js';
import { AppError } from '../../errors.js';
import type { PatientRegistry } from '../../patients/patient-registry.js';

/** Certificate types and their models, and the patients the user can pick. */
export const referenceRoutes =
  (models: ModelCatalog, patients: PatientRegistry, clock: Clock): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/certificate-types',
      { schema: { tags: ['certificate types'], summary: 'Active certificate types' } },
      async () => models.types(clock.today()),
    );

    app.get(
      '/api/certificate-types/:type/:version',
      {
        schema: {
          tags: ['certificate types'],
          summary: 'One version of a certificate model, as JSON',
          params: z.strictObject({ type: z.string().max(50), version: z.string().max(20) }),
        },
      },
      async (request) => {
        const compiled = models.get(request.params.type, request.params.version);
        if (!compiled) throw new AppError('CERTIFICATE_TYPE_NOT_FOUND', 'No such certificate type and version.');
        return compiled.model;
      },
    );

    app.get('/api/patients', { schema: { tags: ['patients'], summary: 'Test patients' } }, async () => ({
      items: patients.list(),
    }));

    app.get(
      '/api/patients/:personId',
      {
        schema: {
          tags: ['patients'],
          summary: 'Look up a person by personal identity or coordination number',
          params: z.strictObject({ personId: z.string().max(20) }),
        },
      },
      async (request) => patients.get(request.params.personId),
    );
  };
