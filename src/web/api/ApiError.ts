export interface FieldErrorDetail {
  path: string | (string | number)[];
  message: string;
}

/** An error answer of the API: `{ code, message, details? }`, message already in the UI language. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: FieldErrorDetail[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }

  get isUnauthenticated(): boolean {
    return this.status === 401;
  }

  /** 409: someone else moved the record or the state no longer allows the action. */
  get isConflict(): boolean {
    return this.status === 409;
  }
}

/** The request never got an answer (offline, server down). */
export class NetworkError extends Error {
  constructor(cause: unknown) {
    super('network', { cause });
    this.name = 'NetworkError';
  }
}
