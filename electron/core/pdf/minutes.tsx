import { Document, Page, renderToBuffer, Text, View } from '@react-pdf/renderer';
import type { ReactNode } from 'react';
import type { FieldView } from '../../api/library';
import { agendaClock, fromLocal } from '../../api/local-time';
import type { AnswerValue } from '../../api/workshops';
import type { MinutesInput } from './inputs';
import { minutesCaptions } from './captions';
import { loadPdfFonts } from './fonts';
import { MinutesVotes } from './minutes-votes';
import { printableDeep } from './glyphs';
import { caps, cell, styles } from './styles';

const when = (value: string | null, language: string) => (value ? new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short' }).format(fromLocal(value)) : '');

function answerText(field: FieldView, value: AnswerValue | undefined, none: string): string {
  if (value === undefined || value === null || value === '') return none;
  const label = (f: FieldView, v: unknown) => f.options?.find((o) => o.id === v)?.label ?? String(v);
  if (Array.isArray(value)) return value.length ? '' : none;
  return label(field, value);
}

function Section({ title, children }: { title: string; children: ReactNode }): ReactNode {
  return (
    <View>
      <Text style={styles.h2} minPresenceAhead={40}>{title}</Text>
      {children}
    </View>
  );
}

function Paragraphs({ text, none }: { text: string; none: string }): ReactNode {
  const parts = text.split(/\n{2,}/).map((p) => p.trim()).filter(Boolean);
  return parts.length ? <>{parts.map((p, i) => <Text key={i} style={styles.p}>{p}</Text>)}</> : <Text style={styles.p}>{none}</Text>;
}

function MinutesPdf({ m }: { m: MinutesInput }): ReactNode {
  const c = minutesCaptions(m.language);
  return (
    <Document title={`${c.title}: ${m.workshopTitle} – ${m.smeName}`} language={m.language} author={m.organisation || undefined} creator="SocialSME 6x3" producer="SocialSME 6x3">
      <Page size="A4" style={styles.page}>
        <View style={styles.footer} fixed>
          <Text>{`${m.smeName} · ${m.packageTitle}`}</Text>
          <Text render={({ pageNumber, totalPages }) => `${pageNumber} / ${totalPages}`} />
        </View>
        <View style={styles.body}>
          <Text style={styles.kicker}>{caps(`${c.title} · ${m.packageTitle}`)}</Text>
          <Text style={styles.title}>{m.workshopTitle}</Text>
          <Text style={styles.meta}>{[`${c.sme}: ${m.smeName}`, m.plannedAt ? `${c.date}: ${when(m.plannedAt, m.language)}` : '', m.place ? `${c.place}: ${m.place}` : ''].filter(Boolean).join('   ·   ')}</Text>
          <Text style={styles.meta}>{[m.facilitator ? `${c.facilitator}: ${m.facilitator}` : '', m.organisation ? `${c.organisation}: ${m.organisation}` : ''].filter(Boolean).join('   ·   ')}</Text>
          <View style={styles.titleRule} />

          <Section title={c.participants}>
            {m.participants.length === 0 ? <Text style={styles.p}>{c.none}</Text> : m.participants.map((p) => (
              <View key={p.id} style={styles.li}>
                <Text style={styles.bullet}>•</Text>
                <Text style={styles.flex}>{`${p.name}${p.role ? ` (${p.role})` : ''} – ${p.attended ? c.present : c.absent}${p.attended && !p.invited ? `, ${c.adHoc}` : ''}`}</Text>
              </View>
            ))}
          </Section>

          <Section title={c.agenda}>
            <View style={styles.table}>
              {m.agenda.map((row) => (
                <View key={row.id} style={styles.tr} wrap={false}>
                  <Text style={cell(0, { width: 70 })}>{row.minutes > 0 ? `${agendaClock(row.start)}–${agendaClock(row.start + row.minutes)}` : c.none}</Text>
                  <Text style={cell(1, { width: 120 })}>
                    {`${row.minutes > 0 ? `${row.minutes} ${c.minutesShort}` : c.notHeld}${row.planned !== row.minutes ? ` (${c.planned} ${row.planned})` : ''}`}
                  </Text>
                  <Text style={cell(2, styles.flex)}>{row.title}</Text>
                </View>
              ))}
            </View>
          </Section>

          {m.worksheets.length > 0 && (
            <Section title={c.answers}>
              {m.worksheets.map(({ view, answers }) => (
                <View key={view.id}>
                  <Text style={styles.h3} minPresenceAhead={30}>{view.title}</Text>
                  {view.fields.map((f) => {
                    const value = answers[f.id];
                    return (
                      <View key={f.id} style={styles.field}>
                        <Text style={styles.label}>{f.label}</Text>
                        {f.type === 'table' && Array.isArray(value) && value.length ? (
                          <View style={styles.table}>
                            <View style={[styles.tr, styles.th]} fixed={false}>
                              {f.columns!.map((col, i) => <Text key={col.id} style={cell(i, styles.flex, styles.small)}>{col.label}</Text>)}
                            </View>
                            {value.map((rowValue, r) => (
                              <View key={r} style={styles.tr} wrap={false}>
                                {f.columns!.map((col, i) => (
                                  <Text key={col.id} style={cell(i, styles.flex, styles.small)}>{answerText(col, rowValue[col.id] ?? null, '')}</Text>
                                ))}
                              </View>
                            ))}
                          </View>
                        ) : (
                          <Text>{answerText(f, value, c.none)}</Text>
                        )}
                      </View>
                    );
                  })}
                </View>
              ))}
            </Section>
          )}

          <MinutesVotes votes={m.votes} language={m.language} />

          <Section title={c.decisions}><Paragraphs text={m.decisions} none={c.none} /></Section>
          <Section title={c.homework}>
            {m.homework.length === 0 ? <Text style={styles.p}>{c.none}</Text> : m.homework.map((h) => (
              <View key={h.id} style={styles.li}>
                <Text style={styles.bullet}>•</Text>
                <Text style={styles.flex}>{[h.task, h.owner ? `${c.owner}: ${h.owner}` : '', h.dueDate ? `${c.due}: ${h.dueDate}` : '', h.done ? c.done : ''].filter(Boolean).join(' · ')}</Text>
              </View>
            ))}
          </Section>
          {m.notes.trim() ? <Section title={c.notes}><Paragraphs text={m.notes} none={c.none} /></Section> : null}
        </View>
      </Page>
    </Document>
  );
}

/** The minutes the SME takes home after a workshop, in the workshop's language. */
export async function renderMinutesPdf(input: MinutesInput): Promise<Buffer> {
  await loadPdfFonts();
  return renderToBuffer(<MinutesPdf m={printableDeep(input)} />);
}
