/**
 * The architecture's rules, checked by `npm test` (scripts/test.sh runs `npm run lint:deps`).
 *
 *   routes (src/app, instrumentation, proxy) → features (src/features/<feature>) → data (src/data, Payload config) → shared (src/shared)
 *
 * Imports point down that stack only; features lean on each other in one direction only (the list below); the
 * pure engines (search, detection) use no framework; nothing imports a cycle; production code never imports
 * tests, fixtures or benchmarks. Why dependency-cruiser: it reads TypeScript's own resolution (tsconfig paths
 * included) and states the rules as data, with a reason per rule shown when one breaks.
 */
const testCode = '(\\.(test|suite)\\.tsx?$)|^tests/|^bench/'
const routes = '^src/app/|^src/(instrumentation|proxy)\\.ts$'
const features = '^src/features/'
const data = '^src/data/|^src/payload\\.config\\.ts$|^src/payload-types\\.ts$'
const shared = '^src/shared/'

/** Which feature may use which other feature, one way only (the reverse would be a cycle between rooms). */
const featureUses = {
  library: ['search'],
  search: [],
  themes: [],
  detection: [],
  contributions: [],
  instruments: [],
  'whats-new': [],
}

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      severity: 'error',
      comment: 'A cycle ties modules together so that neither can be understood, tested or moved alone.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'shared-is-the-floor',
      severity: 'error',
      comment: 'src/shared (tokens, vocabulary, paths, formatting, the page frame) depends on nothing of the app.',
      from: { path: shared, pathNot: testCode },
      to: { path: `${routes}|${features}|${data}` },
    },
    {
      name: 'data-below-features',
      severity: 'error',
      comment: 'The content model (collections, access, seed, migrations, tasks) knows no feature and no route.',
      from: { path: data, pathNot: testCode },
      to: { path: `${routes}|${features}` },
    },
    {
      name: 'features-below-routes',
      severity: 'error',
      comment: 'Features are used by routes, never the other way round.',
      from: { path: features, pathNot: testCode },
      to: { path: routes },
    },
    ...Object.entries(featureUses).map(([feature, uses]) => ({
      name: `feature-${feature}-stays-in-its-room`,
      severity: 'error',
      comment: `src/features/${feature} may use ${uses.length ? uses.map((f) => `src/features/${f}`).join(', ') : 'no other feature'} (see featureUses).`,
      from: { path: `^src/features/${feature}/`, pathNot: testCode },
      to: { path: features, pathNot: `^src/features/(${[feature, ...uses].join('|')})/` },
    })),
    {
      name: 'engines-are-pure',
      severity: 'error',
      comment:
        'The search and detection engines run in tests, benchmarks, a Web Worker and a CLI: no React, Next.js, Payload or database code (types excepted).',
      from: { path: '^src/features/(search|detection)/engine/', pathNot: testCode },
      to: {
        path: `^(react|react-dom|next|payload|@payloadcms)(/|$)|node_modules/(react|react-dom|next|payload|@payloadcms)/|${data}|${routes}|^src/features/(search|detection)/(?!engine/)`,
        dependencyTypesNot: ['type-only'],
      },
    },
    {
      name: 'detection-leans-one-way',
      severity: 'error',
      comment: 'In src/features/detection: ui (React) → browser (storage, exports, worker client) → engine (pure).',
      from: { path: '^src/features/detection/browser/', pathNot: testCode },
      to: { path: '^src/features/detection/ui/' },
    },
    {
      name: 'instrument-engine-is-pure',
      severity: 'error',
      comment:
        'The instruments fill-in engine (answers, progress, file format, Word export) runs in the page and in unit tests: plain data and pure libraries only; the definition model is its one way into the feature.',
      from: { path: '^src/features/instruments/fill/engine/', pathNot: testCode },
      to: {
        path: `^(react|react-dom|next|payload|@payloadcms|idb)(/|$)|node_modules/(react|react-dom|next|payload|@payloadcms|idb)/|${data}|${routes}|^src/features/instruments/(?!model\\.ts$|fill/engine/)`,
        dependencyTypesNot: ['type-only'],
      },
    },
    {
      name: 'no-tests-in-production',
      severity: 'error',
      comment: 'Tests, fixtures and benchmarks are never part of what the site runs.',
      from: { path: '^src/', pathNot: testCode },
      to: { path: testCode },
    },
    {
      name: 'no-unresolvable',
      severity: 'error',
      comment: 'An import that resolves to nothing is a typo or a missing package.',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(\\.next|data)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json', '.d.ts'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
}
