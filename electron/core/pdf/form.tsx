import { Text, View } from '@react-pdf/renderer';
import type { ReactNode } from 'react';
import type { FieldView } from '../../api/library';
import type { AnswerValue } from '../../api/workshops';
import { cell, styles } from './styles';

/** Tick boxes in a row, each with its caption: rating points or the options of a choice. */
export function Boxes({ values, labels, compact }: { values: (number | string)[]; labels?: string[]; compact?: boolean }): ReactNode {
  return (
    <View style={styles.boxes}>
      {values.map((v, i) => (
        <View key={i} style={[styles.option, compact ? { marginRight: 8 } : {}]}>
          <View style={styles.box} />
          <Text style={styles.small}>{labels?.[i] ?? String(v)}</Text>
        </View>
      ))}
    </View>
  );
}

export const range = (min = 1, max = 5) => Array.from({ length: max - min + 1 }, (_, i) => min + i);

/** What a cell of a pre-filled row says: a choice by its label, a number the language's way. */
function cellText(column: FieldView, value: string | number | null | undefined, language: string): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'number') return new Intl.NumberFormat(language, { maximumFractionDigits: 2 }).format(value);
  return column.options?.find((o) => o.id === value)?.label ?? value;
}

/**
 * A field to write in by hand: what the app's form asks, laid out for a pen. With `value` (what
 * the SME's strategy holds for a shared field) it is printed filled in, with room left to add.
 */
export function Field({ field: f, value, language = 'en' }: { field: FieldView; value?: AnswerValue; language?: string }): ReactNode {
  let body: ReactNode;
  switch (f.type) {
    case 'longtext':
      body = typeof value === 'string' && value.trim()
        ? [<Text key="text" style={styles.p}>{value.trim()}</Text>, ...range(1, 2).map((i) => <View key={i} style={styles.line} />)]
        : range(1, 5).map((i) => <View key={i} style={styles.line} />);
      break;
    case 'rating':
      body = <Boxes values={range(f.min, f.max)} />;
      break;
    case 'choice':
      body = <Boxes values={(f.options ?? []).map((o) => o.id)} labels={(f.options ?? []).map((o) => o.label)} />;
      break;
    case 'table':
      body = <Grid field={f} rows={Array.isArray(value) ? value : []} language={language} />;
      break;
    default:
      body = <View style={[styles.line, f.type === 'text' ? {} : { width: 160 }]} />;
  }
  return (
    <View style={styles.field} wrap={f.type === 'table'}>
      <Text style={styles.label} minPresenceAhead={60}>{f.label}</Text>
      {f.help ? <Text style={styles.help}>{f.help}</Text> : null}
      {body}
    </View>
  );
}

/** Width share of a column: free text needs room, a rating or a date much less. */
const weight = (c: FieldView) => (c.type === 'text' || c.type === 'longtext' ? 2.2 : c.type === 'choice' ? 1.4 : c.type === 'rating' ? 1.2 : 1);

/** "Label: a · b · c", without doubling the punctuation of a label that is a question. */
const legend = (label: string, options: string[]) => `${/[?:!.]$/.test(label) ? label : `${label}:`} ${options.join(' · ')}`;

function Grid({ field, rows, language }: { field: FieldView; rows: Record<string, string | number | null>[]; language: string }): ReactNode {
  const columns = field.columns ?? [];
  // A rating column shows its scale in every row, to circle; choice columns get a legend below.
  const hint = (c: FieldView) => (c.type === 'rating' ? range(c.min, c.max).join('  ') : '');
  const choices = columns.filter((c) => c.type === 'choice' && c.options?.length);
  return (
    <View>
      <View style={[styles.table, { marginBottom: 2 }]}>
        <View style={[styles.tr, styles.th]} wrap={false} fixed minPresenceAhead={44}>
          {columns.map((c, i) => (
            <Text key={c.id} style={cell(i, styles.small, { flex: weight(c), fontWeight: 700, paddingHorizontal: 3 })}>{c.label}</Text>
          ))}
        </View>
        {rows.map((row, r) => (
          <View key={`filled-${r}`} style={styles.tr} wrap={false}>
            {columns.map((c, i) => (
              <View key={c.id} style={[styles.cell, ...(i > 0 ? [styles.sep] : []), { flex: weight(c) }]}>
                <Text style={[styles.small, { paddingHorizontal: 3 }]}>{cellText(c, row[c.id], language)}</Text>
              </View>
            ))}
          </View>
        ))}
        {/* Rows already filled leave at least three blank ones to add to by hand. */}
        {range(1, Math.max(3, (field.minRows ?? 6) - rows.length)).map((r) => (
          <View key={r} style={styles.tr} wrap={false}>
            {columns.map((c, i) => (
              <View key={c.id} style={[styles.cell, ...(i > 0 ? [styles.sep] : []), { flex: weight(c) }]}>
                {hint(c) ? <Text style={styles.hint}>{hint(c)}</Text> : null}
              </View>
            ))}
          </View>
        ))}
      </View>
      {choices.map((c) => (
        <Text key={c.id} style={styles.help}>{legend(c.label, c.options!.map((o) => o.label))}</Text>
      ))}
    </View>
  );
}
