/** `bytes` random bytes from the browser's secure generator, as lower-case hex (two digits a byte). */
export function randomHex(bytes: number): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(bytes)), (b) => b.toString(16).padStart(2, '0')).join('');
}
