// The test and expect every spec imports. (Being replaced by the keyboard-only fixture.)
export { expect, test } from '@playwright/test';
