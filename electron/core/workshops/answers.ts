import { isoDate } from '../../api/dates';
import type { AnswerValue } from '../../api/workshops';
import type { FieldIssue } from '../../api/result';
import type { ColumnStructure, FieldStructure } from '../library/schema';

/**
 * Checks one worksheet answer against the field's definition in the package structure, so only
 * values the worksheet can hold are stored (they are read back in any language by id).
 */
export function checkAnswer(field: FieldStructure | undefined, value: AnswerValue): FieldIssue | null {
  if (!field) return { path: 'fieldId', code: 'unknown_field' };
  if (value === null) return null;
  if (field.type === 'table') {
    if (!Array.isArray(value)) return { path: 'value', code: 'invalid_type' };
    const columns = new Map((field.columns ?? []).map((c) => [c.id, c]));
    for (const [i, row] of value.entries()) {
      for (const [columnId, cell] of Object.entries(row)) {
        const column = columns.get(columnId);
        if (!column) return { path: `value.${i}.${columnId}`, code: 'unknown_field' };
        const issue = checkScalar(column, cell);
        if (issue) return { ...issue, path: `value.${i}.${columnId}` };
      }
    }
    return null;
  }
  if (Array.isArray(value)) return { path: 'value', code: 'invalid_type' };
  const issue = checkScalar(field, value);
  return issue ? { ...issue, path: 'value' } : null;
}

function checkScalar(field: FieldStructure | ColumnStructure, value: string | number | null): Omit<FieldIssue, 'path'> | null {
  if (value === null) return null;
  switch (field.type) {
    case 'number':
    case 'rating':
      if (typeof value !== 'number' || !Number.isFinite(value)) return { code: 'invalid_type' };
      if (field.type === 'rating' && (value < (field.min ?? 1) || value > (field.max ?? 5) || !Number.isInteger(value))) {
        return { code: 'out_of_range', params: { min: field.min ?? 1, max: field.max ?? 5 } };
      }
      return null;
    case 'choice':
      return typeof value === 'string' && (field.options ?? []).includes(value) ? null : { code: 'invalid_choice' };
    case 'date':
      return typeof value === 'string' && (value === '' || isoDate.safeParse(value).success) ? null : { code: 'invalid_date' };
    case 'text':
    case 'longtext':
      return typeof value === 'string' ? null : { code: 'invalid_type' };
    default:
      return { code: 'invalid_type' };
  }
}
