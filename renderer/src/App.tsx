import { Alert, AppShell, Code, Group, NavLink, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '@api/contract';
import type { Settings } from '@api/settings';
import { LanguageMenu } from './settings/LanguageMenu';
import { MovedAddressNotice } from './ui/MovedAddressNotice';
import { LibraryScreen } from './library/LibraryScreen';
import { StrategyScreen } from './strategy/StrategyScreen';
import { ProcessScreen } from './processes/ProcessScreen';
import { LiveWorkshop } from './workshops/LiveWorkshop';
import { WorkshopScreen } from './workshops/WorkshopScreen';
import { href, useRoute } from './router';
import { SettingsScreen } from './settings/SettingsScreen';
import { SmeEditor } from './smes/SmeEditor';
import { SmeList } from './smes/SmeList';
import { OutdatedNotice } from './ui/OutdatedNotice';

export function App({ info, initialSettings }: { info: AppInfo; initialSettings: Settings }) {
  const { t } = useTranslation();
  const route = useRoute();
  const [settings, setSettings] = useState(initialSettings);

  useEffect(() => {
    document.title = t('app.title');
  }, [t]);

  return (
    <AppShell header={{ height: 60 }} navbar={{ width: 220, breakpoint: 0 }} padding="lg">
      <AppShell.Header>
        <Group h="100%" px="lg" justify="space-between">
          <Title order={1} size="h3">{t('app.title')}</Title>
          <LanguageMenu onSettings={setSettings} />
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label={t('nav.label')}>
        <NavLink variant="filled" href={href({ screen: 'smes' })} label={t('nav.smes')} active={['smes', 'sme', 'process', 'strategy', 'workshop', 'live'].includes(route.screen)} />
        <NavLink variant="filled" href={href({ screen: 'library', document: null, anchor: null })} label={t('nav.library')} active={route.screen === 'library'} />
        <NavLink variant="filled" href={href({ screen: 'settings' })} label={t('nav.settings')} active={route.screen === 'settings'} />
      </AppShell.Navbar>
      <AppShell.Main>
        <MovedAddressNotice />
        <OutdatedNotice />
        {info.databaseError ? (
          <DatabaseProblem code={info.databaseError} dataDir={info.dataDir} />
        ) : route.screen === 'smes' ? (
          <SmeList />
        ) : route.screen === 'sme' ? (
          <SmeEditor key={route.id} id={route.id} />
        ) : route.screen === 'workshop' ? (
          <WorkshopScreen key={route.id} id={route.id} />
        ) : route.screen === 'live' ? (
          <LiveWorkshop key={route.id} id={route.id} />
        ) : route.screen === 'process' ? (
          <ProcessScreen key={route.id} id={route.id} />
        ) : route.screen === 'strategy' ? (
          <StrategyScreen key={route.id} id={route.id} tab={route.tab} />
        ) : route.screen === 'library' ? (
          <LibraryScreen settings={settings} onSettings={setSettings} document={route.document} anchor={route.anchor} />
        ) : (
          <SettingsScreen info={info} settings={settings} onSettings={setSettings} />
        )}
      </AppShell.Main>
    </AppShell>
  );
}

function DatabaseProblem({ code, dataDir }: { code: string; dataDir: string }) {
  const { t } = useTranslation();
  return (
    <Alert color="red" title={t('dbError.title')} role="alert">
      <Stack gap="xs">
        <Text>{t(`dbError.${code}`, { defaultValue: t('dbError.internal') })}</Text>
        <Text size="sm">{t('dbError.untouched')}</Text>
        <Code>{dataDir}</Code>
      </Stack>
    </Alert>
  );
}
