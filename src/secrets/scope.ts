// Owner scopes and secret names as the store spells them: `user:alice` ↔ `user.alice/`.
import { UserError } from '../errors.js';

const ownerPattern = /^(user|group):([A-Za-z0-9](?:[A-Za-z0-9_.-]{0,98}[A-Za-z0-9])?)$/;
const namePattern = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** The folder name of an owner's scope; a UserError for anything but `user:<login>` / `group:<name>`. */
export function scopeFolder(owner: string): string {
  const match = ownerPattern.exec(owner);
  if (!match || match[2]?.includes('..'))
    throw new UserError(
      `"${owner}" is not an owner: write user:<github-login> or group:<group-name>`,
    );
  return `${match[1]}.${match[2]}`;
}

/** The owner a scope folder belongs to, or undefined for anything else in the store's folder. */
export function ownerOfFolder(folder: string): string | undefined {
  const at = folder.indexOf('.');
  if (at < 0) return undefined;
  const owner = `${folder.slice(0, at)}:${folder.slice(at + 1)}`;
  return ownerPattern.test(owner) ? owner : undefined;
}

export function checkSecretName(name: string): void {
  if (!namePattern.test(name) || name.length > 128)
    throw new UserError(
      `"${name}" is not a secret name: letters, digits and '_', not starting with a digit (as an environment variable)`,
    );
}

/** The command that sets a secret, for messages that say what to do. */
export function setCommand(owner: string, name: string): string {
  return `berth secrets set ${owner} ${name}`;
}
