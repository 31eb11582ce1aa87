import { AppShell, Burger, Button, Group, NavLink, Text, Title } from '@mantine/core';
import { Loading } from './bits';
import { useDisclosure } from '@mantine/hooks';
import { ComponentType, Suspense, lazy, useEffect, useState } from 'react';
import { useApi } from '../api/context';
import type { MessageId } from '../i18n/messages';
import { useT } from '../i18n/use-t';
import { Route, hrefOf, routeOf, useHashRoute } from '../route';
import type { Preferences, Role, Session } from '../session';
import { PreferenceControls } from './PreferenceControls';

/**
 * A screen in its own chunk (the first screen loads only the shell and the screen it shows), loaded on first use or
 * ahead by `preload`. A screen already loaded when it mounts renders at once: the first screen is preloaded before the
 * first render, since a suspended one is revealed only after React's throttle (about 300 ms before its first read).
 */
function screen<P extends object>(load: () => Promise<{ default: ComponentType<P> }>) {
  let loaded: ComponentType<P> | undefined;
  const preload = () =>
    load().then((module) => {
      loaded = module.default;
      return module;
    });
  const Lazy = lazy(preload);
  function Screen(props: P) {
    // Chosen once per mount: switching from the lazy wrapper to the loaded component would remount the screen.
    const [Shown] = useState<ComponentType<P>>(() => loaded ?? Lazy);
    return <Shown {...props} />;
  }
  return Object.assign(Screen, { preload });
}

const Members = screen(() => import('../screens/Members'));
const Applicants = screen(() => import('../screens/Applicants'));
const Intake = screen(() => import('../screens/Intake'));
const Member = screen(() => import('../screens/Member'));
const Centres = screen(() => import('../screens/Centres'));
const Centre = screen(() => import('../screens/Centre'));
const Vehicles = screen(() => import('../screens/Vehicles'));
const Vehicle = screen(() => import('../screens/Vehicle'));
const Items = screen(() => import('../screens/Items'));
const Fuel = screen(() => import('../screens/Fuel'));
const Recoveries = screen(() => import('../screens/Recoveries'));
const Transfers = screen(() => import('../screens/Transfers'));
const Transfer = screen(() => import('../screens/Transfer'));
const Donors = screen(() => import('../screens/Donors'));
const Donor = screen(() => import('../screens/Donor'));
const Sessions = screen(() => import('../screens/Sessions'));
const Session = screen(() => import('../screens/Session'));
const Courses = screen(() => import('../screens/Courses'));
const Compliance = screen(() => import('../screens/Compliance'));
const Recognition = screen(() => import('../screens/Recognition'));
const Certifications = screen(() => import('../screens/Certifications'));
const Audit = screen(() => import('../screens/Audit'));

type Section =
  | 'members'
  | 'applicants'
  | 'intakes'
  | 'centres'
  | 'vehicles'
  | 'items'
  | 'fuel'
  | 'recoveries'
  | 'transfers'
  | 'donors'
  | 'sessions'
  | 'courses'
  | 'compliance'
  | 'recognition'
  | 'certifications'
  | 'audit';

/** Who sees which section: the roles the services accept on the section's reads. */
const SECTIONS: readonly { readonly section: Section; readonly label: MessageId; readonly roles: readonly Role[] }[] = [
  { section: 'members', label: 'nav.members', roles: ['hr', 'admin', 'auditor', 'commander'] },
  { section: 'applicants', label: 'applicants.nav', roles: ['hr', 'admin'] },
  { section: 'intakes', label: 'intake.nav', roles: ['hr', 'admin'] },
  { section: 'centres', label: 'nav.centres', roles: ['hr', 'logistics', 'admin', 'auditor', 'commander'] },
  { section: 'vehicles', label: 'nav.vehicles', roles: ['logistics', 'admin', 'auditor', 'commander'] },
  { section: 'items', label: 'nav.items', roles: ['logistics', 'admin', 'auditor', 'commander'] },
  { section: 'fuel', label: 'nav.fuel', roles: ['logistics', 'admin', 'auditor', 'commander'] },
  { section: 'recoveries', label: 'nav.recoveries', roles: ['logistics', 'hr', 'admin', 'auditor', 'commander'] },
  { section: 'transfers', label: 'nav.transfers', roles: ['logistics', 'hr', 'admin', 'auditor', 'commander'] },
  { section: 'donors', label: 'nav.donors', roles: ['logistics', 'admin', 'auditor'] },
  { section: 'sessions', label: 'nav.sessions', roles: ['training', 'hr', 'admin', 'auditor', 'commander'] },
  { section: 'courses', label: 'nav.courses', roles: ['training', 'hr', 'admin', 'auditor', 'commander'] },
  { section: 'compliance', label: 'nav.compliance', roles: ['training', 'hr', 'admin', 'auditor', 'commander'] },
  { section: 'recognition', label: 'nav.recognition', roles: ['training', 'hr', 'admin', 'auditor', 'commander'] },
  {
    section: 'certifications',
    label: 'nav.certifications',
    roles: ['training', 'hr', 'admin', 'auditor', 'commander'],
  },
  { section: 'audit', label: 'nav.audit', roles: ['auditor', 'admin'] },
];

