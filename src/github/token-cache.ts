// Where @octokit/auth-app keeps installation tokens. Its own cache forgets a token 59 minutes after
// it was stored, by the wall clock, whatever the token's `expires_at`. This one reads `expires_at`
// and, on the injected clock, reports the token missing once it is near its end, so auth-app asks
// GitHub for a new one before the old one stops working.
import type { Clock } from '../clock.js';

export interface TokenCache {
  get(key: string): string;
  set(key: string, value: string): void;
}

const minute = 60_000;
/** A token is renewed when this little of its life remains (or half of it, for short-lived ones). */
const renewMarginMs = 5 * minute;
/** When `expires_at` cannot be read: GitHub's tokens live an hour. */
const assumedLifetimeMs = 55 * minute;

export function expiringTokenCache(clock: Clock): TokenCache {
  const entries = new Map<string, { value: string; renewAt: number }>();
  return {
    // auth-app treats an empty value as missing.
    get(key) {
      const entry = entries.get(key);
      return entry && clock.now() < entry.renewAt ? entry.value : '';
    },
    set(key, value) {
      entries.set(key, { value, renewAt: renewTime(value, clock.now()) });
    },
  };
}

/** auth-app stores `token|createdAt|expiresAt|…`. */
function renewTime(value: string, now: number): number {
  const expiresAt = Date.parse(value.split('|')[2] ?? '');
  if (Number.isNaN(expiresAt)) return now + assumedLifetimeMs;
  return expiresAt - Math.min(renewMarginMs, Math.max(0, (expiresAt - now) / 2));
}
