import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCrosswalk, loadCrosswalkText, SCHEMES } from '../../electron/core/library/crosswalk';
import { ContentLibrary } from '../../electron/core/library/library';
import { loadStructure } from '../../electron/core/library/load';
import { INDICATORS } from '../../electron/core/examples/plan';

const CONTENT = path.resolve('content');

describe('the crosswalk to ISO 26000, VSME, GRI and the SDGs', () => {
  const s = loadStructure(CONTENT);
  const loaded = loadCrosswalk(CONTENT, s); // throws a ContentError listing every unknown statement or code

  it('maps every self-evaluation statement in use, and only statements that exist once the package has the same edition', () => {
    const se = s.selfEvaluation as typeof s.selfEvaluation & { edition?: number; retired?: { id: string }[] };
    for (const i of se.items) expect(loaded.crosswalk.statements[i.id], i.id).toBeDefined();
    const known = new Set([...se.items, ...(se.retired ?? [])].map((i) => i.id));
    const unknown = Object.keys(loaded.crosswalk.statements).filter((id) => !known.has(id));
    if ((se.edition ?? 1) >= loaded.crosswalk.statementEdition) expect(unknown).toEqual([]);
    else expect(unknown.every((id) => /^se-(business|stakeholders|processes|learning)-\d+$/.test(id)), unknown.join()).toBe(true);
  });

  it('has the eleven Basic and nine Comprehensive VSME disclosures', () => {
    const codes = (module: string) => loaded.standards.vsme.disclosures.filter((d) => d.module === module).map((d) => d.code);
    expect(codes('basic')).toEqual(['B1', 'B2', 'B3', 'B4', 'B5', 'B6', 'B7', 'B8', 'B9', 'B10', 'B11']);
    expect(codes('comprehensive')).toEqual(['C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7', 'C8', 'C9']);
  });

  it('touches every ISO 26000 core subject somewhere, so a coverage view has something in each column', () => {
    const used = new Set(Object.values(loaded.crosswalk.statements).flatMap((t) => t.iso26000 ?? []).map((c) => c.split('.').slice(0, 2).join('.')));
    expect([...used].sort()).toEqual(['6.2', '6.3', '6.4', '6.5', '6.6', '6.7', '6.8']);
  });

  it('tags each indicator of the Load example by its code', () => {
    expect(Object.keys(loaded.crosswalk.exampleIndicators).sort()).toEqual(INDICATORS.map((i) => i.code).sort());
  });

  it('links the statements on paying suppliers and on health and safety to their legal duties', () => {
    expect(loaded.crosswalk.statements['se-business-6']!.legalFloor).toEqual(['lf-late-payment']);
    expect(loaded.crosswalk.statements['se-processes-4']!.legalFloor).toEqual(['lf-health-safety']);
    // Second-edition statements marked as legal duties
    expect(loaded.crosswalk.statements['se-processes-17']!.legalFloor).toEqual(['lf-whistleblowing']);
    expect(loaded.crosswalk.statements['se-processes-14']!.legalFloor).toEqual(['lf-working-time']);
  });

  it('names every code and every typical objective in English', () => {
    const text = loadCrosswalkText(CONTENT, 'en', loaded);
    for (const t of Object.values(loaded.crosswalk.statements)) {
      for (const c of t.iso26000 ?? []) expect(text.standards.iso26000[c], c).toBeTruthy();
      for (const c of t.gri ?? []) expect(text.standards.gri[c], c).toBeTruthy();
      for (const c of t.sdg ?? []) expect(text.standards.sdg[c], c).toBeTruthy();
      for (const c of t.vsme ?? []) expect(text.standards.vsme[c] ?? text.standards.vsmeDatapoints[c], c).toBeTruthy();
    }
    expect(Object.keys(text.typicalObjectives)).toHaveLength(loaded.crosswalk.typicalObjectives.length);
  });

  it('reaches the app through the content library, with the names in the language asked for', () => {
    const library = new ContentLibrary(CONTENT);
    const cw = library.crosswalk('lt');
    expect(cw.names.standards.vsme.B3).toBe('Energija ir išmetamosios šiltnamio efektą sukeliančios dujos');
    expect(cw.crosswalk.statements['se-processes-4']!.vsme).toEqual(['B9']);
    library.close();
  });

  it('uses all four schemes', () => {
    for (const k of SCHEMES) expect(Object.values(loaded.crosswalk.statements).some((t) => t[k]?.length), k).toBe(true);
  });
});

describe('the crosswalk checks', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));
  const copy = () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crosswalk-'));
    dirs.push(dir);
    fs.cpSync(path.join(CONTENT, 'structure'), path.join(dir, 'structure'), { recursive: true });
    fs.cpSync(path.join(CONTENT, 'en'), path.join(dir, 'en'), { recursive: true });
    return dir;
  };
  const edit = (dir: string, file: string, change: (text: string) => string) => {
    const p = path.join(dir, file);
    fs.writeFileSync(p, change(fs.readFileSync(p, 'utf8')));
  };

  it('refuse an unknown code, an unmapped statement and a worksheet field that does not exist', () => {
    const dir = copy();
    edit(dir, 'structure/crosswalk.json', (t) => {
      const c = JSON.parse(t);
      delete c.statements['se-business-1'];
      c.statements['se-business-2'].vsme = ['B12'];
      c.statements['se-business-3'].sdg = ['18.1'];
      c.worksheetFields[0].field = 'no-such-field';
      return JSON.stringify(c);
    });
    expect(() => loadCrosswalk(dir, loadStructure(dir))).toThrow(
      /statement se-business-1 is not mapped[\s\S]*unknown VSME code B12[\s\S]*unknown SDG code 18\.1[\s\S]*no-such-field does not exist/,
    );
  });

  it('refuse a statement that does not exist once the crosswalk maps the same edition as the package', () => {
    const dir = copy();
    const edition = (loadStructure(dir).selfEvaluation as { edition?: number }).edition ?? 1;
    edit(dir, 'structure/crosswalk.json', (t) => {
      const c = JSON.parse(t);
      c.statementEdition = edition;
      c.statements['se-business-99'] = { iso26000: ['6.2'] };
      return JSON.stringify(c);
    });
    expect(() => loadCrosswalk(dir, loadStructure(dir))).toThrow(/statement se-business-99 does not exist/);
  });

  it('refuse a code without an English name', () => {
    const dir = copy();
    edit(dir, 'en/standards.yaml', (t) => t.replace(/^ {2}"403-9": .*\n/m, ''));
    const s = loadStructure(dir);
    expect(() => loadCrosswalkText(dir, 'en', loadCrosswalk(dir, s))).toThrow(/standards\.yaml gri: missing 403-9/);
  });
});

describe('the legal floor', () => {
  it('is a document whose duties keep their anchors in any language', () => {
    const library = new ContentLibrary(CONTENT);
    const doc = library.document('en', 'legal-floor');
    const anchors = doc.blocks.filter((b) => b.type === 'heading').map((b) => (b as { anchor: string }).anchor);
    for (const item of loadStructure(CONTENT).legalFloor.items) expect(anchors).toContain(`legal-floor-${item.id}`);
    library.close();
  });
});
