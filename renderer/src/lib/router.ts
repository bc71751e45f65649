import { useEffect, useState } from 'react';

/** Screens are addressed by the URL hash so reloads and the back button keep the place. */
export type Route = { screen: 'smes' } | { screen: 'sme'; id: string } | { screen: 'settings' };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  if (parts[0] === 'smes' && parts[1]) return { screen: 'sme', id: parts[1] };
  if (parts[0] === 'settings') return { screen: 'settings' };
  return { screen: 'smes' };
}

export function href(route: Route): string {
  switch (route.screen) {
    case 'smes': return '#/smes';
    case 'sme': return `#/smes/${route.id}`;
    case 'settings': return '#/settings';
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
