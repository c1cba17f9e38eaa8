import { registerCertificateXml } from '@intyg/riv';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requestContext } from '../audit/request-context.js';
import type { CertificateService } from '../certificates/certificate-service.js';
import type { ModelCatalog } from '../certificates/model-catalog.js';
import { AppError } from '../errors.js';
import { actorOf } from '../http/authenticate.js';
import { idParams } from '../http/routes/schemas.js';
import type { PatientRegistry } from '../patients/patient-registry.js';
import { rivCertificateOf } from './certificate-xml.js';

/**
 * The national XML of a signed certificate, for those who may read it: reading it is reading the
 * certificate (same access rules, same PDL record).
 */
export const certificateXmlRoutes =
  (service: CertificateService, models: ModelCatalog, patients: PatientRegistry): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/certificates/:id/xml',
      {
        schema: {
          tags: ['certificates'],
          summary: 'The certificate as RIV-TA RegisterCertificate v3 XML (signed certificates only)',
          params: idParams,
        },
      },
      async (request, reply) => {
        const view = await service.get(actorOf(request), request.params.id, requestContext(request));
        const { certificate } = view;
        if (certificate.signedAt === null) {
          throw new AppError('CERTIFICATE_NOT_SIGNED', 'Only a signed certificate has a national XML form.');
        }
        const compiled = models.get(certificate.type, certificate.version);
        if (!compiled) throw new Error(`No model ${certificate.type}/${certificate.version} for a stored certificate`);
        const patient = await patients.get(certificate.patient.personId).catch(() => undefined);
        const xml = registerCertificateXml(
          compiled.model,
          rivCertificateOf(certificate, { patient, nameVisible: view.patient.name !== null }),
        );
        return reply
          .type('application/xml; charset=utf-8')
          .header('content-disposition', `inline; filename="intyg-${certificate.id}.xml"`)
          .send(xml);
      },
    );
  };
