import type { LearningWaysText, SelfEvaluationStructure } from './schema';

/** Fewer statements than this per relationship make its mean swing too much to rank priorities on. */
export const MIN_PER_RELATIONSHIP = 6;
export const MIN_PER_PERSPECTIVE = 6;

/**
 * The self-evaluation as a facilitator can trust it: statements of the edition asked today
 * belong to it, retired ones do not, an id is never reused for another text, and every
 * perspective and relationship has enough statements for its mean to mean something.
 */
export function checkSelfEvaluation(se: SelfEvaluationStructure, problems: string[]): void {
  const where = 'self-evaluation.json';
  const all = [...se.items, ...se.retired];
  const seen = new Set<string>();
  for (const i of all) {
    if (seen.has(i.id)) problems.push(`${where}: item ${i.id} twice`);
    seen.add(i.id);
    if (!i.id.startsWith(`se-${i.perspective}-`)) problems.push(`${where}: ${i.id} must start with se-${i.perspective}-`);
    for (const e of i.editions) if (e > se.edition) problems.push(`${where}: ${i.id} names edition ${e}, after the current ${se.edition}`);
  }
  for (const i of se.items) if (!i.editions.includes(se.edition)) problems.push(`${where}: ${i.id} is asked but not part of edition ${se.edition}`);
  for (const i of se.retired) if (i.editions.includes(se.edition)) problems.push(`${where}: retired ${i.id} is marked as part of edition ${se.edition}`);
  for (const p of se.perspectives) {
    if (se.items.filter((i) => i.perspective === p).length < MIN_PER_PERSPECTIVE) problems.push(`${where}: perspective ${p} has fewer than ${MIN_PER_PERSPECTIVE} statements`);
  }
  for (const rel of se.relationships) {
    if (se.items.filter((i) => i.relationship === rel).length < MIN_PER_RELATIONSHIP) problems.push(`${where}: relationship ${rel} has fewer than ${MIN_PER_RELATIONSHIP} statements`);
  }
}

/** The statements of one edition, in sheet order for the current one. */
export function editionItems(se: SelfEvaluationStructure, edition: number) {
  return [...se.items, ...se.retired].filter((i) => i.editions.includes(edition));
}

/** The statements two editions share: only these can be compared across editions. */
export function sharedItems(se: SelfEvaluationStructure, a: number, b: number) {
  return [...se.items, ...se.retired].filter((i) => i.editions.includes(a) && i.editions.includes(b));
}

/** Rules given as a range must be a range: every …Min has its …Max, and is not above it. */
export function rulesProblems(rules: Readonly<Record<string, number>>): string[] {
  const problems: string[] = [];
  for (const [name, min] of Object.entries(rules)) {
    if (!name.endsWith('Min')) continue;
    const max = rules[`${name.slice(0, -3)}Max`];
    if (max === undefined) problems.push(`rules.json: ${name} has no matching ${name.slice(0, -3)}Max`);
    else if (min > max) problems.push(`rules.json: ${name} (${min}) is above its maximum (${max})`);
  }
  return problems;
}

/**
 * The learning ways as the text quotes them: `{{learningWays.count}}`, the name of each way
 * (`{{learningWays.mentoring}}`, used for worksheet options), and the same list as Markdown
 * bullets (`{{learningWays.list}}`) or as a table (`{{learningWays.table}}`).
 */
export function learningWayValues(ways: readonly { id: string }[], text: LearningWaysText): Map<string, string> {
  const values = new Map<string, string>([['learningWays.count', String(ways.length)]]);
  const rows = ways.map((w) => ({ id: w.id, ...text.ways[w.id]! }));
  for (const w of rows) values.set(`learningWays.${w.id}`, w.name);
  values.set('learningWays.list', rows.map((w) => `- **${w.name}:** ${w.description} ${w.example}`).join('\n'));
  const c = text.columns;
  const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  values.set(
    'learningWays.table',
    [`| ${c.name} | ${c.description} | ${c.example} | ${c.effort} |`, '| --- | --- | --- | --- |', ...rows.map((w) => `| ${cell(w.name)} | ${cell(w.description)} | ${cell(w.example)} | ${cell(w.effort)} |`)].join('\n'),
  );
  return values;
}
