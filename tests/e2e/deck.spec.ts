import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { deckById, DECKS, questionById, questionsInDeck } from '../../src/shared/deck';
import { cardBoxes, CARDS_PER_PAGE, MM_PER_INCH, type Sheet } from '../../src/shared/sheet';
import { expect, test } from './fixtures';
import { expectNoAxeViolations } from './support/axe';
import { completeSetup, lockScreenHeading, screenHeading, shownEntries } from './support/journey';
import { printToPdf, readPdf, recordPrintRequests, squeeze } from './support/sheet';

const nav = (page: Page) => page.getByRole('navigation', { name: 'Main' });
const openDeck = async (page: Page) => {
  await nav(page).getByRole('button', { name: 'Questions', exact: true }).click();
  await expect(screenHeading(page)).toHaveText('Conversation deck');
};
const today = (page: Page) => page.getByRole('region', { name: 'A question for today' });
/** The question a card shows, by its id (the words are checked against the catalogue). */
const shownQuestion = async (page: Page, where = page.locator('.deck-draw')) => {
  const card = where.locator('[data-question-id]');
  await expect(card).toHaveCount(1);
  const id = (await card.getAttribute('data-question-id'))!;
  await expect(card.locator('.deck-card-text')).toHaveText(questionById(id)!.text);
  return id;
};

const MEMORIES = DECKS.find((deck) => deck.id === 'memories')!;

test('draw from a deck, skip, keep a favourite, talk about it, and write about it', async ({ page, harnessUrl }) => {
  await page.goto(harnessUrl);
  await completeSetup(page);
  await openDeck(page);

  await page.getByLabel('Which deck?').selectOption({ label: MEMORIES.title });
  await page.getByRole('button', { name: 'Draw a question' }).click();
  const first = await shownQuestion(page);
  expect(first.startsWith('memories-')).toBe(true);

  // Skip: another question from the same deck, never the same one.
  const drawn = new Set([first]);
  await page.getByRole('button', { name: 'Skip', exact: true }).click();
  await expect(page.locator('.deck-draw [data-question-id]')).not.toHaveAttribute('data-question-id', first);
  const second = await shownQuestion(page);
  expect(second.startsWith('memories-')).toBe(true);
  drawn.add(second);
  // Drawing on through the deck repeats nothing until the deck is used up.
  for (let i = 0; i < 5; i++) {
    await page.getByRole('button', { name: 'Draw another' }).click();
    await expect(page.locator('.deck-draw [data-question-id]')).not.toHaveAttribute('data-question-id', [...drawn].at(-1)!);
    const next = await shownQuestion(page);
    expect(drawn.has(next), `${next} came back before the deck was used up`).toBe(false);
    drawn.add(next);
  }
  const kept = await shownQuestion(page);

  // Keep it as a favourite: the button says so, and it joins the list below.
  const favourite = page.locator('.deck-draw').getByRole('button', { name: 'Keep as a favorite' });
  await favourite.click();
  await expect(favourite).toHaveAttribute('aria-pressed', 'true');
  const favourites = page.getByRole('region', { name: 'Your favorites' });
  await expect(favourites.getByRole('listitem')).toHaveText([new RegExp(escape(questionById(kept)!.text))]);

  // "We talked about it": a small moment on the timeline, with the question.
  await page.locator('.deck-draw').getByRole('button', { name: 'We talked about it' }).click();
  await expect(page.locator('.deck-draw').getByRole('status')).toHaveText('Lovely. It is on your timeline now.');
  await nav(page).getByRole('button', { name: 'Timeline', exact: true }).click();
  const moment = page.getByRole('region', { name: 'What happened' }).getByRole('listitem').filter({ hasText: 'You talked about a question' });
  await expect(moment).toHaveCount(1);
  await expect(moment).toContainText(questionById(kept)!.text);

  // "Write about it" from the favourites: the composer opens with the question above the words.
  await openDeck(page);
  await favourites.getByRole('button', { name: /^Write about it/ }).click();
  await expect(screenHeading(page)).toHaveText('Journal');
  const composer = page.getByRole('form', { name: 'Write an entry' });
  await expect(composer.locator('.entry-question')).toContainText(questionById(kept)!.text);
  await composer.getByRole('radio', { name: 'Ada and Bo together', exact: true }).check();
  await composer.getByLabel('Your entry').fill('We both remembered the night the power went out.');
  await composer.getByRole('button', { name: 'Save entry' }).click();
  await expect(composer.getByRole('status')).toHaveText('Saved. Your entry is at the top of the list.');
  await expect(composer.locator('.entry-question')).toHaveCount(0);

  // The saved entry carries the question: shown above its text, and still there after a reload.
  const entry = shownEntries(page).first();
  await expect(entry.locator('.entry-question')).toContainText(questionById(kept)!.text);
  await page.reload();
  await nav(page).getByRole('button', { name: 'Journal', exact: true }).click();
  await expect(shownEntries(page).first().locator('.entry-question')).toContainText(questionById(kept)!.text);
  await expect(shownEntries(page).first()).toContainText('We both remembered the night the power went out.');
});

