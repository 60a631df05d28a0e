// Seeded pages that are not crypto-theft stories, for the "cost on other pages" benchmarks:
// an encyclopedia article (~1 MB of HTML), a web app with ~50,000 DOM nodes, and a dashboard
// that mutates its DOM 100 times a second.
import { rng } from '../../tests/unit/library/generate';

const NOUNS = [
  'river',
  'valley',
  'harbour',
  'cathedral',
  'railway',
  'province',
  'dynasty',
  'treaty',
  'glacier',
  'monastery',
  'canal',
  'parliament',
  'orchard',
  'lighthouse',
  'bridge',
  'market town',
];
const ADJ = ['northern', 'ancient', 'medieval', 'coastal', 'upper', 'eastern', 'royal', 'rural'];
const VERBS = ['was founded', 'was rebuilt', 'was recorded', 'was extended', 'was surveyed'];
const NAMES = ['Aldermoor', 'Brenvik', 'Castelnau', 'Dunhollow', 'Elsfjord', 'Varennes', 'Ostrava'];

/** An encyclopedia-like article: infobox, sections, tables, lists and references, ~`bytes` of HTML. */
export function encyclopediaPage(bytes = 1_000_000, seed = 21): string {
  const r = rng(seed);
  const sentence = () =>
    `The ${r.pick(ADJ)} ${r.pick(NOUNS)} of ${r.pick(NAMES)} ${r.pick(VERBS)} in ${r.int(1100, 1950)}, ` +
    `when its population stood at about ${r.int(2, 90)},${r.int(100, 999)} and the ${r.pick(NOUNS)} ` +
    `near ${r.pick(NAMES)} marked the border of the ${r.pick(ADJ)} ${r.pick(NOUNS)}.`;
  const parts: string[] = [];
  let size = 0;
  let section = 0;
  let ref = 1;
  while (size < bytes) {
    section++;
    const block: string[] = [`<h2 id="s${section}">${r.pick(NAMES)}: ${r.pick(NOUNS)}</h2>`];
    for (let p = 0; p < r.int(3, 7); p++) {
      const ss = Array.from({ length: r.int(3, 6) }, sentence).join(' ');
      block.push(`<p>${ss}<sup class="reference"><a href="#ref${ref}">[${ref++}]</a></sup></p>`);
    }
    if (section % 3 === 0) {
      const rows = Array.from(
        { length: r.int(5, 15) },
        () =>
          `<tr><td>${r.int(1100, 1950)}</td><td>${r.pick(NAMES)}</td><td>${r.int(100, 99_999)}</td><td>${r.pick(NOUNS)}</td></tr>`,
      );
      block.push(
        `<table class="wikitable"><tr><th>Year</th><th>Place</th><th>Population</th><th>Notes</th></tr>${rows.join('')}</table>`,
      );
    }
    if (section % 4 === 0) {
      const items = Array.from({ length: r.int(4, 10) }, () => `<li>${sentence()}</li>`);
      block.push(`<ul>${items.join('')}</ul>`);
    }
    const html = block.join('\n');
    parts.push(html);
    size += html.length;
  }
  const refs = Array.from(
    { length: Math.min(ref, 2000) },
    (_, i) =>
      `<li id="ref${i + 1}">${r.pick(NAMES)}, A. (${r.int(1900, 2020)}). <i>A history of the ${r.pick(NOUNS)}</i>. p. ${r.int(1, 400)}.</li>`,
  );
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${NAMES[0]} — Encyclopedia</title>
<meta name="description" content="History and geography of ${NAMES[0]}.">
<style>body{font-family:sans-serif;max-width:960px;margin:auto} .infobox{float:right;width:260px;border:1px solid #aaa}</style></head>
<body><nav><a href="#">Main page</a> <a href="#">Contents</a> <a href="#">Random article</a></nav>
<main><h1>${NAMES[0]}</h1>
<table class="infobox"><tr><th>Country</th><td>Norland</td></tr><tr><th>Area</th><td>412 km²</td></tr><tr><th>Founded</th><td>1184</td></tr></table>
${parts.join('\n')}
<h2>References</h2><ol class="references">${refs.join('')}</ol></main>
<footer>Text is available under an open licence.</footer></body></html>
`;
}

/** A web-app page (a data grid with toolbars and menus) of about `nodes` DOM nodes, little prose. */
export function webAppPage(nodes = 50_000, seed = 22): string {
  const r = rng(seed);
  // Each row: tr + 6 td + 6 text nodes + a button with its text = 15 nodes.
  const rowCount = Math.ceil((nodes - 200) / 15);
  const rows: string[] = [];
  for (let i = 0; i < rowCount; i++) {
    rows.push(
      `<tr><td>${i + 1}</td><td>${r.pick(NAMES)}-${r.int(100, 999)}</td><td>${r.pick(['open', 'closed', 'pending'])}</td>` +
        `<td>${r.int(1, 28)}/${r.int(1, 12)}/2026</td><td>${r.int(0, 100)}%</td><td>${r.pick(NOUNS)}</td><td><button>Edit</button></td></tr>`,
    );
  }
  const menu = Array.from({ length: 60 }, (_, i) => `<li><a href="#">Item ${i + 1}</a></li>`).join(
    '',
  );
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Tracker — Board</title>
<style>body{font:13px sans-serif;margin:0} td{padding:2px 6px;border-bottom:1px solid #eee}</style></head>
<body><div id="app"><header><button>New</button><button>Filter</button><input placeholder="Search"></header>
<nav><ul>${menu}</ul></nav><table class="grid"><tbody>${rows.join('')}</tbody></table></div></body></html>
`;
}

/** A dashboard that replaces a feed row and a counter 100 times a second for `seconds`. */
export function mutatingPage(seconds = 10): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Live dashboard</title></head>
<body><h1>Live dashboard</h1><p>Orders per second: <span id="count">0</span></p><ul id="feed"></ul>
<script>
  const feed = document.getElementById('feed');
  const count = document.getElementById('count');
  let n = 0;
  window.__mutations = 0;
  // Time other observers take, measured without tracing: observers are called in the order
  // they were created, so the gap between this page's first observer (A) finishing and a
  // last observer (B, re-created every 100 ms so it stays last) starting is the time spent in
  // observers created in between, i.e. the extension's.
  window.__gap = { ms: 0, calls: 0, max: 0 };
  let aEnd = 0;
  new MutationObserver(() => { aEnd = performance.now(); }).observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  let b = null;
  const lastObserver = () => {
    b?.disconnect();
    b = new MutationObserver(() => {
      const gap = performance.now() - aEnd;
      window.__gap.ms += gap;
      window.__gap.calls++;
      window.__gap.max = Math.max(window.__gap.max, gap);
    });
    b.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  };
  lastObserver();
  setInterval(lastObserver, 100);
  window.__start = () => {
    const started = performance.now();
    const timer = setInterval(() => {
      n++;
      count.textContent = String(n);
      const li = document.createElement('li');
      li.textContent = 'Order #' + n + ' shipped to warehouse ' + (n % 17) + ' at ' + new Date(1.7e12 + n * 1000).toISOString();
      feed.prepend(li);
      if (feed.childElementCount > 50) feed.lastElementChild.remove();
      window.__mutations++;
      if (performance.now() - started >= ${seconds * 1000}) { clearInterval(timer); window.__done = true; }
    }, 10);
  };
  window.__start();
</script></body></html>
`;
}
