import { Badge, Box, Checkbox, Group, List, Paper, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import type { AgendaRow, Block, FieldView, Inline, WorksheetView } from '@api/library';
import { assertNever } from '@api/result';
import { agendaClock } from '../ui/dates';

export interface Captions {
  time: string;
  minutes: string;
  method: string;
  facilitator: string;
  participants: string;
  worksheet: string;
}

export function Inlines({ items }: { items: Inline[] }) {
  return (
    <>
      {items.map((x, i) => {
        let node: ReactNode = x.text;
        if (x.italic) node = <em>{node}</em>;
        if (x.bold) node = <strong>{node}</strong>;
        return <span key={i}>{node}</span>;
      })}
    </>
  );
}


/** Renders the package's document model; the same blocks the PDFs are made of. */
export function Blocks({ blocks, captions }: { blocks: Block[]; captions: Captions }) {
  return <>{blocks.map((b, i) => <BlockView key={i} block={b} captions={captions} />)}</>;
}

function BlockView({ block, captions }: { block: Block; captions: Captions }) {
  switch (block.type) {
    case 'heading':
      return (
        <Title order={block.level} id={block.anchor} mt="lg" mb="xs" size={block.level === 2 ? 'h3' : 'h4'} style={{ scrollMarginTop: 80 }}>
          {block.text}
        </Title>
      );
    case 'paragraph':
      return <Text mb="sm" style={{ lineHeight: 1.65 }}><Inlines items={block.inlines} /></Text>;
    case 'list': {
      const items = block.items.map((item, i) => <List.Item key={i}><Inlines items={item} /></List.Item>);
      return <List type={block.ordered ? 'ordered' : 'unordered'} mb="sm" spacing={4} withPadding>{items}</List>;
    }
    case 'table':
      return (
        <Box mb="md" style={{ overflowX: 'auto' }}>
          <Table withTableBorder withColumnBorders striped>
            <Table.Thead><Table.Tr>{block.header.map((h, i) => <Table.Th key={i}><Inlines items={h} /></Table.Th>)}</Table.Tr></Table.Thead>
            <Table.Tbody>{block.rows.map((r, i) => <Table.Tr key={i}>{r.map((c, j) => <Table.Td key={j}><Inlines items={c} /></Table.Td>)}</Table.Tr>)}</Table.Tbody>
          </Table>
        </Box>
      );
    case 'agenda':
      return <Agenda rows={block.rows} captions={captions} />;
    case 'worksheet':
      return <WorksheetPreview worksheet={block.worksheet} />;
    case 'scale':
      return (
        <Table withTableBorder mb="md">
          <Table.Tbody>
            {block.points.map((p) => (
              <Table.Tr key={p.value}>
                <Table.Td w={40}><strong>{p.value}</strong></Table.Td>
                <Table.Td w={140}><strong>{p.label}</strong></Table.Td>
                <Table.Td>{p.description}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      );
    case 'statements':
      return (
        <List type="ordered" mb="md" spacing={6} withPadding>
          {block.items.map((item) => (
            <List.Item key={item.id} id={`statement-${item.id}`}>
              {item.text} {item.relationship && <Badge variant="outline" color="gray" size="sm">{item.relationship}</Badge>}
            </List.Item>
          ))}
        </List>
      );
    case 'terms':
      return (
        <Box component="dl">
          {block.items.map((term) => (
            <Box key={term.id} id={`term-${term.id}`} mb="sm" style={{ scrollMarginTop: 80 }}>
              <Text component="dt" fw={700}>{term.term}</Text>
              <Text component="dd" ml="md">{term.definition}</Text>
            </Box>
          ))}
        </Box>
      );
    default:
      return assertNever(block);
  }
}

function Agenda({ rows, captions }: { rows: AgendaRow[]; captions: Captions }) {
  return (
    <Stack gap="sm" mb="md">
      {rows.map((row) => (
        <Paper key={row.id} id={`row-${row.id}`} withBorder p="md" bg={row.kind === 'break' ? 'gray.0' : undefined} style={{ scrollMarginTop: 80 }}>
          <Group justify="space-between" align="baseline" mb={row.kind === 'break' ? 0 : 'xs'}>
            <Group gap="sm" align="baseline">
              <Text fw={700} ff="monospace" aria-label={captions.time}>{agendaClock(row.start)}–{agendaClock(row.start + row.minutes)}</Text>
              <Title order={3} size="h5">{row.title}</Title>
            </Group>
            <Badge variant="outline" color="dark">{row.minutes} {captions.minutes}</Badge>
          </Group>
          {row.kind !== 'break' && (
            <Stack gap={6}>
              <Text size="sm"><strong>{captions.method}:</strong> {row.method}</Text>
              {row.worksheet && <Text size="sm"><strong>{captions.worksheet}:</strong> {row.worksheet.title}</Text>}
              <Text size="sm" fw={700}>{captions.facilitator}</Text>
              <Box pl="sm"><Blocks blocks={row.facilitator} captions={captions} /></Box>
              <Text size="sm" fw={700}>{captions.participants}</Text>
              <Box pl="sm"><Blocks blocks={row.participants} captions={captions} /></Box>
            </Stack>
          )}
        </Paper>
      ))}
    </Stack>
  );
}

function WorksheetPreview({ worksheet }: { worksheet: WorksheetView }) {
  return (
    <Paper withBorder p="md" mb="md">
      <Blocks blocks={worksheet.instructions} captions={{ time: '', minutes: '', method: '', facilitator: '', participants: '', worksheet: '' }} />
      <Stack gap="sm">{worksheet.fields.map((f) => <FieldPreview key={f.id} field={f} />)}</Stack>
    </Paper>
  );
}

function FieldPreview({ field }: { field: FieldView }) {
  if (field.type === 'table') {
    return (
      <Box>
        <Text fw={600}>{field.label}</Text>
        {field.help && <Text size="sm" c="dimmed">{field.help}</Text>}
        <Box mt={4} style={{ overflowX: 'auto' }}>
          <Table withTableBorder withColumnBorders>
            <Table.Thead><Table.Tr>{field.columns!.map((c) => <Table.Th key={c.id}>{c.label}</Table.Th>)}</Table.Tr></Table.Thead>
            <Table.Tbody>
              {[0, 1].map((r) => <Table.Tr key={r}>{field.columns!.map((c) => <Table.Td key={c.id} h={28}>{c.options ? c.options.map((o) => o.label).join(' / ') : ''}</Table.Td>)}</Table.Tr>)}
            </Table.Tbody>
          </Table>
        </Box>
      </Box>
    );
  }
  return (
    <Box>
      <Text fw={600}>{field.label}</Text>
      {field.help && <Text size="sm" c="dimmed">{field.help}</Text>}
      {field.options && (
        <Group gap="md" mt={4}>{field.options.map((o) => <Checkbox key={o.id} label={o.label} disabled checked={false} onChange={() => {}} />)}</Group>
      )}
      {field.type === 'rating' && <Text size="sm" ff="monospace">{Array.from({ length: (field.max ?? 5) - (field.min ?? 1) + 1 }, (_, i) => `☐ ${(field.min ?? 1) + i}`).join('   ')}</Text>}
    </Box>
  );
}
