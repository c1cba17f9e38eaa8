import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The signature of a status notification, as README.md documents it for EHR vendors: the hex HMAC-SHA256 of
 * `${timestamp}.${body}` keyed with the webhook's secret (its UTF-8 bytes), sent as `X-Intyg-Signature:
 * sha256=<hex>` beside `X-Intyg-Timestamp: <timestamp>` (Unix seconds). The timestamp is signed too, so a
 * captured request cannot be replayed later under a new time.
 */
export function webhookSignature(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/** The receiver's check: the header is the signature of exactly this timestamp and body (constant time). */
export function verifyWebhookSignature(secret: string, timestamp: string, body: string, header: string): boolean {
  const expected = Buffer.from(webhookSignature(secret, timestamp, body));
  const given = Buffer.from(header);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
