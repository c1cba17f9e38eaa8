/** Schema validation of an XML string with xmllint (libxml2-utils). Fails loudly when xmllint is missing. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const xsd = (path: string) => fileURLToPath(new URL(`../../xsd/interactions/${path}`, import.meta.url));

export const REGISTER_CERTIFICATE_XSD = xsd('RegisterCertificateInteraction/RegisterCertificateResponder_3.1.xsd');
export const REVOKE_CERTIFICATE_XSD = xsd('RevokeCertificateInteraction/RevokeCertificateResponder_2.1.xsd');
export const SEND_MESSAGE_TO_CARE_XSD = xsd('SendMessageToCareInteraction/SendMessageToCareResponder_2.0.xsd');
export const SEND_MESSAGE_TO_RECIPIENT_XSD = xsd(
  'SendMessageToRecipientInteraction/SendMessageToRecipientResponder_2.1.xsd',
);

export interface SchemaResult {
  readonly valid: boolean;
  /** xmllint's messages (stderr). */
  readonly output: string;
}

export function validateAgainstSchema(xml: string, xsd = REGISTER_CERTIFICATE_XSD): SchemaResult {
  const run = spawnSync('xmllint', ['--noout', '--nonet', '--schema', xsd, '-'], { input: xml, encoding: 'utf8' });
  if (run.error !== undefined) {
    throw new Error(`xmllint could not run (${run.error.message}); install libxml2-utils`);
  }
  return { valid: run.status === 0, output: `${run.stdout}${run.stderr}`.trim() };
}
