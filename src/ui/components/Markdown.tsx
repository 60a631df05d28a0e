// Renders the small Markdown subset our own docs use (headings, paragraphs, "- " lists,
// [links](url), **bold**) as elements. Text stays text: nothing is ever parsed as HTML.
import type { ComponentChild } from 'preact';

const INLINE = /\[([^\]]+)\]\(([^)\s]+)\)|\*\*([^*]+)\*\*/g;

function inline(text: string): ComponentChild[] {
  const out: ComponentChild[] = [];
  let last = 0;
  for (const m of text.matchAll(INLINE)) {
    out.push(text.slice(last, m.index));
    if (m[1] !== undefined) {
      const href = m[2]!;
      const safe = /^(https?:\/\/|\/)/.test(href) ? href : undefined;
      out.push(
        <a href={safe} target="_blank" rel="noreferrer noopener">
          {m[1]}
        </a>,
      );
    } else out.push(<strong>{m[3]}</strong>);
    last = m.index + m[0].length;
  }
  out.push(text.slice(last));
  return out;
}

export function Markdown({ source, headingLevel = 2 }: { source: string; headingLevel?: number }) {
  const blocks: ComponentChild[] = [];
  let list: string[] | null = null;
  let para: string[] = [];
  const flush = () => {
    if (para.length) blocks.push(<p>{inline(para.join(' '))}</p>);
    if (list)
      blocks.push(
        <ul>
          {list.map((item) => (
            <li>{inline(item)}</li>
          ))}
        </ul>,
      );
    para = [];
    list = null;
  };
  for (const raw of source.split('\n')) {
    const line = raw.trimEnd();
    const heading = /^(#{1,3}) (.*)$/.exec(line);
    if (heading) {
      flush();
      const Tag = `h${Math.min(6, headingLevel + heading[1]!.length - 1)}` as 'h2';
      blocks.push(<Tag>{inline(heading[2]!)}</Tag>);
    } else if (line.startsWith('- ')) {
      if (para.length) flush();
      (list ??= []).push(line.slice(2));
    } else if (line === '') flush();
    else if (list && /^\s+/.test(raw)) list[list.length - 1] += ' ' + line.trim();
    else {
      if (list) flush();
      para.push(line.trim());
    }
  }
  flush();
  return <>{blocks}</>;
}