test("Home's question for today is the same for both of you all day, holds a skip, and changes the next day", async ({
  page,
  context,
  harness,
}) => {
  const dayOne = new Date(2026, 10, 20, 9, 0);
  await page.clock.install({ time: dayOne });
  await page.goto(harness.url);
  await completeSetup(page);
  const morning = await shownQuestion(page, today(page));

  // The other partner, in another window of the same app that day, sees the same question.
  const other = await context.newPage();
  await other.clock.install({ time: new Date(2026, 10, 20, 21, 30) });
  await other.goto(harness.url);
  await expect(screenHeading(other)).toHaveText('Good to see you, Ada and Bo');
  expect(await shownQuestion(other, today(other))).toBe(morning);
  await other.close();

  // Skipped, today's question is another one, and it stays so after reopening the app.
  await today(page).getByRole('button', { name: 'Skip', exact: true }).click();
  await expect(today(page).locator('[data-question-id]')).not.toHaveAttribute('data-question-id', morning);
  const instead = await shownQuestion(page, today(page));
  await page.goto(await harness.restart());
  await expect(screenHeading(page)).toHaveText(lockScreenHeading);
  await page.getByRole('button', { name: 'Open journal' }).click();
  await expect(screenHeading(page)).toHaveText('Good to see you, Ada and Bo');
  expect(await shownQuestion(page, today(page))).toBe(instead);

  // "We talked about it" from Home says so on the card.
  await today(page).getByRole('button', { name: 'We talked about it' }).click();
  await expect(today(page).getByRole('status')).toHaveText('Lovely. It is on your timeline now.');

  // The next day: a new question, not yesterday's, and no skip carried over.
  await page.clock.setSystemTime(new Date(2026, 10, 21, 9, 0));
  await page.reload();
  await expect(screenHeading(page)).toHaveText('Good to see you, Ada and Bo');
  const tomorrow = await shownQuestion(page, today(page));
  expect(tomorrow).not.toBe(morning);

  // "Write about it" from Home opens the journal with today's question.
  await today(page).getByRole('button', { name: 'Write about it' }).click();
  await expect(page.getByRole('form', { name: 'Write an entry' }).locator('.entry-question')).toContainText(questionById(tomorrow)!.text);
});

