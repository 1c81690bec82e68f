import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { en } from '../../../../src/renderer/src/i18n/catalogue/en';
import { enGB } from '../../../../src/renderer/src/i18n/catalogue/en-GB';

/*
 * Every UI string goes through the catalogue (issue 17): the British variants only vary real
 * strings, and no component writes English of its own into its markup.
 */

// The renderer's tests compile without Node's types: the files are read through TypeScript's own `sys`.
// Vitest runs from the repository's root.
const ROOT = ts.sys.getCurrentDirectory().replace(/\\/g, '/');
const RENDERER = `${ROOT}/src/renderer/src`;

/**
 * Files whose strings are still being moved into the catalogue. This list must end empty:
 * remove a file as soon as it is clean (the test below says which ones are), and never add one.
 */
const NOT_YET_MIGRATED = new Set<string>([]);

type Tree = { readonly [key: string]: string | Tree };

/** Every leaf of a catalogue, as "namespace:path.to.key" → string. */
function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const found = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix === '' ? `${key}:` : prefix.endsWith(':') ? `${prefix}${key}` : `${prefix}.${key}`;
    if (typeof value === 'string') found.set(path, value);
    else for (const [k, v] of leaves(value, path)) found.set(k, v);
  }
  return found;
}

describe('the British catalogue', () => {
  const base = leaves(en as unknown as Tree);
  const british = leaves(enGB as unknown as Tree);

  it('has something to vary', () => {
    expect(british.size).toBeGreaterThan(0);
  });

  it('only varies keys the base catalogue has', () => {
    expect([...british.keys()].filter((key) => !base.has(key))).toEqual([]);
  });

  it('lists only strings that really differ from the US ones', () => {
    expect([...british].filter(([key, text]) => base.get(key) === text).map(([key]) => key)).toEqual([]);
  });
});

/** Attributes a person reads or hears: their literal text belongs in the catalogue. */
const READ_ATTRIBUTES = new Set(['aria-label', 'title', 'placeholder', 'alt', 'label']);

const hasLetter = (text: string) => /\p{L}/u.test(text.replace(/&[a-z]+;|&#x?[0-9a-f]+;/gi, ''));
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** English written straight into a component's markup: JSX text, and literals in read attributes. */
function literalsIn(fileName: string, source: string): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const at = (node: ts.Node) => file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;

  // Strings inside an attribute's expression, except a call's arguments (t('key'), format(x)).
  const literalsOf = (node: ts.Node, attribute: string): void => {
    if (ts.isCallExpression(node) || ts.isTaggedTemplateExpression(node)) return;
    if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && hasLetter(node.text)) {
      found.push(`${at(node)}: ${attribute}="${squash(node.text)}"`);
      return;
    }
    if (ts.isTemplateExpression(node)) {
      const parts = [node.head.text, ...node.templateSpans.map((span) => span.literal.text)];
      if (parts.some(hasLetter)) found.push(`${at(node)}: ${attribute}={\`${squash(node.getText(file).slice(1, -1))}\`}`);
      node.templateSpans.forEach((span) => literalsOf(span.expression, attribute));
      return;
    }
    ts.forEachChild(node, (child) => literalsOf(child, attribute));
  };

  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node) && hasLetter(node.text)) found.push(`${at(node)}: "${squash(node.text)}"`);
    if (ts.isJsxAttribute(node) && READ_ATTRIBUTES.has(node.name.getText(file)) && node.initializer) {
      literalsOf(node.initializer, node.name.getText(file));
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** Every .tsx under the renderer, with what it still writes in English of its own. */
function scanRenderer(): Map<string, string[]> {
  const files = ts.sys.readDirectory(RENDERER, ['.tsx']).map((file) => file.replace(/\\/g, '/')).sort();
  const report = new Map<string, string[]>();
  for (const file of files) {
    const path = file.slice(ROOT.length + 1);
    report.set(path, literalsIn(path, ts.sys.readFile(file) ?? ''));
  }
  return report;
}

describe('UI strings in components', () => {
  it('finds literal text in markup and in read attributes, and leaves catalogue keys alone', () => {
    const found = literalsIn(
      'probe.tsx',
      [
        'const A = () => (',
        '  <section aria-label="Your notes" title={busy ? `Saving ${n}` : t("notes.title")}>',
        '    <h2>{t("notes.heading")}</h2>',
        '    <p>Hello there</p>',
        '    <input placeholder={"Type here"} alt={format("x")} aria-describedby="notes-hint" />',
        '    <span> · {count} </span>',
        '  </section>',
        ');',
      ].join('\n'),
    );
    expect(found).toEqual(['2: aria-label="Your notes"', '2: title={`Saving ${n}`}', '4: "Hello there"', '5: placeholder="Type here"']);
  });

  it('has no English of their own in every migrated file', () => {
    const report = scanRenderer();
    // The scan reads the real tree (a wrong root would find nothing and pass).
    expect(report.size).toBeGreaterThan(50);
    expect(report.has('src/renderer/src/app/Shell.tsx')).toBe(true);
    const offenders = Object.fromEntries([...report].filter(([path, found]) => found.length > 0 && !NOT_YET_MIGRATED.has(path)));
    expect(offenders, 'move these strings into src/renderer/src/i18n/catalogue/').toEqual({});
  });

  it('the list of files not yet migrated only shrinks', () => {
    const report = scanRenderer();
    const gone = [...NOT_YET_MIGRATED].filter((path) => !ts.sys.fileExists(`${ROOT}/${path}`));
    const clean = [...NOT_YET_MIGRATED].filter((path) => report.get(path)?.length === 0);
    expect({ gone, clean }, 'remove these from NOT_YET_MIGRATED').toEqual({ gone: [], clean: [] });
  });
});
