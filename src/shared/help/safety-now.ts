// What to do now about suicide and self-harm, for the offline help page. Plain steps, no
// diagnosis, no links; it reads the same before unlock as inside the journal.
import { HelpSection } from '../exercises/schema';

export const SAFETY_NOW: readonly HelpSection[] = HelpSection.array().parse([
  {
    id: 'thoughts-of-suicide-yourself',
    heading: 'If you are thinking about ending your life or hurting yourself',
    blocks: [
      {
        kind: 'paragraph',
        text: 'You do not have to carry this alone, and you do not have to wait until it gets worse to reach out.',
      },
      {
        kind: 'bullets',
        items: [
          'Call or text one of the lines on this page now, or call emergency services if you might act on it soon.',
          'Stay close to someone: be in the same room as a person you trust, or keep them on the phone.',
          'Put some distance between you and anything you could use to hurt yourself. Hand it to someone, or go to another place.',
          'Get through the next few minutes, then the next hour. The feeling can ease, even when it seems it never will.',
        ],
      },
    ],
  },
  {
    id: 'thoughts-of-suicide-partner',
    heading: 'If you are worried about your partner',
    blocks: [
      {
        kind: 'bullets',
        items: [
          'Ask them straight out: “Are you thinking about killing yourself?” Asking does not put the idea in their head, and it shows you can hear the answer.',
          'Listen more than you talk. You do not need to fix it or argue them out of how they feel.',
          'Stay with them, or make sure someone they trust is with them.',
          'Help them call or text a line on this page, and sit beside them while they do.',
          'If their life is in danger right now, call emergency services.',
        ],
      },
      {
        kind: 'paragraph',
        text: 'Look after yourself too: once they are safe, talk to someone about how this has been for you.',
      },
    ],
  },
]);