test('the first fortnight shows on Home with a step a day, and stays away once hidden', async ({ page, harnessUrl }) => {
  await page.goto(harnessUrl);
  await completeSetup(page);
  const fortnight = page.getByRole('region', { name: 'Your first fortnight' });
  await expect(fortnight).toContainText('Day 1 of 14');
  const done = fortnight.getByRole('button', { name: 'Done for day 1' });
  await done.click();
  await expect(done).toHaveAttribute('aria-pressed', 'true');
  await fortnight.getByText('See all fourteen days').click();
  await expect(fortnight.getByRole('listitem')).toHaveCount(14);
  await expect(fortnight.getByRole('listitem').filter({ hasText: /^A longer session/ })).toHaveCount(2);
  await fortnight.getByRole('button', { name: 'Hide the fortnight' }).click();
  await expect(fortnight).toHaveCount(0);
  await page.reload();
  await expect(screenHeading(page)).toHaveText('Good to see you, Ada and Bo');
  await expect(today(page)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Your first fortnight' })).toHaveCount(0);
});

/** Words with their boxes (PDF points), page by page, from poppler. */
function wordBoxes(path: string) {
  const xml = execFileSync('pdftotext', ['-bbox-layout', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
  return xml
    .split(/<page\b/)
    .slice(1)
    .map((page) =>
      [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
        x: (Number(m[1]) + Number(m[3])) / 2,
        y: (Number(m[2]) + Number(m[4])) / 2,
        text: m[5]!.replace(/&amp;/g, '&').replace(/&#39;|&apos;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>'),
      })),
    );
}

/** Page 1 as a greyscale raster (P5 PGM), one pixel per PDF point. */
function rasterPageOne(path: string) {
  const prefix = `${path}-raster`;
  execFileSync('pdftoppm', ['-gray', '-r', '72', '-f', '1', '-l', '1', '-singlefile', path, prefix]);
  const pgm = readFileSync(`${prefix}.pgm`);
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 40).toString('latin1'))!;
  const [width, height] = [Number(header[1]), Number(header[2])];
  const pixels = pgm.subarray(header[0].length);
  return { width, height, at: (x: number, y: number) => pixels[Math.round(y) * width + Math.round(x)]! };
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const PT_PER_MM = 72 / MM_PER_INCH;

for (const paper of ['A4', 'Letter'] as const) {
  test(`a deck printed as cards (${paper}): cut lines, every question, none split across cards`, async ({ page, context, harnessUrl }, testInfo) => {
    const requests = await recordPrintRequests(page);
    await page.goto(harnessUrl);
    await completeSetup(page);
    await nav(page).getByRole('button', { name: 'Print', exact: true }).click();
    await page.getByRole('radio', { name: 'Question cards' }).check();
    await page.getByLabel('Cards from').selectOption({ label: MEMORIES.title });
    await page.getByRole('radio', { name: paper === 'A4' ? 'A4' : 'US Letter' }).check();
    await page.getByRole('button', { name: 'Preview the cards' }).click();
    const chosen = questionsInDeck('memories');
    const pages = Math.ceil(chosen.length / CARDS_PER_PAGE);
    await expect(page.getByText(`${pages} pages on ${paper === 'A4' ? 'A4' : 'US Letter'} paper.`)).toBeVisible();

    await page.getByRole('button', { name: 'Save as PDF…' }).click();
    await page.getByRole('dialog').getByRole('checkbox').check();
    await page.getByRole('dialog').getByRole('button', { name: 'Save PDF' }).click();
    await expect.poll(() => requests.length).toBe(1);
    const sheet: Sheet = requests[0]!.sheet;
    expect(sheet.cards?.map((card) => card.id)).toEqual(chosen.map((q) => q.id));

    const { pdf, laidOutPages } = await printToPdf(context, harnessUrl, sheet);
    const path = testInfo.outputPath(`cards-${paper}.pdf`);
    writeFileSync(path, pdf);
    await testInfo.attach(`cards-${paper}.pdf`, { path, contentType: 'application/pdf' });
    const facts = readPdf(path);
    expect(laidOutPages).toBe(pages);
    expect(facts.pages).toBe(pages);

    // Each question's words all fall inside one card's box, with only its deck's name beside them.
    const boxes = cardBoxes(paper).map((box) => ({
      left: box.left * PT_PER_MM,
      top: box.top * PT_PER_MM,
      right: (box.left + box.width) * PT_PER_MM,
      bottom: (box.top + box.height) * PT_PER_MM,
    }));
    const words = wordBoxes(path);
    const found: string[] = [];
    words.forEach((pageWords, pageIndex) => {
      const onPage = chosen.slice(pageIndex * CARDS_PER_PAGE, (pageIndex + 1) * CARDS_PER_PAGE);
      const cells = boxes.map((box) =>
        pageWords.filter((w) => w.x > box.left && w.x < box.right && w.y > box.top && w.y < box.bottom).map((w) => w.text).join(' '),
      );
      const outside = pageWords.filter((w) => !boxes.some((b) => w.x > b.left && w.x < b.right && w.y > b.top && w.y < b.bottom));
      // Only the running footer (in the bottom margin) lies outside the cards.
      expect(squeeze(outside.map((w) => w.text).join(' '))).toBe(squeeze(`Hearth · conversation sheet Page ${pageIndex + 1} of ${pages}`));
      onPage.forEach((question, i) => {
        expect(squeeze(cells[i]!), `card ${i + 1} on page ${pageIndex + 1}`).toBe(squeeze(`${question.text} ${deckById(question.deckId)!.title}`));
        found.push(question.id);
      });
      cells.slice(onPage.length).forEach((cell) => expect(cell).toBe(''));
    });
    expect(found).toEqual(chosen.map((q) => q.id));

    // The cut lines: dashed ink along the line between the two columns and between rows,
    // and none in a card's empty margin beside it.
    const raster = rasterPageOne(path);
    const inkAlong = (points: [number, number][]) => points.filter(([x, y]) => raster.at(x, y) < 230).length / points.length;
    const [topLeft, topRight, nextRow] = [boxes[0]!, boxes[1]!, boxes[2]!];
    const down = (x: number) =>
      Array.from({ length: Math.floor(nextRow.bottom - topLeft.top) }, (_, i) => [x, topLeft.top + i] as [number, number]);
    const across = (y: number) =>
      Array.from({ length: Math.floor(topRight.right - topLeft.left) }, (_, i) => [topLeft.left + i, y] as [number, number]);
    const bestOf = (lines: [number, number][][]) => Math.max(...lines.map(inkAlong));
    const columnCut = bestOf([-2, -1, 0, 1, 2].map((d) => down(topLeft.right + d)));
    const rowCut = bestOf([-2, -1, 0, 1, 2].map((d) => across(topLeft.bottom + d)));
    const cardMargin = inkAlong(down(topLeft.left + 3 * PT_PER_MM));
    expect(columnCut).toBeGreaterThan(0.25);
    expect(rowCut).toBeGreaterThan(0.25);
    expect(cardMargin).toBeLessThan(0.02);
  });
}

for (const scheme of ['light', 'dark'] as const) {
  test(`the deck screen and Home pass axe (${scheme})`, async ({ page, harnessUrl }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(harnessUrl);
    await completeSetup(page);
    await expect(today(page).locator('[data-question-id]')).toHaveCount(1);
    await expectNoAxeViolations(page, 'Home with the question for today');
    // Nine places, one row, at the narrower window.
    await page.setViewportSize({ width: 900, height: 700 });
    const tops = await nav(page).getByRole('button').evaluateAll((buttons) => buttons.map((b) => Math.round(b.getBoundingClientRect().top)));
    expect(new Set(tops).size).toBe(1);
    await page.setViewportSize({ width: 1280, height: 800 });
    await openDeck(page);
    await expectNoAxeViolations(page, 'the deck screen');
    await page.getByRole('button', { name: 'Draw a question' }).click();
    await page.locator('.deck-draw').getByRole('button', { name: 'Keep as a favorite' }).click();
    await expect(page.getByRole('region', { name: 'Your favorites' }).getByRole('listitem')).toHaveCount(1);
    await expectNoAxeViolations(page, 'the deck screen with a card and a favourite');
    // The card sheet's choices and its preview are new screens too.
    await nav(page).getByRole('button', { name: 'Print', exact: true }).click();
    await page.getByRole('radio', { name: 'Question cards' }).check();
    await page.getByLabel('Cards from').selectOption({ label: MEMORIES.title });
    await expectNoAxeViolations(page, 'the question cards choices');
    await page.getByRole('button', { name: 'Preview the cards' }).click();
    await expect(page.getByRole('button', { name: 'Save as PDF…' })).toBeVisible();
    await expectNoAxeViolations(page, 'the question cards preview');
  });
}
