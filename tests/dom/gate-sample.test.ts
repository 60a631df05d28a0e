import { expect, test } from 'vitest';
import { sampleText } from '../../src/content/sample';

const para = (n: number) => `<p>${'Hackers drained the exchange hot wallet. '.repeat(n)}</p>`;

test('samples title, description and visible text, never scripts or styles', () => {
  document.head.innerHTML = '<title>T</title><meta name="description" content="Desc">';
  document.title = 'Title here';
  document.body.innerHTML = `<script>var secret = 1</script><style>p{}</style>${para(40)}`;
  const sample = sampleText(document);
  expect(sample.startsWith('Title here\nDesc\n')).toBe(true);
  expect(sample).toContain('hot wallet');
  expect(sample).not.toContain('secret');
});

test('stops near the limit on long pages', () => {
  document.body.innerHTML = para(20).repeat(100);
  expect(sampleText(document, 2000).length).toBeLessThan(3500);
});

test('a page whose story lives in shadow roots is sampled through them', () => {
  document.body.innerHTML = '<nav>Menu</nav><news-story></news-story>';
  const root = document.querySelector('news-story')!.attachShadow({ mode: 'open' });
  root.innerHTML = para(5);
  expect(sampleText(document)).toContain('hot wallet');
});
