import type { RecordTags, StandardsCatalogue } from '../../api/standards';
import type { ContentLibrary } from '../library/library';
import type { Tags } from '../library/crosswalk';
import { legalFloorAnchor } from '../library/legal-floor';

const pick = (t: Tags): RecordTags => ({ iso26000: t.iso26000 ?? [], vsme: t.vsme ?? [], sdg: t.sdg ?? [] });

/** The codes with their names in `language` (or English), the statements' tags and the typical objectives to suggest from. */
export function catalogueOf(library: ContentLibrary, language: string): StandardsCatalogue {
  const { standards, crosswalk, names } = library.crosswalk(language);
  const n = names.standards;
  return {
    language: library.resolve(language),
    iso26000: standards.iso26000.coreSubjects.map((s) => ({
      code: s.code, name: n.iso26000[s.code] ?? s.code, issues: s.issues.map((code) => ({ code, name: n.iso26000[code] ?? code })),
    })),
    vsme: standards.vsme.disclosures.map((d) => ({
      code: d.code, name: n.vsme[d.code] ?? d.code, module: d.module,
      datapoints: standards.vsme.datapoints.filter((p) => p.disclosure === d.code).map((p) => ({ code: p.code, name: n.vsmeDatapoints[p.code] ?? p.code, unit: p.unit ?? null })),
    })),
    sdg: standards.sdg.map((code) => ({ code, name: n.sdg[code] ?? code })),
    statements: Object.fromEntries(Object.entries(crosswalk.statements).map(([id, t]) => [id, { ...pick(t), legalFloor: t.legalFloor ?? [] }])),
    typicalObjectives: crosswalk.typicalObjectives.map((o) => ({ id: o.id, perspective: o.perspective, text: names.typicalObjectives[o.id] ?? o.id, ...pick(o) })),
    legalFloor: legalFloorOf(library, language),
  };
}

/** The legal floor's duties as the package shows them: their titles and where each one's section starts. */
function legalFloorOf(library: ContentLibrary, language: string): StandardsCatalogue['legalFloor'] {
  const doc = library.getStructure().documents.find((d) => d.kind === 'legal-floor');
  if (!doc) return null;
  const ids = new Set(library.getStructure().legalFloor.items.map((i) => i.id));
  const duties: Record<string, { title: string; anchor: string }> = {};
  for (const b of library.document(language, doc.id).blocks) {
    const id = b.type === 'heading' ? b.anchor.slice(doc.id.length + 1) : '';
    if (b.type === 'heading' && ids.has(id) && b.anchor === legalFloorAnchor(doc.id, id)) duties[id] = { title: b.text, anchor: b.anchor };
  }
  return { documentId: doc.id, duties };
}
