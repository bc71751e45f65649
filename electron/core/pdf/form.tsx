import { Text, View } from '@react-pdf/renderer';
import type { ReactNode } from 'react';
import type { FieldView } from '../../api/library';
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

/** A blank field to write in by hand: what the app's form asks, laid out for a pen. */
export function Field({ field: f }: { field: FieldView }): ReactNode {
  let body: ReactNode;
  switch (f.type) {
    case 'longtext':
      body = range(1, 5).map((i) => <View key={i} style={styles.line} />);
      break;
    case 'rating':
      body = <Boxes values={range(f.min, f.max)} />;
      break;
    case 'choice':
      body = <Boxes values={(f.options ?? []).map((o) => o.id)} labels={(f.options ?? []).map((o) => o.label)} />;
      break;
    case 'table':
      body = <Grid field={f} />;
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

function Grid({ field }: { field: FieldView }): ReactNode {
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
        {range(1, field.minRows ?? 6).map((r) => (
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
