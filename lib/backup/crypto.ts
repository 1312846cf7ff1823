/**
 * A backup sealed with the RM's passphrase: client notes on a shared drive are a compliance risk. WebCrypto only:
 * a key derived by PBKDF2 (SHA-256, OWASP's 2023 count for it) from the passphrase and a random salt, AES-256-GCM
 * with a random nonce. GCM authenticates: a wrong passphrase and a changed byte both fail to open, and nothing
 * half-decrypted is ever returned. The file's readable header is bound to the ciphertext as associated data, so
 * it cannot be edited either.
 */
import * as z from 'zod/mini';
import { fromBase64, toBase64 } from './bytes';

export const PBKDF2_ITERATIONS = 600_000;
/** Below this a file is not one Pacer made; above the maximum, opening it would hang the page. */
export const MIN_ITERATIONS = 100_000;
export const MAX_ITERATIONS = 10_000_000;
export const MIN_PASSPHRASE_LENGTH = 8;

const Base64 = z.string().check(z.regex(/^[A-Za-z0-9+/]*={0,2}$/));

export const SealedSchema = z.object({
  kdf: z.literal('PBKDF2-SHA-256'),
  iterations: z.int().check(z.minimum(MIN_ITERATIONS), z.maximum(MAX_ITERATIONS)),
  salt: Base64,
  cipher: z.literal('AES-256-GCM'),
  iv: Base64,
  data: Base64,
});
export type Sealed = z.infer<typeof SealedSchema>;

async function keyFrom(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number, use: KeyUsage): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase.normalize('NFC')), 'PBKDF2', false, [
    'deriveKey',
  ]);
  return crypto.subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, { name: 'AES-GCM', length: 256 }, false, [
    use,
  ]);
}

export async function seal(plain: string, passphrase: string, header: string, iterations = PBKDF2_ITERATIONS): Promise<Sealed> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const key = await keyFrom(passphrase, salt, iterations, 'encrypt');
  const data = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: new TextEncoder().encode(header) },
    key,
    new TextEncoder().encode(plain),
  );
  return {
    kdf: 'PBKDF2-SHA-256',
    iterations,
    salt: toBase64(salt),
    cipher: 'AES-256-GCM',
    iv: toBase64(iv),
    data: toBase64(new Uint8Array(data)),
  };
}

/** The text sealed, or null: a wrong passphrase, or a file changed since it was sealed (GCM cannot tell which). */
export async function unseal(sealed: Sealed, passphrase: string, header: string): Promise<string | null> {
  const salt = fromBase64(sealed.salt);
  const iv = fromBase64(sealed.iv);
  const data = fromBase64(sealed.data);
  if (!salt || !iv || !data || iv.length !== 12) return null;
  try {
    const key = await keyFrom(passphrase, salt, sealed.iterations, 'decrypt');
    const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv, additionalData: new TextEncoder().encode(header) }, key, data);
    return new TextDecoder('utf-8', { fatal: true }).decode(plain);
  } catch {
    return null;
  }
}
