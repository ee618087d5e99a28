/**
 * Field parsers: each turns one CSV cell into a typed value or says what it expected.
 * Pure functions, so every rule is testable on its own.
 */
export type FieldResult<T> = { ok: true; value: T } | { ok: false; expected: string };

/**
 * The same rule in Frictionless Table Schema terms, for /data/datapackage.json: what a
 * reader's validator checks is what the data step checks (src/data/package.ts adds names
 * and descriptions).
 */
export interface TableField {
  type: 'string' | 'integer' | 'number' | 'date' | 'year';
  format?: 'uri';
  constraints: { required?: boolean; minimum?: number; maximum?: number; enum?: string[]; pattern?: string };
}

export interface FieldSpec<T = unknown> {
  parse: (raw: string) => FieldResult<T>;
  table: TableField;
}

const ok = <T>(value: T): FieldResult<T> => ({ ok: true, value });
const fail = (expected: string): FieldResult<never> => ({ ok: false, expected });

export function optional<T>(spec: FieldSpec<T>): FieldSpec<T | null> {
  const { required: _required, ...constraints } = spec.table.constraints;
  return { parse: (raw) => (raw.trim() === '' ? ok(null) : spec.parse(raw)), table: { ...spec.table, constraints } };
}

/** Non-empty text; surrounding whitespace is a typo we refuse rather than trim silently. */
export const text: FieldSpec<string> = {
  parse: (raw) => {
    if (raw === '') return fail('a non-empty value');
    if (raw.trim() !== raw) return fail('no leading or trailing spaces');
    return ok(raw);
  },
  table: { type: 'string', constraints: { required: true } },
};
export const optionalText = optional(text);

const SLUG = '^[a-z0-9]+(-[a-z0-9]+)*$';
/** A stable id that content files name, e.g. `2023-07-26-presidential-guard-ousts`: lower-case words and digits joined by hyphens. */
export const slug: FieldSpec<string> = {
  parse: (raw) => (new RegExp(SLUG).test(raw) ? ok(raw) : fail('a slug: lower-case letters and digits joined by hyphens')),
  table: { type: 'string', constraints: { required: true, pattern: SLUG } },
};

const INTEGER = /^(0|[1-9][0-9]*)$/;
/** Beyond 2^53 − 1 a double skips integers: 99999999999999999999 would publish as 1e20. */
const TOO_BIG = `at most ${Number.MAX_SAFE_INTEGER} (2^53 − 1), the largest integer stored exactly`;
export const count: FieldSpec<number> = {
  parse: (raw) => {
    if (!INTEGER.test(raw)) return fail('a non-negative integer (digits only, no separators)');
    return Number.isSafeInteger(Number(raw)) ? ok(Number(raw)) : fail(`a non-negative integer ${TOO_BIG}`);
  },
  table: { type: 'integer', constraints: { required: true, minimum: 0, maximum: Number.MAX_SAFE_INTEGER } },
};
export const optionalCount = optional(count);

const DECIMAL = /^(0|[1-9][0-9]*)(\.[0-9]+)?$/;
export const decimal: FieldSpec<number> = {
  parse: (raw) => {
    const m = DECIMAL.exec(raw);
    if (!m) return fail('a non-negative number with a dot as decimal separator');
    return Number.isSafeInteger(Number(m[1])) ? ok(Number(raw)) : fail(`a number whose whole part is ${TOO_BIG}`);
  },
  table: { type: 'number', constraints: { required: true, minimum: 0 } },
};
export const optionalDecimal = optional(decimal);

export const coordinate = (min: number, max: number): FieldSpec<number> => ({
  parse: (raw) => {
    const n = Number(raw);
    return raw.trim() !== '' && Number.isFinite(n) && n >= min && n <= max ? ok(n) : fail(`a number from ${min} to ${max}`);
  },
  table: { type: 'number', constraints: { required: true, minimum: min, maximum: max } },
});

export function oneOf<const T extends string>(values: readonly T[]): FieldSpec<T> {
  return {
    parse: (raw) => ((values as readonly string[]).includes(raw) ? ok(raw as T) : fail(`one of ${values.join(' | ')}`)),
    table: { type: 'string', constraints: { required: true, enum: [...values] } },
  };
}

export function optionalOneOf<const T extends string>(values: readonly T[]): FieldSpec<T | null> {
  return optional(oneOf(values));
}

function isRealDate(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** ISO 8601 calendar date, YYYY-MM-DD, that exists. */
export const isoDay: FieldSpec<string> = {
  parse: (raw) => {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
    return m && isRealDate(Number(m[1]), Number(m[2]), Number(m[3])) ? ok(raw) : fail('an ISO date YYYY-MM-DD');
  },
  table: { type: 'date', constraints: { required: true } },
};

const PARTIAL_DATE = '\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?';

/** A date only as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD. */
export const isoPartialDate: FieldSpec<string> = {
  parse: (raw) => {
    if (/^\d{4}$/.test(raw)) return ok(raw);
    const month = /^(\d{4})-(\d{2})$/.exec(raw);
    if (month) return Number(month[2]) >= 1 && Number(month[2]) <= 12 ? ok(raw) : fail('a month from 01 to 12');
    return isoDay.parse(raw).ok ? ok(raw) : fail('an ISO date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD');
  },
  // Table Schema has no type for "year, month or day": a string of that shape.
  table: { type: 'string', constraints: { required: true, pattern: PARTIAL_DATE } },
};
export const optionalIsoPartialDate = optional(isoPartialDate);

/** A date, or an ISO 8601 interval "start/end" for figures that cover a period (e.g. 2025-01/2025-03). */
export const isoDateOrInterval: FieldSpec<string> = {
  parse: (raw) => {
    const parts = raw.split('/');
    const valid = parts.length <= 2 && parts.every((p) => isoPartialDate.parse(p).ok);
    if (!valid) return fail('an ISO date (YYYY, YYYY-MM, YYYY-MM-DD) or an interval of two such dates joined by "/"');
    if (parts.length === 2 && (parts[0] ?? '') > (parts[1] ?? '')) return fail('an interval whose start is not after its end');
    return ok(raw);
  },
  table: { type: 'string', constraints: { required: true, pattern: `${PARTIAL_DATE}(/${PARTIAL_DATE})?` } },
};
export const optionalIsoDateOrInterval = optional(isoDateOrInterval);

export const year: FieldSpec<number> = {
  parse: (raw) => (/^\d{4}$/.test(raw) ? ok(Number(raw)) : fail('a four-digit year')),
  table: { type: 'year', constraints: { required: true } },
};
export const optionalYear = optional(year);

export const url: FieldSpec<string> = {
  parse: (raw) => {
    try {
      const u = new URL(raw);
      return u.protocol === 'https:' || u.protocol === 'http:' ? ok(raw) : fail('an http(s) URL');
    } catch {
      return fail('an absolute http(s) URL');
    }
  },
  table: { type: 'string', format: 'uri', constraints: { required: true, pattern: 'https?://\\S+' } },
};
export const optionalUrl = optional(url);
