// In-page UI lives in an open shadow root under our own <heistlens-*> host element, so the
// site's styles never reach it and ours never reach the site (DESIGN.md style 7).
import { render, type ComponentChild } from 'preact';
import { CARD_CSS } from '../ui/components/theme';

export interface UiHost {
  host: HTMLElement;
  render(view: ComponentChild): void;
  remove(): void;
}

export function createUiHost(doc: Document, tag: `heistlens-${string}`, hostStyle: string): UiHost {
  const host = doc.createElement(tag);
  host.setAttribute('style', `all: initial; ${hostStyle}`);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = CARD_CSS;
  const mount = doc.createElement('div');
  mount.className = 'root';
  shadow.append(style, mount);
  doc.documentElement.appendChild(host);
  return {
    host,
    render: (view) => render(view, mount),
    remove() {
      render(null, mount);
      host.remove();
    },
  };
}
