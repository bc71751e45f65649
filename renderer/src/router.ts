import { useEffect, useState } from 'react';

/** Screens are addressed by the URL hash so reloads and the back button keep the place. */
export type Route =
  | { screen: 'smes' }
  | { screen: 'sme'; id: string }
  | { screen: 'settings' }
  | { screen: 'help' }
  | { screen: 'library'; document: string | null; anchor: string | null }
  | { screen: 'process'; id: string }
  | { screen: 'strategy'; id: string; tab: string | null }
  | { screen: 'workshop'; id: string }
  | { screen: 'live'; id: string };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  if (parts[0] === 'smes' && parts[1]) return { screen: 'sme', id: parts[1] };
  if (parts[0] === 'settings') return { screen: 'settings' };
  if (parts[0] === 'help') return { screen: 'help' };
  if (parts[0] === 'processes' && parts[1] && parts[2] === 'strategy') return { screen: 'strategy', id: parts[1], tab: parts[3] ?? null };
  if (parts[0] === 'processes' && parts[1]) return { screen: 'process', id: parts[1] };
  if (parts[0] === 'workshops' && parts[1]) return parts[2] === 'live' ? { screen: 'live', id: parts[1] } : { screen: 'workshop', id: parts[1] };
  if (parts[0] === 'library') return { screen: 'library', document: parts[1] ?? null, anchor: parts[2] ?? null };
  return { screen: 'smes' };
}

export function href(route: Route): string {
  switch (route.screen) {
    case 'smes': return '#/smes';
    case 'sme': return `#/smes/${route.id}`;
    case 'settings': return '#/settings';
    case 'help': return '#/help';
    case 'process': return `#/processes/${route.id}`;
    case 'strategy': return `#/processes/${route.id}/strategy${route.tab ? `/${route.tab}` : ''}`;
    case 'workshop': return `#/workshops/${route.id}`;
    case 'live': return `#/workshops/${route.id}/live`;
    case 'library': return ['#/library', route.document, route.document && route.anchor].filter(Boolean).join('/');
  }
}

export function navigate(route: Route): void {
  location.hash = href(route);
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
