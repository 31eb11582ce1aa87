import { useEffect, useState } from 'react';

// The console's places, in the URL's hash: a reload or a shared link opens the same screen, with no router library
// in the first screen's bundle and no server-side route table (the gateway serves index.html for `/` only).
export type Route =
  | { readonly screen: 'members' }
  | { readonly screen: 'applicants' }
  | { readonly screen: 'intakes' }
  | { readonly screen: 'intake'; readonly intakeId: string }
  | { readonly screen: 'member'; readonly memberId: string }
  | { readonly screen: 'centres' }
  | { readonly screen: 'centre'; readonly centreId: string }
  | { readonly screen: 'vehicles' }
  | { readonly screen: 'audit' };

export function routeOf(hash: string): Route | null {
  const [screen, id] = hash.replace(/^#\/?/, '').split('/');
  if (screen === 'members') return id ? { screen: 'member', memberId: id } : { screen: 'members' };
  if (screen === 'intakes') return id ? { screen: 'intake', intakeId: id } : { screen: 'intakes' };
  if (screen === 'centres') return id ? { screen: 'centre', centreId: id } : { screen: 'centres' };
  if (screen === 'vehicles' || screen === 'audit' || screen === 'applicants') return { screen };
  return null;
}

export function hrefOf(route: Route): string {
  switch (route.screen) {
    case 'member':
      return `#/members/${route.memberId}`;
    case 'centre':
      return `#/centres/${route.centreId}`;
    case 'intake':
      return `#/intakes/${route.intakeId}`;
    default:
      return `#/${route.screen}`;
  }
}

export function useHashRoute(): Route | null {
  const [hash, setHash] = useState(() => window.location.hash);
  useEffect(() => {
    const onChange = () => setHash(window.location.hash);
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return routeOf(hash);
}
