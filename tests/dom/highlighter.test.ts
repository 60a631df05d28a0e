import { describe, expect, test } from 'vitest';
import { buildTextMap, locate } from '../../src/content/text-map';
import { highlight } from '../../src/content/highlighter';

function page(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

describe('text map', () => {
  test('joins text nodes, separates blocks with a newline, skips scripts and styles', () => {
    const root = page(
      '<h1>Title</h1><p>One <b>bold</b> move.</p><script>var x=1</script><style>p{}</style><p>Two</p>',
    );
    const map = buildTextMap(root);
    expect(map.text).toBe('Title\nOne bold move.\nTwo');
  });

  test('locates a range that spans several nodes', () => {
    const map = buildTextMap(page('<p>Lazarus <i>Group</i> struck</p>'));
    const pieces = locate(map, 0, 'Lazarus Group'.length);
    expect(pieces.map((p) => p.node.data.slice(p.from, p.to))).toEqual(['Lazarus ', 'Group']);
  });
});

describe('highlighter', () => {
  test('wraps each range in <heistlens-mark> with kind, role and focus', () => {
    const root = page('<p>CoinsPaid lost $37.3 million to Lazarus Group.</p>');
    const map = buildTextMap(root);
    const text = map.text;
    const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
    const h = highlight(map, [
      { ...at('CoinsPaid'), kind: 'victim', role: 'victim', mention: 0 },
      { ...at('$37.3 million'), kind: 'amount', role: 'stolen', mention: 1 },
      { ...at('Lazarus Group'), kind: 'actor', role: 'attacker', mention: 2 },
    ]);
    const marks = [...root.querySelectorAll('heistlens-mark')];
    expect(
      marks.map((m) => [m.textContent, m.getAttribute('data-kind'), m.getAttribute('data-role')]),
    ).toEqual([
      ['CoinsPaid', 'victim', 'victim'],
      ['$37.3 million', 'amount', 'stolen'],
      ['Lazarus Group', 'actor', 'attacker'],
    ]);
    expect(marks.every((m) => m.getAttribute('tabindex') === '0')).toBe(true);
    expect(h.marks).toHaveLength(3);
    expect(root.textContent).toBe('CoinsPaid lost $37.3 million to Lazarus Group.');
  });

  test('a range across elements is wrapped piecewise, never bare whitespace', () => {
    const root = page('<p>the <a href="#">Lazarus</a> <em>Group</em> again</p>');
    const map = buildTextMap(root);
    const start = map.text.indexOf('Lazarus');
    highlight(map, [
      { start, end: start + 'Lazarus Group'.length, kind: 'actor', role: 'attacker', mention: 0 },
    ]);
    const marks = [...root.querySelectorAll('heistlens-mark')].map((m) => m.textContent);
    expect(marks).toEqual(['Lazarus', 'Group']);
  });

  test('remove() restores the DOM exactly, Text nodes included', () => {
    const html = '<p>Alpha <b>beta</b> gamma delta</p><p>epsilon zeta</p>';
    const root = page(html);
    const before = [...root.querySelectorAll('p')].map((p) => p.childNodes.length);
    const map = buildTextMap(root);
    const spec = (s: string, i: number) => ({
      start: map.text.indexOf(s),
      end: map.text.indexOf(s) + s.length,
      kind: 'victim',
      role: 'victim',
      mention: i,
    });
    const h = highlight(map, [
      spec('Alpha', 0),
      spec('gamma', 1),
      spec('delta', 2),
      spec('zeta', 3),
    ]);
    expect(root.querySelectorAll('heistlens-mark')).toHaveLength(4);
    h.remove();
    expect(root.innerHTML).toBe(html);
    expect([...root.querySelectorAll('p')].map((p) => p.childNodes.length)).toEqual(before);
  });

  test('overlapping ranges keep the first and never nest marks', () => {
    const root = page('<p>Lazarus Group hackers</p>');
    const map = buildTextMap(root);
    highlight(map, [
      { start: 0, end: 13, kind: 'actor', role: 'attacker', mention: 0 },
      { start: 8, end: 21, kind: 'actor', role: 'mentioned', mention: 1 },
    ]);
    expect(root.querySelectorAll('heistlens-mark heistlens-mark')).toHaveLength(0);
    expect(root.querySelectorAll('heistlens-mark')).toHaveLength(1);
  });

  test('our own in-page UI is not part of the text map', () => {
    const root = page('<p>Story text</p><heistlens-panel>Save incident</heistlens-panel>');
    expect(buildTextMap(root).text).toBe('Story text');
  });
});

test('text inside an open shadow root is read in place and can be marked', () => {
  const root = page('<p>Before</p><div id="host"></div><p>After</p>');
  const shadow = root.querySelector('#host')!.attachShadow({ mode: 'open' });
  shadow.innerHTML = '<p>Inside the shadow</p>';
  const map = buildTextMap(root);
  expect(map.text).toBe('Before\nInside the shadow\nAfter');
  const start = map.text.indexOf('shadow');
  highlight(map, [{ start, end: start + 6, kind: 'victim', role: 'victim', mention: 0 }]);
  expect(shadow.querySelector('heistlens-mark')?.textContent).toBe('shadow');
});
