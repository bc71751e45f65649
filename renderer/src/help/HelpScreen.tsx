import { Button, Code, Kbd, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '@api/contract';

/** What a facilitator looks up once in a while: the keys of live mode, where the data is, backups, the stick. */
export function HelpScreen({ info, onWelcome }: { info: AppInfo; onWelcome: () => void }) {
  const { t } = useTranslation();
  const keys: [string[], string][] = [
    [['Space'], t('help.keySpace')],
    [['←', '→'], t('help.keyArrows')],
    [['F'], t('help.keyF')],
  ];
  return (
    <Stack gap="lg" maw={820}>
      <Title order={2}>{t('help.title')}</Title>
      <Stack gap="xs" component="section" aria-labelledby="help-welcome" align="flex-start">
        <Title order={3} size="h4" id="help-welcome">{t('help.welcomeTitle')}</Title>
        <Text>{t('help.welcomeText')}</Text>
        <Button variant="default" onClick={onWelcome}>{t('help.welcomeAgain')}</Button>
      </Stack>
      <Stack gap="xs" component="section" aria-labelledby="help-keys">
        <Title order={3} size="h4" id="help-keys">{t('help.keysTitle')}</Title>
        <Table withTableBorder verticalSpacing={4}>
          <Table.Tbody>
            {keys.map(([combo, what]) => (
              <Table.Tr key={what}>
                <Table.Td w={120}>{combo.map((k) => <Kbd key={k} mr={4}>{k}</Kbd>)}</Table.Td>
                <Table.Td>{what}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
      <Stack gap="xs" component="section" aria-labelledby="help-data">
        <Title order={3} size="h4" id="help-data">{t('help.dataTitle')}</Title>
        <Text>{t('help.dataText')}</Text>
        <Code block style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>{info.dataDir}</Code>
      </Stack>
      <Stack gap="xs" component="section" aria-labelledby="help-backup">
        <Title order={3} size="h4" id="help-backup">{t('help.backupTitle')}</Title>
        <Text>{t('help.backupText')}</Text>
      </Stack>
      <Stack gap="xs" component="section" aria-labelledby="help-stick">
        <Title order={3} size="h4" id="help-stick">{t('help.stickTitle')}</Title>
        <Text>{t('help.stickText')}</Text>
      </Stack>
    </Stack>
  );
}
