import { Document, Page, renderToBuffer, Text, View } from '@react-pdf/renderer';
import type { ReactNode } from 'react';
import type { DraftDisclosure, VsmeDraft } from '../../api/standards';
import type { VsmeCaptions } from './captions';
import { vsmeCaptions } from './captions';
import { loadPdfFonts } from './fonts';
import { printableDeep } from './glyphs';
import { ACCENT, MUTED } from './strategy-common';
import { caps, cell, styles } from './styles';

/** The orange of "to collect": a gap the reader should see at a glance, and read in black and white by its word. */
const COLLECT = '#b26a00';

interface Ctx {
  d: VsmeDraft;
  c: VsmeCaptions;
  num: (v: number) => string;
}

/**
 * A table under its heading. The header row is fixed, so a table that runs on to the next page
 * shows it again there. (Keeping heading, header and first row together on one page did not work
 * in react-pdf: minPresenceAhead was ignored, and an unbreakable group drew rows over each other.)
 */
function HeadedTable({ head, rows }: { head: ReactNode; rows: ReactNode[] }): ReactNode {
  return <View>{head}{rows}</View>;
}

function Datapoints({ disclosure, ctx, heading }: { disclosure: DraftDisclosure; ctx: Ctx; heading: ReactNode }): ReactNode {
  const { c } = ctx;
  const head = (
    <>
      {heading}
      <View style={[styles.tr, styles.th]} wrap={false} fixed>
        <Text style={cell(0, styles.small, { width: 170 })}>{c.datapoint}</Text>
        <Text style={cell(1, styles.small, { width: 130 })}>{c.value}</Text>
        <Text style={cell(2, styles.small, styles.flex)}>{`${c.source} / ${c.hint}`}</Text>
      </View>
    </>
  );
  const rows = disclosure.datapoints.map((p) => (
    <View key={p.code} style={styles.tr} wrap={false}>
      <View style={cell(0, { width: 170 })}>
        <Text style={styles.small}>{p.label}</Text>
        <Text style={[styles.small, { color: MUTED, fontSize: 7 }]}>{p.code}</Text>
      </View>
      {p.value === null
        ? <Text style={cell(1, styles.small, { width: 130, color: COLLECT, fontWeight: 700 })}>{c.toCollect}</Text>
        : <Text style={cell(1, styles.small, { width: 130, fontWeight: 700 })}>{[p.value, p.unit].filter(Boolean).join(' ')}</Text>}
      <Text style={cell(2, styles.small, styles.flex, p.value === null ? {} : { color: MUTED })}>{p.value === null ? p.hint : p.source ?? ''}</Text>
    </View>
  ));
  return <View style={styles.table}><HeadedTable head={head} rows={rows} /></View>;
}

function Practices({ disclosure, ctx }: { disclosure: DraftDisclosure; ctx: Ctx }): ReactNode {
  const { c } = ctx;
  const groups = disclosure.practices ?? [];
  return (
    <View>
      <Text style={styles.h3} minPresenceAhead={40}>{c.practicesHead}</Text>
      {groups.length === 0 ? <Text style={styles.p}>{c.noPractices}</Text> : groups.map((g) => (
        <View key={g.matter}>
          <Text style={styles.h4} minPresenceAhead={30}>{g.matter}</Text>
          {g.items.map((item, i) => (
            <View key={i} style={{ marginBottom: 4 }} wrap={false}>
              <Text>{`${item.objective} `}<Text style={{ color: MUTED, fontSize: 8.5 }}>{`(${item.perspective})`}</Text></Text>
              {item.activities.map((a, j) => (
                <View key={j} style={[styles.li, { paddingLeft: 10 }]}>
                  <Text style={styles.bullet}>•</Text>
                  <Text style={[styles.flex, styles.small]}>{`${a.title} · ${a.status}`}</Text>
                </View>
              ))}
            </View>
          ))}
        </View>
      ))}
    </View>
  );
}

function Energy({ disclosure, ctx }: { disclosure: DraftDisclosure; ctx: Ctx }): ReactNode {
  const { c, num } = ctx;
  const e = disclosure.energy;
  if (!e) return <Text style={styles.p}>{c.noEnergy}</Text>;
  const b = e.balance;
  const widths = [80, 150, 70, 0, 50];
  return (
    <View>
      <View style={styles.table}>
        <HeadedTable
          head={(
            <>
              <Text style={styles.h3} minPresenceAhead={60}>{`${c.energyHead} (${e.year})`}</Text>
              <View style={[styles.tr, styles.th]} wrap={false} fixed>
                {[c.carrier, c.quantity, c.mwh, c.factor, c.tco2e].map((h, i) => <Text key={i} style={cell(i, styles.small, widths[i] ? { width: widths[i] } : styles.flex)}>{h}</Text>)}
              </View>
            </>
          )}
          rows={b.lines.map((l, i) => (
            <View key={l.carrier} style={styles.tr} wrap={false}>
              <Text style={cell(0, styles.small, { width: widths[0] })}>{`${c.carriers[l.carrier]} (${c.scope} ${l.scope})`}</Text>
              <Text style={cell(1, styles.small, { width: widths[1] })}>
                {(l.unit === 'l' ? c.conversion : c.conversionKwh).replaceAll('{{quantity}}', num(l.quantity)).replaceAll('{{unit}}', c.litres).replace('{{perUnit}}', num(l.kwhPerUnit)).replace('{{mwh}}', num(l.mwh))}
              </Text>
              <Text style={cell(2, styles.small, { width: widths[2] })}>{num(l.mwh)}</Text>
              <View style={cell(3, styles.flex)}>
                <Text style={styles.small}>{l.factor ? num(l.factor.tCo2ePerMwh) : '—'}</Text>
                <Text style={[styles.small, { color: MUTED, fontSize: 7 }]}>{e.factorNotes[i] ?? ''}</Text>
              </View>
              <Text style={cell(4, styles.small, { width: widths[4] })}>{l.tCo2e === null ? '—' : num(l.tCo2e)}</Text>
            </View>
          ))}
        />
      </View>
      {([
        [c.total, `${num(b.totalMwh)} MWh`],
        [c.renewable, `${num(b.renewableMwh)} MWh`],
        [c.scope1, `${num(b.scope1)} tCO2e`],
        [c.scope2, b.scope2Location === null ? c.missingFactor : `${num(b.scope2Location)} tCO2e`],
      ] as const).map(([label, value]) => (
        <View key={label} style={{ flexDirection: 'row' }} wrap={false}>
          <Text style={{ width: 300 }}>{label}</Text>
          <Text style={{ fontWeight: 700 }}>{value}</Text>
        </View>
      ))}
    </View>
  );
}

