// "About the data": sources, licences and MITRE's required notice, from src/data/ABOUT.md.
import about from '../../data/ABOUT.md?raw';
import { Markdown } from '../components/Markdown';

export function AboutSection() {
  return (
    <section class="page-section about" aria-label="About the data">
      <Markdown source={about} headingLevel={2} />
    </section>
  );
}
