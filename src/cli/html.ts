// HTML page -> article text, as the content script sees it: Readability on a clone of the document
// (it mutates what it parses) in happy-dom; the title is kept as the first line (the headline).
import { Readability } from '@mozilla/readability';
import { Window } from 'happy-dom';

export async function htmlToArticleText(html: string): Promise<string> {
  const window = new Window({
    url: 'https://example.invalid/article',
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
    },
  });
  try {
    const document = window.document;
    document.write(html);
    const clone = document.cloneNode(true) as unknown as Document;
    const article = new Readability(clone).parse();
    const body = (article?.textContent ?? document.body?.textContent ?? '')
      .replace(/[ \t]+\n/g, '\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim();
    const title = (article?.title ?? document.title ?? '').trim();
    return title && !body.startsWith(title) ? `${title}\n\n${body}` : body;
  } finally {
    await window.happyDOM.close();
  }
}