function Learning({ disclosure, ctx }: { disclosure: DraftDisclosure; ctx: Ctx }): ReactNode {
  const { c } = ctx;
  const rows = disclosure.learning ?? [];
  return (
    <View>
      {rows.length === 0 ? (
        <>
          <Text style={styles.h3} minPresenceAhead={40}>{c.learningHead}</Text>
          <Text style={styles.p}>{c.noLearning}</Text>
        </>
      ) : (
        <View style={styles.table}>
          <HeadedTable
            head={(
              <>
                <Text style={styles.h3} minPresenceAhead={60}>{c.learningHead}</Text>
                <View style={[styles.tr, styles.th]} wrap={false} fixed>
                  <Text style={cell(0, styles.small, { width: 140 })}>{c.learners}</Text>
                  <Text style={cell(1, styles.small, styles.flex)}>{c.learningWhat}</Text>
                  <Text style={cell(2, styles.small, { width: 90 })}>{c.learningHow}</Text>
                </View>
              </>
            )}
            rows={rows.map((r, i) => (
              <View key={i} style={styles.tr} wrap={false}>
                <Text style={cell(0, styles.small, { width: 140 })}>{r.who}</Text>
                <Text style={cell(1, styles.small, styles.flex)}>{r.what}</Text>
                <Text style={cell(2, styles.small, { width: 90 })}>{r.how}</Text>
              </View>
            ))}
          />
        </View>
      )}
    </View>
  );
}

function VsmeDraftPdf({ ctx }: { ctx: Ctx }): ReactNode {
  const { d, c } = ctx;
  const day = new Intl.DateTimeFormat(d.language, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${d.today}T00:00:00Z`));
  const missing = d.disclosures.reduce((n, x) => n + x.datapoints.filter((p) => p.value === null).length, 0);
  return (
    <Document title={`${d.title}: ${d.smeName}`} language={d.language} author={d.organisation || undefined} creator="SocialSME 6x3" producer="SocialSME 6x3">
      <Page size="A4" style={styles.page}>
        <View style={styles.footer} fixed>
          <Text>{`${d.smeName} · ${d.title}`}</Text>
          <Text>{day}</Text>
        </View>
        <View style={styles.body}>
          <Text style={styles.kicker}>{caps(d.title)}</Text>
          <Text style={styles.title}>{d.smeName}</Text>
          <Text style={styles.meta}>{`${c.process}: ${d.processTitle}   ·   ${day}`}</Text>
          {d.facilitator || d.organisation ? <Text style={styles.meta}>{[d.facilitator, d.organisation].filter(Boolean).join(', ')}</Text> : null}
          <Text style={styles.meta}>{`${c.edition}: ${d.edition}`}</Text>
          <View style={styles.titleRule} />
          <Text style={[styles.p, { fontStyle: 'italic' }]}>{c.notice}</Text>
          <Text style={[styles.p, { color: COLLECT, fontWeight: 700 }]}>{c.summary(missing)}</Text>
          {d.disclosures.map((x) => (
            <View key={x.code}>
              <Datapoints disclosure={x} ctx={ctx} heading={<Text style={[styles.h2, { color: ACCENT }]} minPresenceAhead={80}>{`${x.code} ${x.title}`}</Text>} />
              {x.practices ? <Practices disclosure={x} ctx={ctx} /> : null}
              {x.energy !== undefined ? <Energy disclosure={x} ctx={ctx} /> : null}
              {x.learning ? <Learning disclosure={x} ctx={ctx} /> : null}
            </View>
          ))}
        </View>
      </Page>
    </Document>
  );
}

/** The VSME Basic-module draft in the process's language, disclosure by disclosure. */
export async function renderVsmeDraftPdf(draft: VsmeDraft): Promise<Buffer> {
  await loadPdfFonts();
  const number = new Intl.NumberFormat(draft.language, { maximumFractionDigits: 3 });
  const ctx: Ctx = { d: printableDeep(draft), c: vsmeCaptions(draft.language), num: (v) => number.format(v) };
  return renderToBuffer(<VsmeDraftPdf ctx={ctx} />);
}
