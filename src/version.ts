// berth's version, from its package.json (one level above both src/ and dist/).
import { readFileSync } from 'node:fs';

export function berthVersion(): string {
  try {
    const manifest: unknown = JSON.parse(
      readFileSync(new URL('../package.json', import.meta.url), 'utf8'),
    );
    if (typeof manifest === 'object' && manifest !== null && 'version' in manifest) {
      return typeof manifest.version === 'string' ? manifest.version : 'dev';
    }
    return 'dev';
  } catch {
    return 'dev';
  }
}
