import { Document, Page, renderToBuffer, Text, View } from '@react-pdf/renderer';
import type { ReactNode } from 'react';
import type { FieldView } from '../../api/library';
import type { Language } from '../../api/languages';
import { isLanguage } from '../../api/languages';
import type { AnswerValue } from '../../api/workshops';
import type { MinutesInput } from '../workshops/minutes';
import { clock } from './blocks';
import { loadPdfFonts } from './fonts';
import { MinutesVotes } from './minutes-votes';
import { printableDeep } from './glyphs';
import { caps, cell, styles } from './styles';

interface MinutesCaptions {
  minutes: string; sme: string; date: string; place: string; facilitator: string; organisation: string;
  participants: string; present: string; absent: string; adHoc: string; agenda: string; minutesShort: string;
  answers: string; decisions: string; notes: string; homework: string; owner: string; due: string; done: string; none: string; planned: string; notHeld: string;
}

/** Captions of the minutes in the workshop's language (the document the SME takes home). */
const CAPTIONS: Record<Language, MinutesCaptions> = {
  en: { minutes: 'Minutes', sme: 'SME', date: 'Date', place: 'Place', facilitator: 'Facilitator', organisation: 'Organisation', participants: 'Participants', present: 'present', absent: 'absent', adHoc: 'joined on the day', agenda: 'Agenda as held', minutesShort: 'min', answers: 'Worksheet answers', decisions: 'Decisions', notes: 'Notes', homework: 'Homework', owner: 'Who', due: 'By', done: 'done', none: '—', planned: 'planned', notHeld: 'not held' },
  es: { minutes: 'Acta', sme: 'Pyme', date: 'Fecha', place: 'Lugar', facilitator: 'Facilitador/a', organisation: 'Organización', participants: 'Participantes', present: 'presente', absent: 'ausente', adHoc: 'se unió el mismo día', agenda: 'Orden del día realizado', minutesShort: 'min', answers: 'Respuestas de las hojas de trabajo', decisions: 'Decisiones', notes: 'Notas', homework: 'Tareas', owner: 'Quién', due: 'Plazo', done: 'hecho', none: '—', planned: 'previsto', notHeld: 'no realizado' },
  pt: { minutes: 'Ata', sme: 'PME', date: 'Data', place: 'Local', facilitator: 'Facilitador/a', organisation: 'Organização', participants: 'Participantes', present: 'presente', absent: 'ausente', adHoc: 'juntou-se no dia', agenda: 'Agenda realizada', minutesShort: 'min', answers: 'Respostas das fichas de trabalho', decisions: 'Decisões', notes: 'Notas', homework: 'Tarefas', owner: 'Quem', due: 'Prazo', done: 'feito', none: '—', planned: 'previsto', notHeld: 'não realizado' },
  ro: { minutes: 'Proces-verbal', sme: 'IMM', date: 'Data', place: 'Locul', facilitator: 'Facilitator', organisation: 'Organizație', participants: 'Participanți', present: 'prezent', absent: 'absent', adHoc: 's-a alăturat în ziua respectivă', agenda: 'Agenda desfășurată', minutesShort: 'min', answers: 'Răspunsuri din fișele de lucru', decisions: 'Decizii', notes: 'Note', homework: 'Teme', owner: 'Cine', due: 'Termen', done: 'realizat', none: '—', planned: 'planificat', notHeld: 'nu s-a desfășurat' },
  el: { minutes: 'Πρακτικά', sme: 'ΜμΕ', date: 'Ημερομηνία', place: 'Τόπος', facilitator: 'Συντονιστής/τρια', organisation: 'Οργανισμός', participants: 'Συμμετέχοντες', present: 'παρών/ούσα', absent: 'απών/ούσα', adHoc: 'προστέθηκε την ημέρα', agenda: 'Πρόγραμμα όπως έγινε', minutesShort: 'λεπ.', answers: 'Απαντήσεις φύλλων εργασίας', decisions: 'Αποφάσεις', notes: 'Σημειώσεις', homework: 'Εργασίες', owner: 'Ποιος', due: 'Έως', done: 'έγινε', none: '—', planned: 'προγραμματισμένα', notHeld: 'δεν έγινε' },
  bg: { minutes: 'Протокол', sme: 'МСП', date: 'Дата', place: 'Място', facilitator: 'Фасилитатор', organisation: 'Организация', participants: 'Участници', present: 'присъства', absent: 'отсъства', adHoc: 'включи се на място', agenda: 'Проведена програма', minutesShort: 'мин', answers: 'Отговори в работните листове', decisions: 'Решения', notes: 'Бележки', homework: 'Задачи', owner: 'Кой', due: 'Срок', done: 'изпълнено', none: '—', planned: 'планирано', notHeld: 'не се проведе' },
  pl: { minutes: 'Protokół', sme: 'MŚP', date: 'Data', place: 'Miejsce', facilitator: 'Moderator/ka', organisation: 'Organizacja', participants: 'Uczestnicy', present: 'obecny/a', absent: 'nieobecny/a', adHoc: 'dołączył/a na miejscu', agenda: 'Program w przebiegu', minutesShort: 'min', answers: 'Odpowiedzi w arkuszach roboczych', decisions: 'Decyzje', notes: 'Notatki', homework: 'Zadania', owner: 'Kto', due: 'Termin', done: 'zrobione', none: '—', planned: 'planowano', notHeld: 'pominięty' },
  lt: { minutes: 'Protokolas', sme: 'MVĮ', date: 'Data', place: 'Vieta', facilitator: 'Moderatorius', organisation: 'Organizacija', participants: 'Dalyviai', present: 'dalyvavo', absent: 'nedalyvavo', adHoc: 'prisijungė vietoje', agenda: 'Įvykusi darbotvarkė', minutesShort: 'min.', answers: 'Darbo lapų atsakymai', decisions: 'Sprendimai', notes: 'Pastabos', homework: 'Namų darbai', owner: 'Kas', due: 'Iki', done: 'atlikta', none: '—', planned: 'planuota', notHeld: 'neįvyko' },
  lv: { minutes: 'Protokols', sme: 'MVU', date: 'Datums', place: 'Vieta', facilitator: 'Moderators', organisation: 'Organizācija', participants: 'Dalībnieki', present: 'piedalījās', absent: 'nepiedalījās', adHoc: 'pievienojās uz vietas', agenda: 'Notikusī darba kārtība', minutesShort: 'min', answers: 'Darba lapu atbildes', decisions: 'Lēmumi', notes: 'Piezīmes', homework: 'Mājasdarbi', owner: 'Kas', due: 'Līdz', done: 'izdarīts', none: '—', planned: 'plānots', notHeld: 'nenotika' },
};

