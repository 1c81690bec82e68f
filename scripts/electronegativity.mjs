#!/usr/bin/env node
// `npm run lint:security` and the `security` step of `npm test`: Electronegativity (Doyensec's
// Electron security linter) over src/, offline and time-limited. It fails on
//  - any finding that is not suppressed where it is, with a written reason;
//  - a suppression without a reason, naming an unknown check, or suppressing nothing (stale);
//  - a file Electronegativity could not parse (a file it cannot read is a file it did not check).
//
// How to suppress, on the flagged line (or on line 1 for the whole file — avoid that):
//   // Why it is safe here, in words (this comment block right above is the reason) …
//   new BrowserWindow(options); // eng-disable SANDBOX_JS_CHECK
// or with the reason after the ids on the same line:
//   new BrowserWindow(options); // eng-disable SANDBOX_JS_CHECK — why it is safe here
//   <!-- eng-disable CSP_GLOBAL_CHECK why it is safe here in words only -->   (HTML)
// A reason says why in at least 20 characters.
//
// Then it runs the stock CLI as anyone would (`npx electronegativity -i src -e <Electron>`),
// and fails if that reports anything at all: a suppression counts only where the tool itself
// reads it. (Its CLI needs `commander` of the v5 line without declaring it; package.json pins it.)
// The first pass drives its runner directly, to see which annotations were used.
// Offline by construction: its two network calls (translations, Electron's release list) are
// answered "offline" at once instead of waiting for a timeout, and the scan itself runs in a
// child process that is killed after SCAN_TIMEOUT_MS, so the step can never hang.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(import.meta.dirname, '..');
const SCAN_TIMEOUT_MS = 120_000;
const RESULT_MARK = 'ELECTRONEGATIVITY_RESULT ';
const PACKAGE_DIR = join(ROOT, 'node_modules', '@doyensec', 'electronegativity');
const MIN_REASON = 20;

/**
 * Findings reviewed and accepted, recorded here because the file cannot yet carry its own
 * annotation. Each is pinned to the exact text it was reviewed against: change that text and
 * the finding fails again until someone reviews it anew. Keep this list short; prefer inline.
 */
const REVIEWED_ELSEWHERE = [
  // Empty: the two CSP_GLOBAL_CHECK remarks on src/renderer/*.html are now suppressed in those
  // files, where the stock CLI reads it too (see stockCli below).
];

/** What to scan: src/ by default; other folders for trying the rules out (`… electronegativity.mjs some/dir`). */
const inputs = () => {
  const named = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
  return (named.length ? named : ['src']).map((dir) => resolve(ROOT, dir));
};

// ── the child: runs Electronegativity and prints one JSON line ────────────────────────────────
async function scan() {
  const packageDir = join(ROOT, 'node_modules', '@doyensec', 'electronegativity');
  const requireFromIt = createRequire(join(packageDir, 'package.json'));

  // Answer its HTTP client "offline" immediately (no request leaves this machine).
  const offline = () => Promise.reject(new Error('offline: electronegativity runs without network here'));
  const gotPath = requireFromIt.resolve('got');
  const gotStub = Object.assign(offline, { get: offline, head: offline, post: offline, stream: offline });
  requireFromIt.cache[gotPath] = { id: gotPath, filename: gotPath, loaded: true, exports: gotStub, children: [], paths: [] };

  // Record which inline annotations actually suppressed something, file by file.
  const used = [];
  let currentFile = null;
  const exceptions = requireFromIt('./dist/util/exceptions.js');
  const decide = exceptions.isDisabledByInlineComment;
  exceptions.isDisabledByInlineComment = (firstLine, matchedLine, check, sourceType) => {
    const visibility = decide(firstLine, matchedLine, check, sourceType);
    if (visibility.inlineDisabled || visibility.excludesGlobal.length > 0) {
      used.push({
        file: currentFile,
        firstLine,
        matchedLine,
        id: check.id,
        inlineDisabled: visibility.inlineDisabled,
        excludesGlobal: visibility.excludesGlobal,
      });
    }
    return visibility;
  };
  const { Finder } = requireFromIt('./dist/finder/index.js');
  const find = Finder.prototype.find;
  Finder.prototype.find = function (file, ...rest) {
    currentFile = file;
    return find.call(this, file, ...rest);
  };

  // Its progress chatter goes to stderr; stdout carries only the result line.
  const chatter = [];
  console.log = (...args) => chatter.push(args.join(' '));
  const winston = requireFromIt('winston');
  winston.warn = (...args) => chatter.push(args.join(' '));

  const electronVersion = JSON.parse(readFileSync(join(ROOT, 'node_modules', 'electron', 'package.json'), 'utf8')).version;
  const run = requireFromIt('./dist/runner.js');
  const { list_files: listFiles } = requireFromIt('./dist/util/index.js');
  const { CHECKS } = requireFromIt('./dist/finder/checks/AtomicChecks/index.js');
  const { GLOBAL_CHECKS } = requireFromIt('./dist/finder/checks/GlobalChecks/index.js');

  const toolVersion = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')).version;
  const result = { toolVersion, electronVersion, files: [], issues: [], errors: [], used, checks: 0, knownIds: [], chatter };
  for (const input of inputs()) {
    const report = await run({
      input,
      isRelative: false,
      severitySet: 'INFORMATIONAL',
      confidenceSet: 'TENTATIVE',
      electronVersionOverride: electronVersion,
    });
    result.checks = report.globalChecks + report.atomicChecks;
    result.files.push(...(await listFiles(input)));
    result.errors.push(...report.errors);
    result.issues.push(
      ...report.issues.map((issue) => ({
        id: issue.id,
        file: issue.file,
        line: issue.location.line,
        column: issue.location.column,
        severity: issue.severity.name,
        confidence: issue.confidence.name,
        manualReview: issue.manualReview,
        sample: issue.sample ?? null,
        description: issue.description,
      })),
    );
  }
  for (const Check of [...CHECKS, ...GLOBAL_CHECKS]) {
    result.knownIds.push(new Check().id, Check.name);
  }
  process.stdout.write(`\n${RESULT_MARK}${JSON.stringify(result)}\n`);
}

