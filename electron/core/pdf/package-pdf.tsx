import { Document, Page, renderToBuffer, Text, View } from '@react-pdf/renderer';
import type { ReactNode } from 'react';
import type { Block, DocumentModel, WorksheetView } from '../../api/library';
import type { AnswerValue } from '../../api/workshops';
import type { PdfLabels } from './blocks';
import { Blocks, ENGLISH_LABELS } from './blocks';
import { packageCaptions } from './captions';
import { loadPdfFonts } from './fonts';
import { Field } from './form';
import { printableDeep } from './glyphs';
import { caps, styles } from './styles';

export type { PdfLabels } from './blocks';

export interface DocumentPdfOptions {
  facilitator?: string;
  organisation?: string;
  generatedOn?: Date;
  /** The package's labels.yaml for the document's language; English when not given. */
  labels?: Partial<PdfLabels>;
}

export interface WorksheetPdfOptions {
  language: string;
  packageTitle: string;
  smeName?: string;
  /** The workshop the sheet belongs to, shown above its title. */
  workshopTitle?: string;
  /** Printed pre-filled on the date line, e.g. the workshop's planned date. */
  date?: Date;
  facilitator?: string;
  /** Fields printed with what the SME's strategy holds for them, by field id (the rest stay blank). */
  filled?: Record<string, AnswerValue>;
}

const CREATOR = 'SocialSME 6x3';
const formatDate = (date: Date, language: string) => new Intl.DateTimeFormat(language, { dateStyle: 'long' }).format(date);

/**
 * One flowing A4 page run with the running footer. The new paginator is used because it is about
 * twice as fast on the long documents and, unlike the old one, keeps sub-sections nested in the
 * outline when their section breaks across pages.
 */
function Sheet(props: { packageTitle: string; landscape?: boolean; bookmark: string; children: ReactNode }): ReactNode {
  return (
    <Page size="A4" orientation={props.landscape ? 'landscape' : 'portrait'} experimentalPagination style={styles.page} bookmark={{ title: props.bookmark, fit: true, expanded: true }}>
      <View style={styles.footer} fixed>
        <Text>{props.packageTitle}</Text>
        <Text render={({ pageNumber, totalPages }) => `${pageNumber} / ${totalPages}`} />
      </View>
      <View style={styles.body}>{props.children}</View>
    </Page>
  );
}

/** The scale of the self-evaluation document, so statement boxes match its points. */
const scaleOf = (blocks: Block[]) => {
  const scale = blocks.find((b) => b.type === 'scale');
  return scale?.type === 'scale' ? scale.points.map((p) => p.value) : undefined;
};

function DocumentPdf({ doc, options }: { doc: DocumentModel; options: DocumentPdfOptions }): ReactNode {
  const c = packageCaptions(doc.language);
  const labels = { ...ENGLISH_LABELS, ...options.labels };
  const meta = [
    options.organisation ? `${c.organisation}: ${options.organisation}` : '',
    options.facilitator ? `${c.facilitator}: ${options.facilitator}` : '',
    options.generatedOn ? `${c.generated} ${formatDate(options.generatedOn, doc.language)}` : '',
  ].filter(Boolean);
  return (
    <Document title={`${doc.title} – ${doc.packageTitle}`} language={doc.language} author={options.organisation} creator={CREATOR} producer={CREATOR} pageMode="useOutlines">
      <Sheet packageTitle={doc.packageTitle} bookmark={doc.title}>
        <Text style={styles.kicker}>{caps(doc.packageTitle)}</Text>
        <Text style={styles.title}>{doc.title}</Text>
        {meta.length ? <Text style={styles.meta}>{meta.join('   ·   ')}</Text> : null}
        <View style={styles.titleRule} />
        <Blocks blocks={doc.blocks} ctx={{ labels, outline: true, scale: scaleOf(doc.blocks) }} />
      </Sheet>
    </Document>
  );
}

function FillLine({ caption, value, width }: { caption: string; value?: string; width?: number }): ReactNode {
  return (
    <View style={[{ flexDirection: 'row', alignItems: 'flex-end', marginTop: 6 }, width ? { width, marginLeft: 16 } : styles.flex]}>
      <Text style={[styles.label, { marginRight: 6, marginBottom: 3 }]}>{`${caption}:`}</Text>
      <View style={[styles.line, styles.flex, { height: 18 }]}>
        {value ? <Text style={{ marginTop: 2 }}>{value}</Text> : null}
      </View>
    </View>
  );
}

function WorksheetPdf({ view, options }: { view: WorksheetView; options: WorksheetPdfOptions }): ReactNode {
  const c = packageCaptions(options.language);
  // A grid of five or more columns gets too narrow to write in on portrait paper.
  const wide = view.fields.some((f) => (f.columns?.length ?? 0) >= 5);
  return (
    <Document title={`${view.title} – ${options.packageTitle}`} language={options.language} creator={CREATOR} producer={CREATOR}>
      <Sheet packageTitle={options.packageTitle} landscape={wide} bookmark={view.title}>
        <Text style={styles.kicker}>{caps([options.packageTitle, options.workshopTitle].filter(Boolean).join(' · '))}</Text>
        <Text style={styles.title}>{view.title}</Text>
        <View style={{ flexDirection: 'row' }}>
          <FillLine caption={c.sme} value={options.smeName} />
          <FillLine caption={c.date} value={options.date ? formatDate(options.date, options.language) : undefined} width={190} />
        </View>
        <FillLine caption={c.participants} />
        {options.facilitator ? <Text style={[styles.meta, { marginTop: 4 }]}>{`${c.facilitator}: ${options.facilitator}`}</Text> : null}
        <View style={styles.titleRule} />
        <Blocks blocks={view.instructions} ctx={{ labels: ENGLISH_LABELS, outline: false }} />
        <View style={{ marginTop: 6 }}>
          {view.fields.map((f) => <Field key={f.id} field={f} value={options.filled?.[f.id]} language={options.language} />)}
        </View>
      </Sheet>
    </Document>
  );
}

/** One document of the methodology package as a printable A4 PDF with outline and page numbers. */
export async function renderDocumentPdf(doc: DocumentModel, options: DocumentPdfOptions = {}): Promise<Buffer> {
  await loadPdfFonts();
  return renderToBuffer(<DocumentPdf doc={printableDeep(doc)} options={printableDeep(options)} />);
}

/** A blank worksheet to hand out in the workshop and fill in by pen. */
export async function renderWorksheetPdf(view: WorksheetView, options: WorksheetPdfOptions): Promise<Buffer> {
  await loadPdfFonts();
  return renderToBuffer(<WorksheetPdf view={printableDeep(view)} options={printableDeep(options)} />);
}
