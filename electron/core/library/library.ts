import fs from 'node:fs';
import path from 'node:path';
import type { DocumentModel, SearchHit, Toc, WorksheetView } from '../../api/library';
import type { Language } from '../../api/languages';
import { LANGUAGES } from '../../api/languages';
import { AppFailure } from '../../api/result';
import { buildDocument, tocEntry, worksheetView } from './build';
import type { LoadedCrosswalk, StandardsText } from './crosswalk';
import { loadCrosswalk, loadCrosswalkText } from './crosswalk';
import type { LanguageText, Structure } from './load';
import type { SelfEvaluationText } from './schema';
import { loadLanguage, loadStructure } from './load';
import { PackageSearch } from './search';

interface Loaded {
  text: LanguageText;
  documents: Map<string, DocumentModel>;
  search: PackageSearch | null;
}

/**
 * The methodology package in every language that is present, loaded lazily and kept in memory.
 * A language whose text is not there yet falls back to English (the master), and says so.
 */
export class ContentLibrary {
  private structure: Structure | null = null;
  private readonly loaded = new Map<string, Loaded>();
  private codes: LoadedCrosswalk | null = null;
  private readonly codeNames = new Map<string, { standards: StandardsText; typicalObjectives: Record<string, string> }>();

  constructor(readonly contentDir: string) {}

  languages(): Language[] {
    return LANGUAGES.filter((l) => fs.existsSync(path.join(this.contentDir, l, 'package.yaml')));
  }

  /** The language actually used for a request: the one asked for when present, else English. */
  resolve(language: string): Language {
    const available = this.languages();
    return (available.includes(language as Language) ? language : 'en') as Language;
  }

  getStructure(): Structure {
    this.structure ??= loadStructure(this.contentDir);
    return this.structure;
  }

  private load(language: string): Loaded {
    const lng = this.resolve(language);
    let entry = this.loaded.get(lng);
    if (!entry) {
      const s = this.getStructure();
      const text = loadLanguage(this.contentDir, lng, s);
      const documents = new Map(s.documents.map((d) => [d.id, buildDocument(s, text, d.id)]));
      entry = { text, documents, search: null };
      this.loaded.set(lng, entry);
    }
    return entry;
  }

  toc(language: string): Toc {
    const { text, documents } = this.load(language);
    return { language: text.language, title: text.package.title, subtitle: text.package.subtitle, documents: [...documents.values()].map(tocEntry) };
  }

  document(language: string, id: string): DocumentModel {
    const doc = this.load(language).documents.get(id);
    if (!doc) throw new AppFailure('not_found', `No document ${id} in the package`);
    return doc;
  }

  documents(language: string): DocumentModel[] {
    return [...this.load(language).documents.values()];
  }

  /** The self-evaluation's statements, scale and perspectives in a language (English where it is missing). */
  selfEvaluationText(language: string): SelfEvaluationText {
    return this.load(language).text.selfEvaluation;
  }

  worksheet(language: string, id: string): WorksheetView {
    const s = this.getStructure();
    if (!s.worksheets.some((w) => w.id === id)) throw new AppFailure('not_found', `No worksheet ${id}`);
    return worksheetView(s, this.load(language).text, id);
  }

  /** The crosswalk to ISO 26000, VSME, GRI and the SDGs, with the codes' names in the language asked for (or English). */
  crosswalk(language: string): LoadedCrosswalk & { names: { standards: StandardsText; typicalObjectives: Record<string, string> } } {
    this.codes ??= loadCrosswalk(this.contentDir, this.getStructure());
    const lng = this.resolve(language);
    let names = this.codeNames.get(lng);
    if (!names) {
      names = loadCrosswalkText(this.contentDir, lng, this.codes);
      this.codeNames.set(lng, names);
    }
    return { ...this.codes, names };
  }

  search(language: string, query: string, limit?: number): SearchHit[] {
    const entry = this.load(language);
    entry.search ??= new PackageSearch([...entry.documents.values()]);
    return entry.search.search(query, limit);
  }

  close(): void {
    for (const entry of this.loaded.values()) entry.search?.close();
    this.loaded.clear();
  }
}
