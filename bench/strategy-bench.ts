import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Document, Page, renderToBuffer, Text, View } from '@react-pdf/renderer';
import { createElement as h } from 'react';
import type { ProcessRecord } from '../electron/api/processes';
import type { Sme } from '../electron/api/smes';
import type { StrategyRecord } from '../electron/api/strategy';
import type { AppCore } from '../electron/core/app-core';
import { createAppCore } from '../electron/core/app-core';
import { loadPdfFonts } from '../electron/core/pdf/fonts';
import { reportCaptions } from '../electron/core/pdf/captions';
import { styles } from '../electron/core/pdf/styles';
import { JsonSettingsStore } from '../electron/core/settings/json-store';
import { ms, timeEach } from './stats';

const RUNS = 5;
const DASHBOARD_CALLS = 200;
const PERSPECTIVES = ['business', 'stakeholders', 'processes', 'learning'] as const;
const GROUPS = ['customers', 'employees', 'suppliers', 'community', 'environment', 'owners', 'authorities', 'competitors'] as const;
const sentence = 'We give every new baker a mentor for the first three months and ask what they need to learn.';

async function call<T>(core: AppCore, channel: string, payload: unknown): Promise<T> {
  const r = await core.dispatch(channel, payload);
  if (!r.ok) throw new Error(`${channel}: ${JSON.stringify(r.error)}`);
  return r.value as T;
}

/** A strategy after a year: 8 objectives, 10 activities, 5 indicators measured 6 times, two self-evaluations, 8 stakeholders. */
async function realisticCase(core: AppCore): Promise<{ smeId: string; processId: string }> {
  const sme = await call<Sme>(core, 'smes.create', { name: 'Šiaulių duona', country: 'LT', city: 'Šiauliai', sector: 'C', employees: 23 });
  const { id: processId } = await call<ProcessRecord>(core, 'processes.create', { smeId: sme.id, title: 'SR 2027', language: 'en', startDate: '2027-01-10' });
  await call(core, 'strategy.update', { processId, data: { vision: `${sentence} `.repeat(3), reviewRoutine: 'The owner and two bakers meet every quarter.' } });
  const items = core.library.getStructure().selfEvaluation.items;
  for (const [n, kind, takenOn] of [[0, 'baseline', '2027-01-20'], [1, 'end', '2027-12-10']] as const) {
    const s = await call<StrategyRecord>(core, 'evaluations.create', { processId, data: { kind, takenOn } });
    for (const [i, item] of items.entries()) await call(core, 'evaluations.setScore', { id: s.evaluations[n]!.id, itemId: item.id, score: 1 + ((i + n * 2) % 5) });
  }
  for (const [i, group] of GROUPS.entries()) {
    await call(core, 'stakeholders.save', { processId, data: { group, name: `Stakeholder ${i + 1}`, influence: 1 + (i % 5), impact: 1 + ((i * 2) % 5), expectations: sentence, relationship: 1 + ((i + 3) % 5) } });
  }
  const objectives: string[] = [];
  for (const [i, perspective] of [...PERSPECTIVES, ...PERSPECTIVES].entries()) {
    const leadsTo = i % 4 === 0 ? [] : [objectives[i - 1]!];
    const s = await call<StrategyRecord>(core, 'objectives.save', { processId, data: { perspective, title: `Objective ${i + 1}: more trust from the town`, description: sentence, leadsTo } });
    objectives.push(s.objectives.at(-1)!.id);
  }
  for (let i = 0; i < 10; i++) {
    await call(core, 'activities.save', {
      processId,
      data: {
        objectiveId: objectives[i % objectives.length], title: `Activity ${i + 1}: open the bakery to school classes`, owner: 'Rūta', startDate: '2027-02-01', dueDate: `2027-${String(3 + i).padStart(2, '0')}-01`,
        status: (['planned', 'running', 'done'] as const)[i % 3], cost: 500 * i, businessBenefit: sentence, stakeholderBenefit: sentence,
        learning: i % 3 === 0, learners: 'Two apprentices', learningWhat: 'Sourdough from start to finish', learningHow: 'mentoring',
      },
    });
  }
  for (let i = 0; i < 5; i++) {
    const s = await call<StrategyRecord>(core, 'indicators.save', { processId, data: { objectiveId: objectives[i], name: `Indicator ${i + 1}`, unit: 'loaves', direction: 'up', baseline: 100, baselineDate: '2027-01-01', target: 200, targetDate: '2028-12-31' } });
    for (let m = 0; m < 6; m++) await call(core, 'measurements.save', { indicatorId: s.indicators.at(-1)!.id, data: { measuredOn: `2027-${String(2 * m + 1).padStart(2, '0')}-15`, value: 100 + m * 12 + i } });
  }
  await call(core, 'reviews.save', { processId, data: { heldOn: '2027-10-01', findings: sentence, decisions: sentence, nextOn: '2028-01-15' } });
  return { smeId: sme.id, processId };
}

/** Every string of the record and every caption, as plain paragraphs: the text of the report without its layout. */
function bareDocument(strategy: StrategyRecord) {
  const strings: string[] = [];
  const collect = (v: unknown): void => {
    if (typeof v === 'string' && v.trim() && !/^[0-9a-f-]{36}$/.test(v)) strings.push(v);
    else if (v && typeof v === 'object') Object.values(v).forEach(collect);
  };
  collect(strategy);
  collect(reportCaptions('en'));
  return h(Document, null, h(Page, { size: 'A4', style: styles.page }, h(View, { style: styles.body }, ...strings.map((s, i) => h(Text, { key: i, style: styles.p }, s)))));
}

async function medianOf(run: () => Promise<unknown>): Promise<number> {
  await run(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!;
}

/** The strategy PDF against a bare document of the same text, and the SME dashboard through the core. */
export async function benchStrategy(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'socialsme-strategy-bench-'));
  const core = createAppCore({ dataDir, settings: new JsonSettingsStore(dataDir), shell: 'browser', version: 'bench', systemLanguages: () => ['en'] });
  try {
    const { smeId, processId } = await realisticCase(core);
    const strategy = await call<StrategyRecord>(core, 'strategy.get', { processId });
    await loadPdfFonts();
    const report = await medianOf(() => call(core, 'strategy.pdf', { processId }));
    const bare = await medianOf(() => renderToBuffer(bareDocument(strategy)));
    const dashboard = await timeEach(Array.from({ length: DASHBOARD_CALLS }, () => smeId), (id) => call(core, 'smes.dashboard', { smeId: id }));

    console.log('\nStrategy PDF, 8 objectives, 10 activities, 5 indicators x 6 measurements, 2 self-evaluations, 8 stakeholders:');
    console.log(`  strategy.pdf through the core: median of ${RUNS} ${ms(report)}   (target < 1.5 s)`);
    console.log(`  bare react-pdf document of the same text: median ${ms(bare)}   ratio ${(report / bare).toFixed(2)}x   (target within 2x)`);
    console.log(`SME dashboard through the core, ${DASHBOARD_CALLS} calls: p50 ${ms(dashboard.p50)}   p95 ${ms(dashboard.p95)}   max ${ms(dashboard.max)}   (target < 20 ms)`);
  } finally {
    core.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
