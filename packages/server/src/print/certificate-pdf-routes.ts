/**
 * `GET /api/certificates/{id}/pdf`: the certificate as a PDF printout, for those who may read it (same
 * access rules as reading it; drafts too, marked UTKAST). Every print is audit-logged as a read and a
 * print (`CertificateService.print`). `?hideDiagnosis=true` leaves out what the model lets the patient
 * hide (its printOptions: the diagnosis of the employer's certificates), or is refused with 422
 * DIAGNOSIS_NOT_HIDEABLE where the model does not allow it for this certificate.
 */
import { renderCertificatePdf, PrintRefusedError } from '@intyg/pdf';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requestContext } from '../audit/request-context.js';
import type { CertificateService } from '../certificates/certificate-service.js';
import type { ModelCatalog } from '../certificates/model-catalog.js';
import { AppError } from '../errors.js';
import { actorOf } from '../http/authenticate.js';
import { idParams } from '../http/routes/schemas.js';

const pdfQuery = z.strictObject({
  hideDiagnosis: z
    .enum(['true', 'false'])
    .optional()
    .describe(
      'true: leave out the diagnosis at the patient’s request, where the certificate type allows it ' +
        '(AG7804 and AG1-14 when the patient chose to share the diagnosis, not for smittbärarpenning); ' +
        'otherwise 422 DIAGNOSIS_NOT_HIDEABLE',
    )
    .transform((value) => value === 'true'),
});

/** The address of a certificate's public verification page, as the QR code opens it. */
export const verificationUrl = (publicUrl: string, id: string) => `${publicUrl}/verify/${id}`;

export const certificatePdfRoutes =
  (service: CertificateService, models: ModelCatalog, publicUrl: string): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/certificates/:id/pdf',
      {
        schema: {
          tags: ['certificates'],
          summary: 'The certificate as a PDF printout (drafts marked UTKAST); every print is audit-logged',
          params: idParams,
          querystring: pdfQuery,
        },
      },
      async (request, reply) => {
        const pdf = await service.print(
          actorOf(request),
          request.params.id,
          requestContext(request),
          async (certificate, patient) => {
            const compiled = models.get(certificate.type, certificate.version);
            if (!compiled)
              throw new Error(`No model ${certificate.type}/${certificate.version} for a stored certificate`);
            try {
              return await renderCertificatePdf(compiled, certificate, {
                protectedIdentity: patient.protectedIdentity,
                hideOnRequest: request.query.hideDiagnosis,
                verificationUrl: verificationUrl(publicUrl, certificate.id),
              });
            } catch (error) {
              if (error instanceof PrintRefusedError) throw new AppError(error.code, error.message);
              throw error;
            }
          },
        );
        return reply
          .type('application/pdf')
          .header('content-disposition', `inline; filename="intyg-${request.params.id}.pdf"`)
          .header('cache-control', 'no-store')
          .send(Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength));
      },
    );
  };
