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
  | { readonly screen: 'vehicle'; readonly vehicleId: string }
  | { readonly screen: 'items' }
  | { readonly screen: 'fuel' }
  | { readonly screen: 'recoveries' }
  | { readonly screen: 'transfers' }
  | { readonly screen: 'transfer'; readonly transferId: string }
  | { readonly screen: 'donors' }
  | { readonly screen: 'donor'; readonly donorId: string }
  | { readonly screen: 'sessions' }
  | { readonly screen: 'session'; readonly sessionId: string }
  | { readonly screen: 'compliance' }
  | { readonly screen: 'courses' }
  | { readonly screen: 'recognition' }
  | { readonly screen: 'certifications' }
  | { readonly screen: 'audit' };

/** The screens without an id. */
const LISTS = [
  'applicants',
  'items',
  'fuel',
  'recoveries',
  'courses',
  'compliance',
  'recognition',
  'certifications',
  'audit',
] as const;

export function routeOf(hash: string): Route | null {
  const [screen, id] = hash.replace(/^#\/?/, '').split('/');
  if (screen === 'members') return id ? { screen: 'member', memberId: id } : { screen: 'members' };
  if (screen === 'intakes') return id ? { screen: 'intake', intakeId: id } : { screen: 'intakes' };
  if (screen === 'centres') return id ? { screen: 'centre', centreId: id } : { screen: 'centres' };
  if (screen === 'vehicles') return id ? { screen: 'vehicle', vehicleId: id } : { screen: 'vehicles' };
  if (screen === 'donors') return id ? { screen: 'donor', donorId: id } : { screen: 'donors' };
  if (screen === 'sessions') return id ? { screen: 'session', sessionId: id } : { screen: 'sessions' };
  if (screen === 'transfers') return id ? { screen: 'transfer', transferId: id } : { screen: 'transfers' };
  const list = LISTS.find((s) => s === screen);
  if (list) return { screen: list };
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
    case 'vehicle':
      return `#/vehicles/${route.vehicleId}`;
    case 'donor':
      return `#/donors/${route.donorId}`;
    case 'session':
      return `#/sessions/${route.sessionId}`;
    case 'transfer':
      return `#/transfers/${route.transferId}`;
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
