/**
 * Hearth's one message catalogue, in English (US spelling). Each feature has its own
 * namespace file beside this one; a new language is a folder like catalogue/en/ plus a
 * file like this, and no component changes. Keys are checked by TypeScript (i18next.d.ts).
 */
import { common } from './en/common';
import { backup } from './en/backup';
import { checkins } from './en/checkins';
import { journal } from './en/journal';
import { settings } from './en/settings';
import { exercises } from './en/exercises';
import { setup } from './en/setup';
import { lock } from './en/lock';
import { deck } from './en/deck';
import { privatePage } from './en/private';
import { app } from './en/app';
import { ui } from './en/ui';
import { home } from './en/home';
import { timeline } from './en/timeline';
import { sheet } from './en/sheet';
import { print } from './en/print';
import { recovery } from './en/recovery';
import { help } from './en/help';
import { sync } from './en/sync';

export const en = { common, exercises, setup, lock, deck, private: privatePage, journal, checkins, backup, settings, app, ui, home, timeline, sheet, print, recovery, help, sync } as const;
export type Catalogue = typeof en;
