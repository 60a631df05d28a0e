// The e2e tier tests the built extension: build both targets first, unless the caller
// (npm test) has just done so.
import { execFileSync } from 'node:child_process';

export default function setup(): void {
  if (process.env.HEISTLENS_PREBUILT === '1') return;
  for (const args of [
    ['vite', 'build'],
    ['vite', 'build', '--mode', 'firefox'],
  ]) {
    execFileSync('npx', [...args, '--logLevel', 'warn'], { stdio: 'inherit' });
  }
}
