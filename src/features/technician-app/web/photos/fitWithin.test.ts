import { describe, expect, it } from 'vitest';
import { fitWithin } from './fitWithin';

describe('fitWithin', () => {
  it('shrinks a phone photo to 1600 px on its longer side, keeping the aspect', () => {
    expect(fitWithin(4032, 3024, 1600)).toEqual({ width: 1600, height: 1200 });
    expect(fitWithin(3024, 4032, 1600)).toEqual({ width: 1200, height: 1600 });
  });

  it('leaves a small picture as it is', () => {
    expect(fitWithin(800, 600, 1600)).toEqual({ width: 800, height: 600 });
    expect(fitWithin(0, 0, 1600)).toEqual({ width: 1, height: 1 });
  });
});
