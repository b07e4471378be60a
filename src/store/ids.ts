import { createHash, randomBytes } from "node:crypto";

const ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz"; // Crockford base32, lower case

function base32(bytes: Uint8Array, length: number): string {
  let out = "";
  for (let i = 0; i < length; i++) out += ALPHABET[(bytes[i] ?? 0) % 32];
  return out;
}

export function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/** A fresh id with a prefix naming its kind: `ent_3kq9…`. */
export function newId(prefix: string): string {
  return `${prefix}_${base32(randomBytes(12), 12)}`;
}

/** An id derived from content, so the same content always gets the same id. */
export function stableId(prefix: string, content: string): string {
  return `${prefix}_${base32(createHash("sha256").update(content).digest(), 12)}`;
}
