// Renders bench/results/bench.json as the tables of BENCHMARKS.md: every target next to its
// measured figure, then every measure. Only the part between the "results" markers is
// rewritten; the analysis around it is written by hand.
const START = '<!-- results:start -->';
const END = '<!-- results:end -->';

const TARGETS = [
  { what: 'Start-up, `recolte --version`', measure: 'startup --version', goal: 0.15, unit: 's', field: 'medianSeconds' },
  { what: 'Start-up, `recolte --help`', measure: 'startup --help', goal: 0.15, unit: 's', field: 'medianSeconds' },
  { what: '`synthesize`, 1,700 contributions in 47 documents, cold', measure: 'synthesize 1700', goal: 1, unit: 's', field: 'medianSeconds' },
  { what: '`parse` Markdown (100,000 contributions)', measure: 'parse md 100000', goal: 10, unit: 'MB/s', field: 'megabytesPerSecond', higher: true },
  { what: '`parse` plain text (100,000 contributions)', measure: 'parse txt 100000', goal: 10, unit: 'MB/s', field: 'megabytesPerSecond', higher: true },
  { what: '`parse` CSV (100,000 rows)', measure: 'parse csv 100000', goal: 50, unit: 'MB/s', field: 'megabytesPerSecond', higher: true },
  { what: '`dedupe` 100,000 records', measure: 'dedupe 100000', goal: 5, unit: 's', field: 'medianSeconds' },
  { what: '`dedupe` 1,000,000 records', measure: 'dedupe 1000000', goal: 45, unit: 's', field: 'medianSeconds' },
  { what: '`dedupe` 1,000,000 records, peak memory', measure: 'dedupe 1000000', goal: 1536, unit: 'MB', field: 'peakMB' },
];

const number = (x, digits = 2) => (x >= 100 ? Math.round(x).toLocaleString('en') : x.toFixed(digits));
const megabytes = (x) => `${Math.round(x).toLocaleString('en')} MB`;
/** A goal as people write it: "0.15 s", "10 MB/s", "1,536 MB". */
const goalText = (x, unit) => `${Number.isInteger(x) ? x.toLocaleString('en') : x} ${unit}`;

function targetRow(target, results) {
  const result = results.find((r) => r.name === target.measure);
  const goal = `${target.higher ? '≥' : '<'} ${goalText(target.goal, target.unit)}`;
  if (!result) return `| ${target.what} | ${goal} | not run (\`npm run bench -- --full\`) | |`;
  if (result.error) return `| ${target.what} | ${goal} | failed: ${result.error} | **missed** |`;
  const value = result[target.field];
  const met = target.higher ? value >= target.goal : value < target.goal;
  const ratio = target.higher ? target.goal / value : value / target.goal;
  // Small misses read better as a percentage, large ones as a factor.
  const by = ratio < 1.5 ? `${Math.round((ratio - 1) * 100)}% ${target.higher ? 'short' : 'over'}` : `${number(ratio, 1)}× ${target.higher ? 'short' : 'over'}`;
  const shown = target.unit === 'MB' ? megabytes(value) : `${number(value)} ${target.unit}`;
  return `| ${target.what} | ${goal} | ${shown} | ${met ? 'met' : `**missed**, ${by}`} |`;
}

function baselineRows(baseline) {
  if (!baseline) return ['Baseline not run.'];
  if (baseline.skipped) return [`Baseline: ${baseline.skipped}.`];
  const { sklearn, recolte } = baseline;
  const f = (x) => x.toFixed(3);
  const faster = baseline.speedup >= 10;
  const better = recolte.pairwise.f1 >= sklearn.pairwise.f1;
  return [
    `| ${baseline.records.toLocaleString('en')} records | wall time (median) | peak memory | pairwise P / R / F1 on the labelled set |`,
    '| --- | --- | --- | --- |',
    `| scikit-learn TF-IDF + radius neighbours (radius ${sklearn.pairwise.radius ?? baseline.radius}, best of the sweep) | ${number(sklearn.medianSeconds)} s | ${megabytes(sklearn.peakMB)} | ${f(sklearn.pairwise.precision)} / ${f(sklearn.pairwise.recall)} / ${f(sklearn.pairwise.f1)} |`,
    `| recolte dedupe (default threshold 0.50) | ${number(recolte.medianSeconds)} s | ${megabytes(recolte.peakMB)} | ${f(recolte.pairwise.precision)} / ${f(recolte.pairwise.recall)} / ${f(recolte.pairwise.f1)} |`,
    '',
    `Target: at least 10× faster with an F1 at least as high. Measured: ${number(baseline.speedup, 1)}× faster (${faster ? 'met' : '**missed**'}), F1 ${f(recolte.pairwise.f1)} against ${f(sklearn.pairwise.f1)} (${better ? 'met' : '**missed**'}).`,
    '',
    'The baseline\'s radius sweep on the labelled set (cosine distance):',
    '',
    '| radius | precision | recall | F1 |',
    '| --- | --- | --- | --- |',
    ...baseline.sweep.map((s) => `| ${s.radius} | ${f(s.precision)} | ${f(s.recall)} | ${f(s.f1)} |`),
  ];
}

function measureRows(results) {
  return [
    '| measure | median | range | peak RSS | throughput | command |',
    '| --- | --- | --- | --- | --- | --- |',
    ...results.map((r) => {
      if (r.error) return `| ${r.name} | failed | | | ${r.error} | \`${r.command}\` |`;
      const rate = [r.megabytesPerSecond !== undefined && `${number(r.megabytesPerSecond)} MB/s (${number(r.megabytes)} MB)`, r.itemsPerSecond !== undefined && `${r.itemsPerSecond.toLocaleString('en')} items/s`].filter(Boolean).join(', ');
      return `| ${r.name} | ${number(r.medianSeconds, 3)} s | ${number(r.minSeconds, 3)}–${number(r.maxSeconds, 3)} s | ${megabytes(r.peakMB)} | ${rate} | \`${r.command}\` |`;
    }),
  ];
}

/** BENCHMARKS.md with its results section replaced by the tables of `report`. */
export function renderResults(page, report) {
  const { machine } = report;
  const body = [
    START,
    `Measured on ${machine.date}: ${machine.cpus} × ${machine.cpu}, ${machine.memoryGB} GB, ${machine.os}, Node.js ${machine.node}; each measure the median of ${report.runs} runs (start-up: at least 10)${report.full ? '' : ', without the 1,000,000 scale (`--full`)'}.`,
    '',
    '### Targets',
    '',
    '| target | goal | measured | |',
    '| --- | --- | --- | --- |',
    ...TARGETS.map((t) => targetRow(t, report.results)),
    '',
    '### Side by side with scikit-learn',
    '',
    ...baselineRows(report.baseline),
    '',
    '### Every measure',
    '',
    ...measureRows(report.results),
    END,
  ].join('\n');
  const at = page.indexOf(START);
  const end = page.indexOf(END);
  if (at === -1 || end === -1) return `${page}${page ? '\n' : ''}${body}\n`;
  return `${page.slice(0, at)}${body}${page.slice(end + END.length)}`;
}
