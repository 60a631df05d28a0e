// The library (options page) entry point: wires the app to the background and the browser.
import { render } from 'preact';
import { defaultApi } from '../../shared/browser';
import { send } from '../../shared/send';
import { AboutSection } from './AboutSection';
import { LibraryApp } from './LibraryApp';
import { SettingsSection } from './SettingsSection';

const version = (() => {
  try {
    return defaultApi.runtime.getManifest().version;
  } catch {
    return '';
  }
})();

render(
  <>
    <LibraryApp
      send={(type, payload) => send(type, payload)}
      generator={`HeistLens ${version}`.trim()}
    />
    <SettingsSection api={defaultApi} />
    <AboutSection />
  </>,
  document.getElementById('app')!,
);
