/**
 * The layering of DESIGN.md section 2, checked on every `npm test`:
 *   renderer -> shared;  preload -> shared;  main/app -> main/core -> shared.
 * Nothing imports the renderer; only main/app and preload import 'electron'.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'renderer-only-shared',
      comment: 'The renderer talks to main only through window.hearth; it may import shared code and npm UI packages.',
      severity: 'error',
      from: { path: '^src/renderer' },
      to: { path: '^src/(main|preload)' },
    },
    {
      name: 'nothing-imports-renderer',
      severity: 'error',
      from: { path: '^src/(main|preload|shared)' },
      to: { path: '^src/renderer' },
    },
    {
      name: 'preload-only-shared',
      comment: 'The preload is a thin door: it may import shared code and electron, never main.',
      severity: 'error',
      from: { path: '^src/preload' },
      to: { path: '^src/main' },
    },
    {
      name: 'core-never-imports-app',
      comment: 'main/core runs under plain Node; the Electron glue sits above it.',
      severity: 'error',
      from: { path: '^src/main/core' },
      to: { path: '^src/main/app' },
    },
    {
      name: 'shared-imports-only-shared',
      comment: 'shared is imported by every runtime, so it imports nothing of theirs.',
      severity: 'error',
      from: { path: '^src/shared' },
      to: { path: '^src/(main|preload|renderer)' },
    },
    {
      name: 'shared-no-node-builtins',
      comment: 'shared runs in the sandboxed renderer too: no node builtins.',
      severity: 'error',
      from: { path: '^src/shared' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'shared-only-pure-packages',
      comment: 'shared may use zod and nothing else from npm.',
      severity: 'error',
      from: { path: '^src/shared' },
      to: { dependencyTypes: ['npm', 'npm-dev', 'npm-optional', 'npm-peer', 'npm-no-pkg', 'npm-unknown'], pathNot: '(^|/)node_modules/zod/' },
    },
    {
      name: 'renderer-no-node-builtins',
      severity: 'error',
      from: { path: '^src/renderer' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'electron-only-in-app-and-preload',
      comment: "Only main/app (and the preload's contextBridge) may import 'electron'.",
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/(main/app|preload)/' },
      to: { path: '^electron$|(^|/)node_modules/electron/' },
    },
    {
      name: 'renderer-feature-enters-by-index',
      comment:
        "A renderer feature folder is a room with one door: another folder imports its index.ts, never its files. " +
        'ui/, api/ and i18n/ are shared rooms of small independent pieces (a field, call(), the catalogue); ' +
        'their files may be imported directly, so a feature takes only the piece it uses.',
      severity: 'error',
      from: { path: '^src/renderer/src/([^/]+)' },
      to: {
        path: '^src/renderer/src/[^/]+/',
        pathNot: ['^src/renderer/src/$1/', '^src/renderer/src/(ui|api|i18n)/', '^src/renderer/src/[^/]+/index\\.tsx?$'],
      },
    },
    {
      name: 'renderer-shared-rooms-import-no-feature',
      comment: 'ui/, api/ and i18n/ sit under every feature, so they import only each other.',
      severity: 'error',
      from: { path: '^src/renderer/src/(ui|api|i18n)/' },
      to: { path: '^src/renderer/src/', pathNot: '^src/renderer/src/(ui|api|i18n)/' },
    },
    {
      name: 'renderer-nothing-imports-app',
      comment: 'app/ is the top of the renderer (it picks the screen); only main.tsx starts it.',
      severity: 'error',
      from: { path: '^src/renderer/src/[^/]+/', pathNot: '^src/renderer/src/app/' },
      to: { path: '^src/renderer/src/app/' },
    },
    {
      name: 'no-unresolvable',
      severity: 'error',
      from: { path: '^src/' },
      to: { couldNotResolve: true },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.node.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
    exclude: { path: '\\.d\\.ts$' },
  },
};
