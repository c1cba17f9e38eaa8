/**
 * The error catalogue: every error a client can see, with its stable code and HTTP status.
 * Routes and services throw `AppError`; `http/error-handler.ts` is the one place that turns
 * any error into `{ code, message, details? }`.
 */
export const ERRORS = {
  INVALID_REQUEST: 400,
  MALFORMED_JSON: 400,
  INVALID_ANSWERS: 400,
  INVALID_PERSON_ID: 400,
  INVALID_CURSOR: 400,
  INVALID_WEBHOOK_URL: 400,
  UNAUTHENTICATED: 401,
  ACTION_NOT_ALLOWED: 403,
  DEV_LOGIN_DISABLED: 403,
  CARE_ACCESS_REQUIRED: 403,
  UNIT_NOT_CHOSEN: 403,
  NO_COMMISSION: 403,
  CSRF_REJECTED: 403,
  NOT_FOUND: 404,
  CERTIFICATE_NOT_FOUND: 404,
  PATIENT_NOT_FOUND: 404,
  CERTIFICATE_TYPE_NOT_FOUND: 404,
  FMB_NOT_FOUND: 404,
  MESSAGE_NOT_FOUND: 404,
  WEBHOOK_NOT_FOUND: 404,
  REVISION_CONFLICT: 409,
  CERTIFICATE_NOT_SIGNED: 409,
  MESSAGE_ACTION_NOT_ALLOWED: 409,
  MESSAGE_ALREADY_ANSWERED: 409,
  WEBHOOK_LIMIT_REACHED: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  UNKNOWN_USER: 422,
  UNKNOWN_UNIT: 422,
  UNKNOWN_PATIENT: 422,
  UNKNOWN_CERTIFICATE_TYPE: 422,
  CERTIFICATE_INCOMPLETE: 422,
  DIAGNOSIS_NOT_HIDEABLE: 422,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  RECIPIENT_NOT_CONFIGURED: 503,
} as const;

export type ErrorCode = keyof typeof ERRORS;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: unknown;

  constructor(code: ErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }

  get status(): number {
    return ERRORS[this.code];
  }
}
