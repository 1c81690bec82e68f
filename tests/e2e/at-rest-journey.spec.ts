import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { filesContaining, listFiles } from '../support/scan';
import { expect, test } from './fixtures';
import { exportBackup } from './support/backup';
import { checkIn, completeSession, openCheckIns } from './support/journal-timeline';
import { completeSetup, goTo, lockScreenHeading, screenHeading, shownEntries, writeEntry } from './support/journey';

/**
 * The whole journey a couple takes, then a scan of every file the app wrote: its data
 * folder, its temporary folder, its logs and the backup it exported. None may hold a word
 * they typed or a partner's name in readable form (UTF-8 or UTF-16LE).
 */
test('after setup, an exercise, entries, a check-in, a backup and locking, nothing readable is left anywhere', async ({
  page,
  harness,
  dataDir,
}) => {
  test.setTimeout(180_000);
  const scratch = mkdtempSync(join(tmpdir(), 'hearth-at-rest-'));
  const appTemp = join(scratch, 'tmp');
  const logFile = join(scratch, 'app.log');
  const backupPath = join(scratch, 'exports', 'hearth-backup.age');
  mkdirSync(appTemp);
  mkdirSync(join(scratch, 'exports'));
  try {
    const tag = randomUUID().slice(0, 8);
    const names = [`Juniper${tag}`, `Rowan${tag}`] as const;
    const markers = {
      entry: `entry-marker-${randomUUID()}`,
      note: `checkin-marker-${randomUUID()}`,
      reflection: `reflection-marker-${randomUUID()}`,
      edit: `edited-marker-${randomUUID()}`,
    };
    // The app's temporary files and logs go where this test can see all of them.
    const url = await harness.restart({ ...process.env, TMPDIR: appTemp, HEARTH_TEST_LOG_FILE: logFile });
    await page.goto(url);
    await completeSetup(page, names, { passphrase: 'our kitchen table at dusk' });

    await goTo(page, 'Journal');
    await writeEntry(page, { author: names[0], body: `The first warm evening. ${markers.entry}` });
    await writeEntry(page, { author: names[1], body: `A second thought. ${markers.edit}` });
    await expect(shownEntries(page)).toHaveCount(2);
    await completeSession(page, 'three-minutes-each', { author: 'b', body: `I felt heard. ${markers.reflection}` });
    await openCheckIns(page);
    await checkIn(page, names[1], [4, 5, 3], `Tired but close. ${markers.note}`);

    await goTo(page, 'Backup');
    await exportBackup(page, url, backupPath, 'a backup passphrase we wrote down');
    expect(existsSync(backupPath)).toBe(true);

    await page.keyboard.press('Control+l');
    await expect(screenHeading(page)).toHaveText(lockScreenHeading);
    expect(await harness.stop()).toBe(0);

    const scanned = [dataDir, appTemp, join(scratch, 'exports')].flatMap((dir) => listFiles(dir));
    scanned.push(logFile);
    const secrets = [...Object.values(markers), names[0], names[1]];
    for (const secret of secrets) {
      const found = [dataDir, appTemp, join(scratch, 'exports')].flatMap((dir) => filesContaining(dir, secret));
      expect(found, `"${secret}" readable in a file the app wrote`).toEqual([]);
      if (existsSync(logFile)) expect(readFileSync(logFile, 'utf8')).not.toContain(secret);
    }
    // The scan saw the real thing: the encrypted journal, its vault and the backup.
    expect(scanned.map((f) => f.split('/').pop())).toEqual(
      expect.arrayContaining(['journal.db', 'vault.json', 'hearth-backup.age']),
    );
    console.log(`at-rest scan: ${scanned.length} files, ${secrets.length} strings, 0 found`);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
});
