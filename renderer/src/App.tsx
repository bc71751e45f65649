import { Alert, AppShell, Code, Group, Loader, NavLink, Stack, Text, Title } from '@mantine/core';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '@api/contract';
import type { Settings } from '@api/settings';
import { isFirstStart } from '@api/settings';
import { LanguageMenu } from './settings/LanguageMenu';
import { MovedAddressNotice } from './ui/MovedAddressNotice';
import { href, useRoute } from './router';
import { SmeList } from './smes/SmeList';
import { OutdatedNotice } from './ui/OutdatedNotice';
import { UndoNotice } from './ui/UndoNotice';

// The SME list is the first screen and comes with the app; every other screen (with its charts,
// map layout and editors, and the styles of the components only they use) is read from the app's
// files the first time it is opened.
const withStyles = <T,>(screen: Promise<T>) => Promise.all([screen, import('./ui/styles/other-screens')]).then(([m]) => m);
const SmeEditor = lazy(() => withStyles(import('./smes/SmeEditor')).then((m) => ({ default: m.SmeEditor })));
const WorkshopScreen = lazy(() => withStyles(import('./workshops/WorkshopScreen')).then((m) => ({ default: m.WorkshopScreen })));
const LiveWorkshop = lazy(() => withStyles(import('./workshops/LiveWorkshop')).then((m) => ({ default: m.LiveWorkshop })));
const ProcessScreen = lazy(() => withStyles(import('./processes/ProcessScreen')).then((m) => ({ default: m.ProcessScreen })));
const StrategyScreen = lazy(() => withStyles(import('./strategy/StrategyScreen')).then((m) => ({ default: m.StrategyScreen })));
const LibraryScreen = lazy(() => withStyles(import('./library/LibraryScreen')).then((m) => ({ default: m.LibraryScreen })));
const SettingsScreen = lazy(() => withStyles(import('./settings/SettingsScreen')).then((m) => ({ default: m.SettingsScreen })));
const HelpScreen = lazy(() => withStyles(import('./help/HelpScreen')).then((m) => ({ default: m.HelpScreen })));
const WelcomeDialog = lazy(() => withStyles(import('./settings/WelcomeDialog')).then((m) => ({ default: m.WelcomeDialog })));

export function App({ info, initialSettings }: { info: AppInfo; initialSettings: Settings }) {
  const { t } = useTranslation();
  const route = useRoute();
  const [settings, setSettings] = useState(initialSettings);
  const [welcome, setWelcome] = useState(() => !info.databaseError && isFirstStart(initialSettings));
  const showWelcome = () => setWelcome(true);

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
        <NavLink variant="filled" href={href({ screen: 'help' })} label={t('nav.help')} active={route.screen === 'help'} />
      </AppShell.Navbar>
      <AppShell.Main>
        <MovedAddressNotice />
        <OutdatedNotice />
        <Suspense fallback={<Loader role="status" aria-label={t('common.loading')} />}>
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
        ) : route.screen === 'help' ? (
          <HelpScreen info={info} onWelcome={showWelcome} />
        ) : route.screen === 'library' ? (
          <LibraryScreen settings={settings} onSettings={setSettings} document={route.document} anchor={route.anchor} />
        ) : (
          <SettingsScreen info={info} settings={settings} onSettings={setSettings} />
        )}
        </Suspense>
        {/* Its own boundary: the screen under the welcome stays while the welcome is read. */}
        <Suspense fallback={null}>
          {welcome && <WelcomeDialog settings={settings} onSettings={setSettings} onClose={() => setWelcome(false)} />}
        </Suspense>
        <UndoNotice />
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
