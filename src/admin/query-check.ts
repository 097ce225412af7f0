import { type Static, type TSchema, Type } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { BadRequestError, type FieldProblem } from '../errors.ts';

/**
 * Checking an admin page's query string or form against its TypeBox schema: a bad value is a 400
 * that names each parameter in words an editor can act on (content lists, the media library).
 */

/** One of a fixed list of strings. */
export const literals = <T extends string>(values: readonly T[]) => Type.Union(values.map((v) => Type.Literal(v)));
/** An optional parameter that an empty form field (`''`) also leaves unset. */
export const maybe = <T extends TSchema>(schema: T) => Type.Optional(Type.Union([Type.Literal(''), schema]));

/** The problems of a value against a schema, one per parameter. */
export function parameterProblems(schema: TSchema, value: unknown): FieldProblem[] {
  const seen = new Set<string>();
  const problems: FieldProblem[] = [];
  for (const error of Value.Errors(schema, value)) {
    const name = error.path.replace(/^\//, '').split('/')[0] || 'query';
    if (seen.has(name)) continue;
    seen.add(name);
    const known = (schema.properties as Record<string, unknown> | undefined)?.[name] !== undefined;
    problems.push({ path: name, message: known ? `"${name}" has a value that is not allowed here (${JSON.stringify(error.value)})` : `"${name}" is not a parameter of this page` });
  }
  return problems;
}

/**
 * `value` as the schema's type, or a `BadRequestError` with `code` listing its problems.
 *
 * @example const query = checkParameters(ContentListQuerySchema, request.query ?? {}, 'invalid_list_query');
 */
export function checkParameters<T extends TSchema>(schema: T, value: unknown, code: string): Static<T> {
  if (Value.Check(schema, value)) return value as Static<T>;
  const problems = parameterProblems(schema, value);
  throw new BadRequestError(problems.map((p) => p.message).join('; '), code, problems);
}

/** A list's `page` parameter (already checked as digits by its schema): 1 when absent, at most 10,000. */
export function listPage(raw: string | undefined): number {
  const page = raw ? Number(raw) : 1;
  if (page < 1 || page > 10_000) throw new BadRequestError('"page" must be a whole number from 1 to 10000', 'invalid_page', [{ path: 'page', message: 'Out of range' }]);
  return page;
}
