import i18next, { type TFunction } from 'i18next';
import type { NumberRules } from '@api/numbers';
import { formatForField, readNumber } from '@api/numbers';

/** What a number field holds: the text as typed (older drafts kept the number itself). */
export type TypedNumber = number | string | null | undefined;

const language = () => i18next.language || 'en';

/** A stored number as a field shows it, in the interface language. */
export const numberText = (value: number | null | undefined): string => formatForField(value, language());

/** The typed text as a number: null when empty, NaN when it cannot be read (never sent: the form's check holds it back). */
export function typedValue(typed: TypedNumber, rules: NumberRules = {}): number | null {
  if (typed === null || typed === undefined) return null;
  if (typeof typed === 'number') return typed;
  const r = readNumber(typed, language(), rules);
  return r.ok ? r.value : Number.NaN;
}

/** The translated reason a typed number is refused, or undefined when it can be read. */
export function numberProblem(typed: TypedNumber, rules: NumberRules, t: TFunction): string | undefined {
  if (typeof typed !== 'string') return undefined;
  const r = readNumber(typed, language(), rules);
  return r.ok ? undefined : t(`validation.${r.problem.code}`, 'params' in r.problem ? r.problem.params : {});
}

/** Messages by field for the number fields of a form, to lay over the schema's messages. */
export function numberMessages(fields: Record<string, [TypedNumber, NumberRules]>, t: TFunction): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, [typed, rules]] of Object.entries(fields)) {
    const message = numberProblem(typed, rules, t);
    if (message) out[path] = message;
  }
  return out;
}

/** As `typedValue`, but an empty field is `undefined`, so a schema that needs the number says "required". */
export function requiredValue(typed: TypedNumber, rules: NumberRules = {}): number | undefined {
  const value = typedValue(typed, rules);
  return value === null ? undefined : value;
}
