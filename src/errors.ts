/**
 * Typed errors with stable codes. Routes and services throw these; one error handler maps them to
 * a status and a page or JSON body. Tests assert `code` and status, never wording.
 */
export class AppError extends Error {
  constructor(
    readonly code: string,
    readonly statusCode: number,
    message: string,
    options?: { cause?: unknown; details?: readonly FieldProblem[] },
  ) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.details = options?.details ?? [];
  }
  readonly details: readonly FieldProblem[];
}

/** One problem with one field of an input, named by its path (e.g. `translations.fr.title`). */
export interface FieldProblem {
  path: string;
  /** English, for logs, the CLI and the API. */
  message: string;
  /** A stable code the admin translates (`validation.<code>` in the catalogues), with its values. */
  code?: string;
  params?: Record<string, string | number>;
}

export class NotFoundError extends AppError {
  constructor(message = 'Not found', code = 'not_found') {
    super(code, 404, message);
  }
}

export class BadRequestError extends AppError {
  constructor(message: string, code = 'bad_request', details?: readonly FieldProblem[]) {
    super(code, 400, message, { details });
  }
}

export class ValidationError extends AppError {
  constructor(message: string, details: readonly FieldProblem[]) {
    super('validation_failed', 422, message, { details });
  }
}

/** An item kept in step with another system (the CBD's central records, ADR 0016): it is changed there, not here. */
export class ReadOnlyItemError extends AppError {
  constructor(message: string) {
    super('item_read_only', 409, message);
  }
}

export class ConflictError extends AppError {
  constructor(message: string, code = 'conflict') {
    super(code, 409, message);
  }
}
