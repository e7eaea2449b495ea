/** What "Copy details" puts on the clipboard: panel, error, stack, components and the app version. */
import { describe, expect, it } from 'vitest';
import { version } from '../../../package.json';
import { errorDetails } from '../../../src/ui/ErrorBoundary';

describe('error details', () => {
  it('names the panel, the error with its stack, the components and the app version', () => {
    const error = new TypeError('cannot read cohort 3');
    const details = errorDetails('Cohort retention', error, '\n    at HeatmapTable\n    at CohortPanel');
    const lines = details.split('\n');
    expect(lines[0]).toBe('Cohort retention');
    expect(lines[1]).toBe('TypeError: cannot read cohort 3');
    expect(lines[2]).toMatch(/^\s+at /); // the stack follows the headline
    expect(details).toContain('Components:\n    at HeatmapTable\n    at CohortPanel');
    expect(version).toBe('0.1.0');
    expect(details).toContain('\nVersion: 0.1.0');
  });

  it('adds the headline when a stack does not start with it (Firefox, Safari)', () => {
    const error = new Error('boom');
    error.stack = 'render@app.js:1:2';
    expect(errorDetails('Overview', error, null).split('\n').slice(0, 3)).toEqual(['Overview', 'Error: boom', 'render@app.js:1:2']);
  });
});