/** The section a screen belongs to: a record's page to the list of its kind. */
function sectionOf(route: Route): Section {
  switch (route.screen) {
    case 'member':
      return 'members';
    case 'centre':
      return 'centres';
    case 'intake':
      return 'intakes';
    case 'vehicle':
      return 'vehicles';
    case 'donor':
      return 'donors';
    case 'session':
      return 'sessions';
    case 'transfer':
      return 'transfers';
    default:
      return route.screen;
  }
}

/** A commander's centres section is their centre at a glance; the others see every centre's readiness. */
function centresOf(session: Session): Route {
  const [centre] = session.centres;
  return session.roles.includes('commander') && centre ? { screen: 'centre', centreId: centre } : { screen: 'centres' };
}

/** Where a user lands: the screen of their main work (an admin, who may read everything, on the members). */
function home(session: Session): Route {
  const has = (role: Role) => session.roles.includes(role);
  if (has('commander')) return centresOf(session);
  if (has('hr') || has('admin')) return { screen: 'members' };
  if (has('logistics')) return { screen: 'vehicles' };
  if (has('training')) return { screen: 'sessions' };
  if (has('auditor')) return { screen: 'audit' };
  return { screen: 'centres' };
}

const SCREENS = {
  members: Members,
  applicants: Applicants,
  intakes: Intake,
  intake: Intake,
  member: Member,
  centres: Centres,
  centre: Centre,
  vehicles: Vehicles,
  vehicle: Vehicle,
  items: Items,
  fuel: Fuel,
  recoveries: Recoveries,
  transfers: Transfers,
  transfer: Transfer,
  donors: Donors,
  donor: Donor,
  sessions: Sessions,
  session: Session,
  courses: Courses,
  compliance: Compliance,
  recognition: Recognition,
  certifications: Certifications,
  audit: Audit,
} satisfies Record<Route['screen'], { readonly preload: () => Promise<unknown> }>;

/** Loads the screen a signed-in user is about to see (the address's, or their home), so that it renders at once. */
export function preloadFirstScreen(session: Session): Promise<unknown> {
  return SCREENS[(routeOf(window.location.hash) ?? home(session)).screen].preload();
}

function Screen({ route }: { readonly route: Route }) {
  switch (route.screen) {
    case 'members':
      return <Members />;
    case 'applicants':
      return <Applicants />;
    case 'intakes':
      return <Intake intakeId={null} />;
    case 'intake':
      return <Intake intakeId={route.intakeId} />;
    case 'member':
      return <Member memberId={route.memberId} />;
    case 'centres':
      return <Centres />;
    case 'centre':
      return <Centre centreId={route.centreId} />;
    case 'vehicles':
      return <Vehicles />;
    case 'vehicle':
      return <Vehicle vehicleId={route.vehicleId} />;
    case 'items':
      return <Items />;
    case 'fuel':
      return <Fuel />;
    case 'recoveries':
      return <Recoveries />;
    case 'transfers':
      return <Transfers />;
    case 'transfer':
      return <Transfer transferId={route.transferId} />;
    case 'donors':
      return <Donors />;
    case 'donor':
      return <Donor donorId={route.donorId} />;
    case 'sessions':
      return <Sessions />;
    case 'session':
      return <Session sessionId={route.sessionId} />;
    case 'courses':
      return <Courses />;
    case 'compliance':
      return <Compliance />;
    case 'recognition':
      return <Recognition />;
    case 'certifications':
      return <Certifications />;
    case 'audit':
      return <Audit />;
  }
}

function Chevron() {
  return (
    <svg className="flip-rtl" width="14" height="14" viewBox="0 0 24 24" aria-hidden="true">
      <path d="M9 6l6 6-6 6" fill="none" stroke="currentColor" strokeWidth="2" />
    </svg>
  );
}

export function Shell({
  preferences,
  onPreferences,
  onSignOut,
}: {
  readonly preferences: Preferences;
  readonly onPreferences: (next: Preferences) => void;
  readonly onSignOut: () => void;
}) {
  const t = useT();
  const { session } = useApi();
  const [opened, { toggle }] = useDisclosure();
  const route = useHashRoute();
  useEffect(() => {
    if (!route) window.location.replace(hrefOf(home(session)));
  }, [route, session]);
  const sections = SECTIONS.filter((s) => s.roles.some((r) => session.roles.includes(r)));

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('nav.label')} />
            <Title order={1} size="h3">
              {t('app.title')}
            </Title>
            <Text size="sm" c="gray.7" visibleFrom="md">
              {t('app.subtitle')}
            </Text>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <PreferenceControls preferences={preferences} onPreferences={onPreferences} />
            <Text size="sm" visibleFrom="md">
              {t('header.signedInAs', { name: session.name })}
            </Text>
            <Button size="xs" variant="default" onClick={onSignOut}>
              {t('header.signOut')}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" component="nav" aria-label={t('nav.label')} data-testid="navigation">
        {sections.map((s) => (
          <NavLink
            key={s.section}
            href={hrefOf(s.section === 'centres' ? centresOf(session) : { screen: s.section })}
            label={t(s.label)}
            active={route ? sectionOf(route) === s.section : false}
            rightSection={<Chevron />}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main>
        <Suspense fallback={<Loading />}>{route && <Screen route={route} />}</Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