// ── the parent: time limit, annotations, verdict ─────────────────────────────────────────────
const ANNOTATION = {
  js: /(?:\/\*|\/\/)[ \t]*eng-disable[ \t]+([\w \t]+)(.*)$/i,
  html: /<!--[ \t]*eng-disable[ \t]+([\w \t]+)-->/i,
};

/** The `//` comment lines right above a line, joined: where a suppression may say why. */
function commentAbove(lines, index) {
  const said = [];
  for (let i = index - 1; i >= 0 && /^\s*\/\//.test(lines[i]); i--) said.unshift(lines[i].replace(/^\s*\/\/\s?/, '').trim());
  return said.join(' ');
}

/**
 * Every eng-disable annotation in the scanned files, with its check ids and its reason: the
 * words after the ids, or else the comment right above the line.
 */
function annotationsIn(files, knownIds) {
  const known = new Set(knownIds.map((id) => id.toUpperCase()));
  const found = [];
  for (const file of files) {
    const html = /\.html?$/i.test(file);
    const lines = readFileSync(file, 'utf8').split('\n');
    lines.forEach((text, index) => {
      if (!/(?:\/\/|\/\*|<!--)[ \t]*eng-disable/i.test(text)) return;
      const match = text.match(html ? ANNOTATION.html : ANNOTATION.js);
      if (!match) {
        found.push({ file, line: index + 1, text: text.trim(), ids: [], reason: '', malformed: true });
        return;
      }
      // Ids come first; the first word that is not a known check starts the reason.
      const words = match[1].trim().split(/[ \t]+/);
      const ids = [];
      while (words.length && known.has(words[0].toUpperCase())) ids.push(words.shift().toUpperCase());
      const rest = html ? words.join(' ') : `${words.join(' ')}${match[2] ?? ''}`;
      const inline = rest.replace(/^[\s—–:-]+/, '').replace(/\*\/\s*$/, '').trim();
      const reason = inline.length >= MIN_REASON || html ? inline : commentAbove(lines, index);
      found.push({ file, line: index + 1, text: text.trim(), ids, reason, malformed: ids.length === 0 });
    });
  }
  return found;
}

function main() {
  const started = Date.now();
  const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--scan', ...inputs()], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: SCAN_TIMEOUT_MS,
    killSignal: 'SIGKILL',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (child.error?.code === 'ETIMEDOUT' || child.signal) {
    console.error(`electronegativity: the scan did not finish within ${SCAN_TIMEOUT_MS / 1000} s and was stopped.`);
    process.exit(1);
  }
  const line = child.stdout.split('\n').find((l) => l.startsWith(RESULT_MARK));
  if (child.status !== 0 || !line) {
    console.error(`electronegativity: the scan failed (exit ${child.status}).\n${child.stderr}`);
    process.exit(1);
  }
  const result = JSON.parse(line.slice(RESULT_MARK.length));
  const rel = (file) => relative(ROOT, file);
  const problems = [];

  // Parse failures: a file it could not read is a file it did not check.
  for (const error of result.errors) {
    if (!error.tolerable) problems.push(`could not parse ${rel(error.file)}: ${error.message}`);
  }

  // Findings: only those reviewed elsewhere (pinned to their exact text) may remain.
  const reviewed = [];
  for (const issue of result.issues) {
    const accepted = REVIEWED_ELSEWHERE.find(
      (r) => r.id === issue.id && r.file === rel(issue.file) && r.sample === issue.sample,
    );
    if (accepted) {
      reviewed.push({ issue, accepted });
      continue;
    }
    problems.push(
      `${issue.id} (${issue.severity}, ${issue.confidence}${issue.manualReview ? ', review required' : ''}) ` +
        `at ${rel(issue.file)}:${issue.line}:${issue.column}\n    ${issue.sample ?? ''}\n    ${issue.description}`,
    );
  }

  // Annotations: each names known checks, says why, and suppresses something in this run.
  const annotations = annotationsIn(result.files, result.knownIds);
  for (const note of annotations) {
    const where = `${rel(note.file)}:${note.line}`;
    if (note.malformed) {
      problems.push(`${where}: an eng-disable annotation that names no known check: ${note.text}`);
      continue;
    }
    if (note.reason.length < MIN_REASON) {
      problems.push(`${where}: eng-disable ${note.ids.join(' ')} gives no reason (say why it is safe, after the ids)`);
    }
    for (const id of note.ids) {
      const wasUsed = result.used.some(
        (u) =>
          u.file === note.file &&
          (u.matchedLine === note.text || (note.line === 1 && u.firstLine === note.text)) &&
          (u.id.toUpperCase() === id ||
            u.excludesGlobal.includes(id) ||
            u.id.toUpperCase().replace(/_(JS|HTML|JSON)_CHECK$/, '_GLOBAL_CHECK') === id),
      );
      if (!wasUsed) problems.push(`${where}: eng-disable ${id} suppresses nothing any more; remove it`);
    }
  }

  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const notes = annotations.filter((a) => !a.malformed);
  const suppressed = result.used.filter((u) => u.inlineDisabled).length;
  const unexplained = result.issues.length - reviewed.length;
  console.log(
    `electronegativity ${result.toolVersion}: ${result.files.length} files in ${inputs().map(rel).join(', ')}/, ` +
      `Electron ${result.electronVersion}, ${result.checks} checks, offline, ${seconds} s`,
  );
  console.log(
    `findings: ${suppressed + result.issues.length} in all — ${suppressed} suppressed inline by ${notes.length} annotation(s), ` +
      `${reviewed.length} reviewed elsewhere, ${unexplained} unexplained; ${problems.length} problem(s)`,
  );
  for (const note of notes) {
    console.log(`  suppressed ${note.ids.join(', ')} at ${rel(note.file)}:${note.line} — ${note.reason}`);
  }
  for (const { issue, accepted } of reviewed) {
    console.log(`  reviewed   ${issue.id} at ${rel(issue.file)}:${issue.line} — ${accepted.reason}`);
  }
  if (problems.length) {
    console.error(`\nelectronegativity: ${problems.length} problem(s):`);
    for (const problem of problems) console.error(`  ✗ ${problem}`);
    process.exit(1);
  }
  console.log('electronegativity: no unexplained findings');
  stockCli(result.electronVersion);
}

/**
 * The stock CLI, unmodified, over the same folders and the project's Electron version, with
 * its report written as SARIF. Offline and time-limited as above: a preloaded module answers
 * its HTTP client "offline", which the CLI treats as no connectivity and carries on.
 */
function stockCli(electronVersion) {
  const dir = mkdtempSync(join(tmpdir(), 'hearth-electronegativity-'));
  try {
    const offline = join(dir, 'offline.cjs');
    writeFileSync(
      offline,
      `const { createRequire } = require('node:module');
const fromIt = createRequire(${JSON.stringify(join(PACKAGE_DIR, 'package.json'))});
const gotPath = fromIt.resolve('got');
const offline = () => Promise.reject(new Error('offline'));
require.cache[gotPath] = { id: gotPath, filename: gotPath, loaded: true, exports: Object.assign(offline, { get: offline, head: offline, post: offline, stream: offline }), children: [], paths: [] };
`,
    );
    const report = join(dir, 'findings.sarif');
    const cli = join(PACKAGE_DIR, 'dist', 'index.js');
    const shown = [];
    for (const input of inputs()) {
      const run = spawnSync(process.execPath, ['--require', offline, cli, '-i', input, '-e', electronVersion, '-o', report], {
        cwd: ROOT,
        encoding: 'utf8',
        timeout: SCAN_TIMEOUT_MS,
        killSignal: 'SIGKILL',
        maxBuffer: 64 * 1024 * 1024,
      });
      let results;
      try {
        results = JSON.parse(readFileSync(report, 'utf8')).runs.flatMap((r) => r.results);
      } catch {
        console.error(`electronegativity: the stock CLI did not finish (exit ${run.status ?? run.signal}).\n${run.stderr}`);
        process.exit(1);
      }
      shown.push(...results.map((r) => `${r.ruleId} at ${r.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? '?'}: ${r.message?.text ?? ''}`));
      rmSync(report, { force: true });
    }
    console.log(`stock CLI (electronegativity -i ${inputs().map((i) => relative(ROOT, i)).join(', ')} -e ${electronVersion}): ${shown.length} finding(s)`);
    if (shown.length > 0) {
      console.error('\nelectronegativity: the stock CLI reports findings; suppress each where the tool reads it, with a reason:');
      for (const line of shown) console.error(`  ✗ ${line}`);
      process.exit(1);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv.includes('--scan')) {
  await scan();
} else {
  main();
}
