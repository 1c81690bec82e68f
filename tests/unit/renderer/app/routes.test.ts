import { Children, createElement, Fragment, isValidElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi, type Mock } from 'vitest';
import type { JournalSummary } from '../../../../src/shared/model';
import { ROUTES, isRoute, screenFor, UnknownRoute, type RouteContext, type RouteTable } from '../../../../src/renderer/src/app/routes';
import { SCREENS, type ScreenId } from '../../../../src/renderer/src/app/screens';
import { BackupScreen } from '../../../../src/renderer/src/backup';
import { CheckInScreen } from '../../../../src/renderer/src/checkins';
import { DeckScreen } from '../../../../src/renderer/src/deck';
import { ExercisesScreen, LIBRARY } from '../../../../src/renderer/src/exercises';
import { HomeScreen } from '../../../../src/renderer/src/home';
import { JournalScreen } from '../../../../src/renderer/src/journal';
import { PrivateScreen, PrivateWayIn } from '../../../../src/renderer/src/private';
import { SettingsScreen } from '../../../../src/renderer/src/settings';
import { SheetScreen } from '../../../../src/renderer/src/sheet';
import { TimelineScreen } from '../../../../src/renderer/src/timeline';

/** A shell that records where a screen asks to go. */
function shell(): RouteContext & { go: Mock<RouteContext['go']>; openJournal: Mock<RouteContext['openJournal']> } {
  return {
    names: { a: 'Ada', b: 'Sam' },
    summary: { entryCount: 3 } as unknown as JournalSummary,
    go: vi.fn<RouteContext['go']>(),
    openJournal: vi.fn<RouteContext['openJournal']>(),
    openExercises: vi.fn(),
    exercisesRoute: LIBRARY,
    setExercisesRoute: vi.fn(),
    writeAbout: null,
    onRestored: vi.fn(),
    setAutoLockMinutes: vi.fn(),
  };
}

/** The screen components an element draws at its top (a fragment's children count). */
function screensIn(element: ReactElement): unknown[] {
  const { children } = element.props as { children?: unknown };
  return element.type === Fragment
    ? Children.toArray(children as never).flatMap((child) => (isValidElement(child) ? [child.type] : []))
    : [element.type];
}

const EXPECTED: Record<ScreenId, unknown[]> = {
  home: [HomeScreen],
  journal: [PrivateWayIn, JournalScreen],
  exercises: [ExercisesScreen],
  deck: [DeckScreen],
  checkins: [CheckInScreen],
  timeline: [TimelineScreen],
  sheet: [SheetScreen],
  backup: [BackupScreen],
  settings: [SettingsScreen],
  private: [PrivateScreen],
};

describe('the route table of the open journal', () => {
  it('has a route for every place in the navigation, and for the private page', () => {
    const places = [...SCREENS.map((s) => s.id), 'private'];
    expect(Object.keys(ROUTES).sort()).toEqual([...places].sort());
    for (const place of places) expect(isRoute(place), place).toBe(true);
  });

  it.each(Object.entries(EXPECTED))('draws the %s place with its own screen', (place, screens) => {
    expect(screensIn(screenFor(place, shell()))).toEqual(screens);
  });

  it('passes the ways on: Home’s check-in goes to Check-ins, the journal’s way in to the private page', () => {
    const context = shell();
    (ROUTES.home(context).props as { onCheckIn: () => void }).onCheckIn();
    expect(context.go).toHaveBeenLastCalledWith('checkins');
    const [wayIn] = Children.toArray((ROUTES.journal(context).props as { children: unknown }).children as never) as ReactElement[];
    (wayIn!.props as { onOpen: () => void }).onOpen();
    expect(context.go).toHaveBeenLastCalledWith('private');
    (ROUTES.private(context).props as { onLeave: () => void }).onLeave();
    expect(context.openJournal).toHaveBeenCalledTimes(1);
  });

  it.each(['nowhere', '', 'constructor', '__proto__', 'toString'])(
    'shows an error with a way home for the unknown route %j, never the journal',
    (route) => {
      const context = shell();
      const screen = screenFor(route, context);
      expect(isRoute(route)).toBe(false);
      expect(screen.type).toBe(UnknownRoute);
      expect(screensIn(screen)).not.toContain(JournalScreen);

      const html = renderToStaticMarkup(screen);
      expect(html).toContain('This page is not here');
      expect(html).toMatch(/<button[^>]*>Go to Home<\/button>/);
      (screen.props as { onHome: () => void }).onHome();
      expect(context.go).toHaveBeenCalledWith('home');
    },
  );

  it('names the route it could not find, as text and not markup', () => {
    const html = renderToStaticMarkup(createElement(UnknownRoute, { route: '<b>odd</b>', onHome: () => {} }));
    expect(html).toContain('Hearth has no page called “&lt;b&gt;odd&lt;/b&gt;”');
  });
});

// Checked by `npm run typecheck` (tsconfig.web.json covers this file): a table missing a place does not compile.
const { settings: _settings, ...withoutSettings } = ROUTES;
// @ts-expect-error 'settings' has no route
const incomplete: RouteTable = withoutSettings;
// @ts-expect-error 'calendar' is not a place
const extra: RouteTable = { ...ROUTES, calendar: ROUTES.home };
void [_settings, incomplete, extra];
