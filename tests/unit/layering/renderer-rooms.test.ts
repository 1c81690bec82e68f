import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../support/temp-dir';
import { cruiseScratch, repoRoot, runDepcruise } from './cruise';

const tempDir = useTempDirs();

// A small renderer laid out as the real one is: features that enter each other by index.ts,
// and the shared rooms (ui, api, i18n) whose files anyone may import.
const R = 'src/renderer/src';
const rooms = {
  [`${R}/main.ts`]: `import { App } from './app';\nexport const r = App;\n`,
  [`${R}/app/index.ts`]: `export { App } from './App';\n`,
  [`${R}/app/App.ts`]: `import { JournalScreen } from '../journal';\nimport { PrivateScreen } from '../private';\nexport const App = [JournalScreen, PrivateScreen];\n`,
  [`${R}/api/index.ts`]: `export { call } from './hearth';\n`,
  [`${R}/api/hearth.ts`]: `export const call = () => 1;\n`,
  [`${R}/i18n/index.ts`]: `export const t = (key: string) => key;\n`,
  [`${R}/ui/index.ts`]: `export { TextField } from './TextField';\n`,
  [`${R}/ui/TextField.ts`]: `import { t } from '../i18n';\nexport const TextField = t('field');\n`,
  [`${R}/ui/partner-names.ts`]: `export const partnerNames = () => ['a', 'b'];\n`,
  [`${R}/journal/index.ts`]: `export { JournalScreen } from './JournalScreen';\nexport { checkEdit } from './draft';\n`,
  [`${R}/journal/JournalScreen.ts`]: `import { call } from '../api';\nimport { TextField } from '../ui';\nimport { checkEdit } from './draft';\nexport const JournalScreen = [call, TextField, checkEdit];\n`,
  [`${R}/journal/draft.ts`]: `export const checkEdit = (body: string) => body.length > 0;\n`,
  [`${R}/private/index.ts`]: `export { PrivateScreen } from './PrivateScreen';\n`,
  [`${R}/private/PrivateScreen.ts`]: `import { call } from '../api/hearth';\nimport { checkEdit } from '../journal';\nimport { partnerNames } from '../ui/partner-names';\nexport const PrivateScreen = [call, checkEdit, partnerNames];\n`,
};

// Each case runs dependency-cruiser in a child process (~1 s alone, several seconds on a busy machine).
describe('the renderer feature boundary: a feature folder is entered only by its index.ts', { timeout: 60_000 }, () => {
  it('passes features that enter each other by index, and deep imports into ui, api and i18n', () => {
    const result = cruiseScratch(tempDir(), rooms);
    expect(result.output).toMatch(/no dependency violations found/);
    expect(result.status).toBe(0);
  });

  it('passes the real renderer', () => {
    const result = runDepcruise(repoRoot, ['src/renderer']);
    expect(result.output).toMatch(/no dependency violations found/);
    expect(result.status).toBe(0);
  });

  it.each([
    [
      'renderer-feature-enters-by-index',
      `${R}/private/NoteItem.ts`,
      `import { checkEdit } from '../journal/draft';\nexport const n = checkEdit;\n`,
      `${R}/journal/draft.ts`,
    ],
    [
      'renderer-feature-enters-by-index',
      `${R}/journal/EntryRow.ts`,
      `import { PrivateScreen } from '../private/PrivateScreen';\nexport const e = PrivateScreen;\n`,
      `${R}/private/PrivateScreen.ts`,
    ],
    [
      'renderer-feature-enters-by-index',
      `${R}/main.ts`,
      `import { App } from './app/App';\nexport const r = App;\n`,
      `${R}/app/App.ts`,
    ],
    [
      'renderer-shared-rooms-import-no-feature',
      `${R}/ui/EntryField.ts`,
      `import { checkEdit } from '../journal';\nexport const f = checkEdit;\n`,
      `${R}/journal/index.ts`,
    ],
    [
      'renderer-nothing-imports-app',
      `${R}/private/Back.ts`,
      `import { App } from '../app';\nexport const b = App;\n`,
      `${R}/app/index.ts`,
    ],
  ])('fails on a deliberate violation of %s (%s)', (rule, path, text, target) => {
    const result = cruiseScratch(tempDir(), { ...rooms, [path]: text });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(`${rule}: ${path} → ${target}`);
  });
});
