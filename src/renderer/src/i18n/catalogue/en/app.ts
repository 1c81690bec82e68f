/** The app's frame: starting up, the navigation, the Lock button. */
export const app = {
  couldNotStart: 'Hearth could not start',
  tryAgain: 'Try again',
  opening: 'Opening Hearth…',
  openingJournal: 'Opening your journal…',
  backToLock: 'Back to the lock screen',
  showMenu: 'Show the menu <kbd>Esc</kbd>',
  mainNav: 'Main',
  lock: 'Lock',
  /** The navigation, by screen id (app/screens.ts). */
  screens: {
    home: 'Home',
    journal: 'Journal',
    exercises: 'Exercises',
    deck: 'Questions',
    checkins: 'Check-ins',
    timeline: 'Timeline',
    sheet: 'Print',
    backup: 'Backup',
    settings: 'Settings',
  },
  /** A place the route table does not know (app/routes.tsx): say so, and offer the way home. */
  unknownRoute: {
    heading: 'This page is not here',
    body: 'Hearth has no page called “{{route}}”. Nothing in your journal has changed.',
    home: 'Go to Home',
  },
} as const;
