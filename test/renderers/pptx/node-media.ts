/**
 * pptxgenjs loads `node:fs` with a dynamic `import()` when it detects Node (to read media files),
 * which jest's CommonJS sandbox refuses without --experimental-vm-modules. The deck has no media,
 * so the tests hide the Node release name from pptxgenjs, in this sandbox's `process` only; the
 * real command line runs pptxgenjs on Node unchanged (test/cli/deck.test.ts).
 */
export function withoutNodeMediaLoading(): void {
  Object.defineProperty(process, 'release', { value: { ...process.release, name: 'jest-sandbox' }, configurable: true });
}
