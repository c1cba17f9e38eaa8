import type { Clock } from '@intyg/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ModelCatalog } from '../../certificates/model-catalog.js';
import { AppError } from '../../errors.js';
import type { PatientRegistry } from '../../patients/patient-registry.js';
import { patientView } from '../../patients/patient-view.js';
import { actorOf } from '../authenticate.js';

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

    // Patients as the user may see them: a protected patient's name and address only to signing roles (patient-view.ts).
    app.get('/api/patients', { schema: { tags: ['patients'], summary: 'Test patients' } }, async (request) => {
      const actor = actorOf(request);
      return { items: (await patients.list()).map((patient) => patientView(patient, actor)) };
    });

    app.get(
      '/api/patients/:personId',
      {
        schema: {
          tags: ['patients'],
          summary: 'Look up a person by personal identity or coordination number',
          params: z.strictObject({ personId: z.string().max(20) }),
        },
      },
      async (request) => {
        const patient = await patients.get(request.params.personId);
        // PDL: the lookup is logged before the person's data is sent; an invalid or unknown number shows nothing.
        await app.auditLog.record(request, {
          activity: 'read',
          resourceType: 'Patient',
          patientId: patient.personId,
          certificateId: null,
        });
        return patientView(patient, actorOf(request));
      },
    );
  };