const when = (value: string | null, language: string) => {
  if (!value) return '';
  const [d, t] = value.split('T');
  const [y, m, day] = d!.split('-').map(Number);
  const [hh, mm] = (t ?? '00:00').split(':').map(Number);
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(y!, m! - 1, day!, hh, mm));
};

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
  const c = isLanguage(m.language) ? CAPTIONS[m.language] : CAPTIONS.en;
  return (
    <Document title={`${c.minutes}: ${m.workshopTitle} – ${m.smeName}`} language={m.language} author={m.organisation || undefined} creator="SocialSME 6x3" producer="SocialSME 6x3">
      <Page size="A4" style={styles.page}>
        <View style={styles.footer} fixed>
          <Text>{`${m.smeName} · ${m.packageTitle}`}</Text>
          <Text render={({ pageNumber, totalPages }) => `${pageNumber} / ${totalPages}`} />
        </View>
        <View style={styles.body}>
          <Text style={styles.kicker}>{caps(`${c.minutes} · ${m.packageTitle}`)}</Text>
          <Text style={styles.title}>{m.workshopTitle}</Text>
          <Text style={styles.meta}>{[`${c.sme}: ${m.smeName}`, m.plannedAt ? `${c.date}: ${when(m.plannedAt, m.language)}` : '', m.place ? `${c.place}: ${m.place}` : ''].filter(Boolean).join('   ·   ')}</Text>
          <Text style={styles.meta}>{[m.facilitator ? `${c.facilitator}: ${m.facilitator}` : '', m.organisation ? `${c.organisation}: ${m.organisation}` : ''].filter(Boolean).join('   ·   ')}</Text>
          <View style={styles.titleRule} />

          <Section title={c.participants}>
            {m.participants.length === 0 ? <Text style={styles.p}>{c.none}</Text> : m.participants.map((p) => (
              <View key={p.id} style={styles.li}>
                <Text style={styles.bullet}>•</Text>
                <Text style={styles.flex}>{`${p.name}${p.role ? ` (${p.role})` : ''} – ${p.attended ? c.present : c.absent}${!p.contactId && p.attended ? `, ${c.adHoc}` : ''}`}</Text>
              </View>
            ))}
          </Section>

          <Section title={c.agenda}>
            <View style={styles.table}>
              {m.agenda.map((row) => (
                <View key={row.id} style={styles.tr} wrap={false}>
                  <Text style={cell(0, { width: 70 })}>{row.minutes > 0 ? `${clock(row.start)}–${clock(row.start + row.minutes)}` : c.none}</Text>
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

export const minutesCaptions = (language: string): MinutesCaptions => (isLanguage(language) ? CAPTIONS[language] : CAPTIONS.en);
